// Meetings planned, held, canceled and repurposed, by month of the school year — "Publicize and commit to a regular
// schedule for PLG mtgs. Hold this time sacred." (shared/seeds 000): a principal sees at a glance whether PLG time
// happened. A repurposed meeting was planned (its time was kept) but not held as a PLG meeting: the slot went to
// other business, so it counts in `planned` and `repurposed`, never in `held`.
import type { IsoDate } from '../registry/cells';
import type { MeetingRow } from '../registry/tabs';

export interface MonthCount {
  /** "2026-09" */
  month: string;
  /** Meetings on the schedule in the month: held, still to come, and repurposed ones. */
  planned: number;
  /** PLG meetings on or before the day asked about (not repurposed). */
  held: number;
  canceled: number;
  /** Meetings whose time was used for other business. */
  repurposed: number;
}

export function meetingCounts(
  meetings: readonly Pick<MeetingRow, 'date' | 'status'>[],
  asOf: IsoDate,
  year: { yearStart: IsoDate; yearEnd: IsoDate },
): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (let m = year.yearStart.slice(0, 7); m <= year.yearEnd.slice(0, 7); m = nextMonth(m))
    months.set(m, { month: m, planned: 0, held: 0, canceled: 0, repurposed: 0 });
  for (const meeting of meetings) {
    const entry = months.get(meeting.date.slice(0, 7));
    if (!entry) continue;
    if (meeting.status === 'canceled') entry.canceled += 1;
    else if (meeting.status === 'repurposed') {
      entry.planned += 1;
      entry.repurposed += 1;
    } else {
      entry.planned += 1;
      if (meeting.date <= asOf) entry.held += 1;
    }
  }
  return [...months.values()];
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

// Meetings planned, held and canceled, by month of the school year — "Publicize and commit to a regular schedule for
// PLG mtgs. Hold this time sacred." (shared/seeds 000): a principal sees at a glance whether PLG time happened.
import type { IsoDate } from '../registry/cells';
import type { MeetingRow } from '../registry/tabs';

export interface MonthCount {
  /** "2026-09" */
  month: string;
  /** Scheduled meetings in the month (held ones included). */
  planned: number;
  /** Scheduled meetings on or before the day asked about. */
  held: number;
  canceled: number;
}

export function meetingCounts(
  meetings: readonly Pick<MeetingRow, 'date' | 'status'>[],
  asOf: IsoDate,
  year: { yearStart: IsoDate; yearEnd: IsoDate },
): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (let m = year.yearStart.slice(0, 7); m <= year.yearEnd.slice(0, 7); m = nextMonth(m))
    months.set(m, { month: m, planned: 0, held: 0, canceled: 0 });
  for (const meeting of meetings) {
    const entry = months.get(meeting.date.slice(0, 7));
    if (!entry) continue;
    if (meeting.status === 'canceled') entry.canceled += 1;
    else {
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

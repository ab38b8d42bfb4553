// The "Generated as" fingerprint: what the schedule wrote into a Meetings row. A row whose date, time, minutes
// and location still equal it was never edited by hand, so a changed schedule may rewrite it; any difference
// means a person moved or changed that meeting, and PLG Hub leaves it alone.
import type { MeetingRow } from '../registry/tabs';

type Scheduled = Pick<MeetingRow, 'date' | 'startTime' | 'minutes' | 'location'>;

export function generatedAs(meeting: Scheduled): string {
  return [meeting.date, meeting.startTime, meeting.minutes, meeting.location ?? ''].join('|');
}

export function isHandEdited(row: Scheduled & Pick<MeetingRow, 'generatedAs'>): boolean {
  return row.generatedAs === undefined || row.generatedAs !== generatedAs(row);
}

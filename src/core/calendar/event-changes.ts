// Field-level differences between two versions of a meeting's event, in the terms an admin thinks in:
// the time, the place, the title, the description, who is invited.
import type { LiveEvent } from './calendar-event';
import { guestEmails, instantOf, plainDescription, type ManagedFields } from './fingerprint';
import { localDateAndTime } from './wall-time';

/** A meeting's slot on the school's clock. */
export interface When {
  date: string;
  start: string;
  end: string;
}

export type FieldChange =
  | {
      field: 'time';
      from: When;
      to: When;
      /** Set when the school's time zone changed: `from` is on the old zone's clock, `to` on the new one's. */
      zone?: { from: string; to: string };
    }
  | { field: 'place'; from: string; to: string }
  | { field: 'title'; from: string; to: string }
  | { field: 'description'; from: string; to: string }
  | { field: 'guests'; added: string[]; removed: string[] };

export type ChangedField = FieldChange['field'];

export function eventChanges(from: ManagedFields, to: ManagedFields, timeZone: string): FieldChange[] {
  const changes: FieldChange[] = [];
  const fromZone = from.start?.timeZone;
  const toZone = to.start?.timeZone;
  const moved = instantOf(from.start) !== instantOf(to.start) || instantOf(from.end) !== instantOf(to.end);
  if (moved && fromZone && toZone && fromZone !== toZone) {
    // Settings ▸ Time zone changed: each side is read on its own zone's clock, so the preview can say the
    // meeting keeps its wall-clock time (and by how much it moves for everyone else).
    changes.push({
      field: 'time',
      from: whenOf(from, fromZone),
      to: whenOf(to, toZone),
      zone: { from: fromZone, to: toZone },
    });
  } else if (moved) {
    changes.push({ field: 'time', from: whenOf(from, timeZone), to: whenOf(to, timeZone) });
  }
  const place = [(from.location ?? '').trim(), (to.location ?? '').trim()] as const;
  if (place[0] !== place[1]) changes.push({ field: 'place', from: place[0], to: place[1] });
  const title = [(from.summary ?? '').trim(), (to.summary ?? '').trim()] as const;
  if (title[0] !== title[1]) changes.push({ field: 'title', from: title[0], to: title[1] });
  const description = [plainDescription(from.description ?? ''), plainDescription(to.description ?? '')] as const;
  if (description[0] !== description[1])
    changes.push({ field: 'description', from: description[0], to: description[1] });
  const before = guestEmails(from);
  const after = guestEmails(to);
  const added = after.filter((e) => !before.includes(e));
  const removed = before.filter((e) => !after.includes(e));
  if (added.length > 0 || removed.length > 0) changes.push({ field: 'guests', added, removed });
  return changes;
}

export function whenOf(event: Pick<LiveEvent, 'start' | 'end'>, timeZone: string): When {
  const at = (time: LiveEvent['start']) =>
    time?.dateTime ? localDateAndTime(time.dateTime, timeZone) : { date: time?.date ?? '', time: '' };
  const start = at(event.start);
  return { date: start.date, start: start.time, end: at(event.end).time };
}

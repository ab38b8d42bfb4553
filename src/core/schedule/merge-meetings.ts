// Regenerating the Meetings tab from the schedule without losing anyone's work: rows a person edited are never
// rewritten, rows are never deleted (a meeting that no longer fits the schedule is canceled), and the past is
// left as it happened.
import type { IsoDate } from '../registry/cells';
import type { ReadRow } from '../registry/read-tab';
import type { MeetingRow } from '../registry/tabs';
import { generatedAs, isHandEdited } from './generated-as';
import type { MeetingSlot } from './meeting-slot';

export interface MeetingsMerge {
  /** Rows that need no change: past, already canceled or repurposed, or still what the schedule asks for. */
  keep: ReadRow<MeetingRow>[];
  /** New rows for slots no row has yet, from today on. */
  append: MeetingRow[];
  /** Never-edited rows from today on whose slot changed (time, length, place): the new values for that row. */
  update: ReadRow<MeetingRow>[];
  /** Never-edited rows from today on whose slot disappeared, with status canceled. */
  cancel: ReadRow<MeetingRow>[];
  /** Rows a person edited (or added by hand): left exactly as they are. */
  untouched: ReadRow<MeetingRow>[];
}

/**
 * `existing` and `slots` must cover the same groups (all of them): a row whose group has no slots is canceled,
 * which is what a group made inactive needs.
 */
export function mergeMeetings(
  existing: readonly ReadRow<MeetingRow>[],
  slots: readonly MeetingSlot[],
  today: IsoDate,
  /** Keys of Meetings rows that could not be read: they exist, and must never get a second row. */
  heldKeys: Iterable<string> = [],
): MeetingsMerge {
  const merge: MeetingsMerge = { keep: [], append: [], update: [], cancel: [], untouched: [] };
  // Keys match whatever the letter case: a group id retyped as math-6 is still MATH-6's meetings.
  const slotByKey = new Map(slots.map((slot) => [slot.key.toUpperCase(), slot]));
  const existingKeys = new Set([...existing.map(({ row }) => row.key), ...heldKeys].map((k) => k.toUpperCase()));

  for (const meeting of existing) {
    const { row, rowNumber } = meeting;
    const slot = slotByKey.get(row.key.toUpperCase());
    if (isHandEdited(row)) merge.untouched.push(meeting);
    // A status a person set (canceled, or repurposed for other business) is theirs: a schedule change keeps it.
    else if (row.date < today || row.status !== 'scheduled') merge.keep.push(meeting);
    else if (!slot) merge.cancel.push({ row: { ...row, status: 'canceled' }, rowNumber });
    else if (generatedAs(slot) === row.generatedAs) merge.keep.push(meeting);
    else merge.update.push({ row: { ...row, ...scheduledValues(slot) }, rowNumber });
  }
  for (const slot of slots) {
    if (existingKeys.has(slot.key.toUpperCase()) || slot.date < today) continue;
    merge.append.push({ ...unplanned, key: slot.key, group: slot.group, ...scheduledValues(slot) });
  }
  return merge;
}

/** A new meeting: scheduled, with everything people plan later still blank. */
const unplanned: Omit<MeetingRow, 'key' | 'group' | 'date' | 'startTime' | 'minutes' | 'location' | 'generatedAs'> = {
  status: 'scheduled',
  protocol: undefined,
  presenter: undefined,
  focus: undefined,
  timekeeper: undefined,
  noteTaker: undefined,
  agenda: undefined,
  feedback: undefined,
  outcomes: undefined,
  nextSteps: undefined,
  eventId: undefined,
  synced: undefined,
};

function scheduledValues(
  slot: MeetingSlot,
): Pick<MeetingRow, 'date' | 'startTime' | 'minutes' | 'location' | 'generatedAs'> {
  return {
    date: slot.date,
    startTime: slot.startTime,
    minutes: slot.minutes,
    location: slot.location,
    generatedAs: generatedAs(slot),
  };
}

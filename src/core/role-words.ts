// The parts a person holds in a group, and on one meeting day, in one set of words. Cards, agendas and emails
// say "Member", "Presenter", "Timekeeper", "Note-taker" the same way everywhere, so a teacher told "Member" on one
// screen is not told "member" — or nothing — on the next; and a timekeeper or note-taker hears it before the
// meeting, not from the agenda on the day (shared/seeds: rotate roles so everyone takes a turn).
import type { DirectoryEntry, DirectoryMeeting } from './directory';
import { dayText, type LocalStyle } from './schedule/local-style';

const groupRoleWords: Record<string, string> = {
  facilitator: 'Facilitator',
  'co-facilitator': 'Co-facilitator',
  member: 'Member',
  observer: 'Observer',
  coach: 'Coach',
  'administrator liaison': 'Administrator liaison',
};

export const meetingRoleWords = { presenter: 'Presenter', timekeeper: 'Timekeeper', noteTaker: 'Note-taker' } as const;

/** "Member", "Co-facilitator"… for a group role as the directory stores it. */
export function groupRoleWord(role: string): string {
  return groupRoleWords[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}

/** The parts `me` holds in one meeting: presenter, timekeeper, note-taker (a small group may give two). */
export function meetingRolesOf(
  meeting: Pick<DirectoryMeeting, 'presenter' | 'timekeeper' | 'noteTaker'> | undefined,
  me: string,
): string[] {
  if (!meeting) return [];
  return (Object.keys(meetingRoleWords) as (keyof typeof meetingRoleWords)[])
    .filter((part) => meeting[part] === me)
    .map((part) => meetingRoleWords[part]);
}

/** Every part `me` holds that day: their role in the group first, then their parts in the meeting. */
export function rolesOn(entry: DirectoryEntry, me: string, meeting?: DirectoryMeeting): string[] {
  const role = entry.roles[me];
  return [...(role ? [groupRoleWord(role)] : []), ...meetingRolesOf(meeting, me)];
}

/**
 * "Your next turn to present", true whatever has happened: the next turn if one is planned (however far ahead),
 * and the last one if they have presented this year — never "Not planned yet" to someone who presented last week.
 */
export function presentingTurnText(
  entry: DirectoryEntry,
  me: string,
  style: LocalStyle,
): { value: string; bottom?: string } {
  const next = entry.nextTurns[me] ?? entry.meetings.find((m) => m.presenter === me)?.date;
  const last = entry.pastMeetings.find((m) => m.presenter === me)?.date;
  const presented = last ? `You presented on ${dayText(last, style)}` : undefined;
  if (next) return { value: dayText(next, style), bottom: presented };
  if (last) return { value: 'No other turn planned this year', bottom: presented };
  return { value: 'Not planned yet', bottom: 'Your facilitator plans the turns; everyone presents once a year' };
}

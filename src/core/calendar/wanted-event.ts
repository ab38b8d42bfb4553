// The event PLG Hub wants Calendar to hold for one meeting. It answers the three questions every staff member
// should be able to answer — who is in my PLG (its guest list), who facilitates it, when and where does it meet
// (shared/seeds 001, "Structure") — and carries the group's purpose and goal, because a PLG leads with its
// purpose ("Clearly define why you have or are implementing PLGs. Repeat often.").
import type { Cadence } from '../registry/roles';
import type { Settings } from '../registry/settings';
import type { GroupRow, MeetingRow, StaffRow } from '../registry/tabs';
import type { EventResource } from './calendar-event';
import { plgTitle } from '../registry/plg-title';
import { eventIdFor } from './event-id';
import { fingerprint } from './fingerprint';
import { dateTimeWithOffset } from './wall-time';
import { clockText, neutralStyle, type LocalStyle } from '../schedule/local-style';

export interface WantedEventInput {
  meeting: Pick<MeetingRow, 'key' | 'location' | 'presenter' | 'focus' | 'agenda' | 'feedback'>;
  group: Pick<
    GroupRow,
    | 'name'
    | 'purpose'
    | 'facilitator'
    | 'coFacilitator'
    | 'cadence'
    | 'weekday'
    | 'weeksOfMonth'
    | 'startTime'
    | 'location'
    | 'norms'
  >;
  /** The text of the group's school goal, looked up in the Goals tab. */
  schoolGoal?: string;
  start: Date;
  end: Date;
  timeZone: string;
  /** Members on the meeting's date. */
  roster: readonly string[];
  staff: readonly Pick<StaffRow, 'email' | 'name' | 'active'>[];
  /**
   * `staff` by lower-cased email, when the caller plans many meetings with one staff list: building it per
   * meeting cost meetings × staff (2,800 × 2,000 at a district) each time the year was planned.
   */
  staffByEmail?: ReadonlyMap<string, Pick<StaffRow, 'email' | 'name' | 'active'>>;
  settings: Pick<Settings, 'domain' | 'allowExternalGuests'>;
  /** How the school writes times (the registry's locale). */
  style?: LocalStyle;
}

export interface WantedEventResult {
  event: EventResource;
  /** Addresses outside the school's domain that were left off the guest list. */
  refusedGuests: string[];
}

export function staffIndex(staff: WantedEventInput['staff']): Map<string, Pick<StaffRow, 'email' | 'name' | 'active'>> {
  return new Map(staff.map((s) => [s.email.toLowerCase(), s]));
}

export function wantedEvent(input: WantedEventInput): WantedEventResult {
  const { meeting, group, timeZone } = input;
  const staffByEmail = input.staffByEmail ?? staffIndex(input.staff);
  const nameOf = (email: string) => staffByEmail.get(email.toLowerCase())?.name ?? email;

  // Facilitators are invited with the roster: a PLG does not meet without its facilitator.
  const candidates = [...input.roster, group.facilitator, group.coFacilitator]
    .filter((e): e is string => Boolean(e))
    .map((e) => e.trim().toLowerCase());
  const stillHere = unique(candidates).filter((e) => staffByEmail.get(e)?.active !== false);
  const domain = input.settings.domain.toLowerCase();
  const refusedGuests = input.settings.allowExternalGuests ? [] : stillHere.filter((e) => domainOf(e) !== domain);
  const guests = stillHere.filter((e) => !refusedGuests.includes(e)).sort();

  const withoutTag = {
    id: eventIdFor(meeting.key),
    status: 'confirmed' as const,
    summary: plgTitle(group.name),
    location: meeting.location ?? group.location ?? '',
    description: describe(input, nameOf),
    start: { dateTime: dateTimeWithOffset(input.start, timeZone), timeZone },
    end: { dateTime: dateTimeWithOffset(input.end, timeZone), timeZone },
    attendees: guests.map((email) => ({ email })),
    guestsCanModify: false as const,
    reminders: { useDefault: true as const },
  };
  const event: EventResource = {
    ...withoutTag,
    extendedProperties: { private: { plgHub: '1', meetingKey: meeting.key, fingerprint: fingerprint(withoutTag) } },
  };
  return { event, refusedGuests };
}

// Nothing in it counts the guests: a head count would change every event of a group whenever one member joins
// or leaves, and Calendar then mails every guest of every one of them an update, where the person who left
// should get one cancellation and everyone else nothing. The guest list itself says who is in the PLG.
function describe(input: WantedEventInput, nameOf: (email: string) => string): string {
  const { meeting, group } = input;
  const person = (email: string) => `${nameOf(email)} (${email})`;
  const facilitatedBy = group.facilitator ? `facilitated by ${nameOf(group.facilitator)}` : 'facilitator not named yet';
  const where = group.location ? ` in ${group.location}` : '';
  const lines = [
    `Your PLG: ${group.name} (everyone in it is on the guest list) · ${facilitatedBy} · meets ${rhythm(group)} at ${clockText(group.startTime, input.style ?? neutralStyle)}${where}`,
    '',
  ];
  if (group.purpose) lines.push(`Purpose: ${group.purpose}`);
  if (input.schoolGoal) lines.push(`School goal: ${input.schoolGoal}`);
  if (group.facilitator) lines.push(`Facilitator: ${person(group.facilitator)}`);
  if (group.coFacilitator) lines.push(`Co-facilitator: ${person(group.coFacilitator)}`);
  lines.push(`Presenter: ${meeting.presenter ? person(meeting.presenter) : 'to be announced'}`);
  if (meeting.focus) lines.push(`Focus question: ${meeting.focus}`);
  const norms = (group.norms ?? '')
    .split('\n')
    .map((n) => n.trim())
    .filter(Boolean);
  if (norms.length > 0) lines.push('', 'Norms:', ...norms.map((n) => `- ${n}`));
  const links = [meeting.agenda && `Agenda: ${meeting.agenda}`, meeting.feedback && `Feedback: ${meeting.feedback}`];
  if (links.some(Boolean)) lines.push('', ...links.filter((l): l is string => Boolean(l)));
  return lines.join('\n');
}

function rhythm(group: Pick<GroupRow, 'cadence' | 'weekday' | 'weeksOfMonth'>): string {
  const byCadence: Record<Cadence, () => string> = {
    weekly: () => `every ${group.weekday}`,
    'every other week': () => `every other ${group.weekday}`,
    monthly: () =>
      group.weeksOfMonth.length > 0
        ? `on the ${joinWords(group.weeksOfMonth.map(ordinal))} ${group.weekday} of each month`
        : `one ${group.weekday} a month`,
  };
  return byCadence[group.cadence]();
}

function ordinal(week: string): string {
  const n = Number(week);
  if (!Number.isInteger(n)) return week;
  return `${n}${n === 1 ? 'st' : n === 2 ? 'nd' : n === 3 ? 'rd' : 'th'}`;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

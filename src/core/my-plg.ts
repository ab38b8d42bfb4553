// What every staff member should be able to answer (shared/seeds, "Structure"): "Who is in my PLG? Who is
// facilitating my PLG? When and where does my PLG meet?" — and who is in a group on a given day, which is what
// Calendar invitations follow.
import type { IsoDate } from './registry/cells';
import type { Registry } from './registry/registry';
import type { MeetingRow, MemberRow } from './registry/tabs';
import { laterDate } from './schedule/calendar-days';
import { instantToLocal, zonedInstant } from './schedule/zoned-time';

export type PlgRole = 'facilitator' | 'member' | 'observer' | 'coach' | 'liaison';

export interface Person {
  name: string;
  email: string;
}

export interface RosterEntry {
  email: string;
  role: 'facilitator' | 'member' | 'observer';
}

export interface UpcomingMeeting {
  date: IsoDate;
  startTime: string;
  minutes: number;
  location?: string;
  presenter?: Person;
}

export interface MyPlgGroup {
  id: string;
  name: string;
  purpose?: string;
  /** The school goal's text, not its id. */
  goal?: string;
  facilitator?: Person;
  coFacilitator?: Person;
  coach?: Person;
  role: PlgRole;
  members: Person[];
  nextMeetings: UpcomingMeeting[];
  nextPresenting?: { date: IsoDate };
}

export interface MyPlg {
  groups: MyPlgGroup[];
}

const upcomingShown = 3;

export function isMemberOn(member: Pick<MemberRow, 'from' | 'until'>, date: IsoDate): boolean {
  return (member.from === undefined || member.from <= date) && (member.until === undefined || date <= member.until);
}

interface RosterIndex {
  groupById: Map<string, Registry['groups'][number]['row']>;
  membersByGroup: Map<string, MemberRow[]>;
  activeStaff: Set<string>;
}

// Checks ask for every group's roster; indexing a registry once keeps that linear in its size. A registry is
// never changed once read, so the index stays true.
const rosterIndexes = new WeakMap<Registry, RosterIndex>();

function rosterIndexOf(registry: Registry): RosterIndex {
  let index = rosterIndexes.get(registry);
  if (!index) {
    const membersByGroup = new Map<string, MemberRow[]>();
    for (const { row } of registry.members) {
      const members = membersByGroup.get(row.group) ?? [];
      members.push(row);
      membersByGroup.set(row.group, members);
    }
    index = {
      groupById: new Map(registry.groups.map((g) => [g.row.id, g.row])),
      membersByGroup,
      activeStaff: new Set(registry.staff.filter((s) => s.row.active).map((s) => s.row.email)),
    };
    rosterIndexes.set(registry, index);
  }
  return index;
}

/** Everyone in the group on that day — facilitators first — leaving out staff marked not active. */
export function rosterOn(registry: Registry, groupId: string, onDate: IsoDate): RosterEntry[] {
  const { groupById, membersByGroup, activeStaff } = rosterIndexOf(registry);
  const group = groupById.get(groupId);
  if (!group) return [];
  const roster = new Map<string, RosterEntry['role']>();
  for (const email of [group.facilitator, group.coFacilitator]) if (email) roster.set(email, 'facilitator');
  for (const row of membersByGroup.get(groupId) ?? []) {
    if (isMemberOn(row, onDate) && !roster.has(row.email)) roster.set(row.email, row.role);
  }
  return [...roster].filter(([email]) => activeStaff.has(email)).map(([email, role]) => ({ email, role }));
}

/** Emails of the group on that day, facilitators included: the guests of that day's meeting. */
export function groupRoster(registry: Registry, groupId: string, onDate: IsoDate): string[] {
  return rosterOn(registry, groupId, onDate).map((entry) => entry.email);
}

export function myPlg(registry: Registry, email: string, now: Date): MyPlg {
  const me = email.trim().toLowerCase();
  const { timeZone, yearStart } = registry.settings;
  const today = instantToLocal(now, timeZone).date;
  const nameOf = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const person = (address: string | undefined): Person | undefined =>
    address === undefined ? undefined : { email: address, name: nameOf.get(address) ?? address };
  const goalText = new Map(registry.goals.map((g) => [g.row.id, g.row.goal]));
  // Memberships that have not ended: a current group, or one starting later this year.
  const myMemberships = registry.members.filter(
    (m) => m.row.email === me && (m.row.until === undefined || m.row.until >= today),
  );

  const groups = registry.groups.flatMap(({ row: group }): MyPlgGroup[] => {
    if (!group.active) return [];
    const membership = myMemberships.find((m) => m.row.group === group.id)?.row;
    const role = roleIn(group, membership, me);
    if (!role) return [];
    const window = role === 'member' || role === 'observer' ? membership : undefined;
    const rosterDate = laterDate(laterDate(today, yearStart), window?.from ?? today);
    const upcoming = registry.meetings
      .map((m) => m.row)
      .filter((m) => m.group === group.id && m.status === 'scheduled' && m.date >= today)
      .filter((m) => !window || isMemberOn(window, m.date))
      .filter((m) => zonedInstant(m.date, m.startTime, timeZone).getTime() + m.minutes * 60_000 > now.getTime())
      .sort(byDateAndTime);
    const presenting = upcoming.find((m) => m.presenter === me);
    return [
      {
        id: group.id,
        name: group.name,
        purpose: group.purpose,
        goal: group.goal === undefined ? undefined : goalText.get(group.goal),
        facilitator: person(group.facilitator),
        coFacilitator: person(group.coFacilitator),
        coach: person(group.coach),
        role,
        members: rosterOn(registry, group.id, rosterDate).map((entry) => person(entry.email)!),
        nextMeetings: upcoming.slice(0, upcomingShown).map((m) => ({
          date: m.date,
          startTime: m.startTime,
          minutes: m.minutes,
          location: m.location,
          presenter: person(m.presenter),
        })),
        nextPresenting: presenting ? { date: presenting.date } : undefined,
      },
    ];
  });
  return { groups };
}

/** A person may hold several parts in one group; the one that asks most of them is shown. */
function roleIn(
  group: Registry['groups'][number]['row'],
  membership: MemberRow | undefined,
  me: string,
): PlgRole | undefined {
  if (group.facilitator === me || group.coFacilitator === me) return 'facilitator';
  if (membership) return membership.role;
  if (group.coach === me) return 'coach';
  if (group.adminLiaison === me) return 'liaison';
  return undefined;
}

function byDateAndTime(a: MeetingRow, b: MeetingRow): number {
  return a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date.localeCompare(b.date);
}

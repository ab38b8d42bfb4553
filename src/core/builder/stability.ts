// The groups a school already has, kept as they are while their roster term runs (shared/seeds, "Structure":
// "Consistent groupings tend to deepen trust and professional growth among colleagues"; "Mindsets": "Create
// groups of 8-12 for a set period of time (1-3 years)"). Only what must change is moved: someone who left is
// gone, someone in two PLGs stays in one, and a group over the largest size lets go of just its extra people.
import { rosterOn } from '../my-plg';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import type { GroupRow } from '../registry/tabs';
import { byKeys } from './order';
import type { BuilderPerson } from './people';
import type { SizeBounds } from './sizing';
import type { WorkGroup } from './work-group';

export interface CurrentGroups {
  /** Teacher PLGs kept within their roster term, each person in one. */
  kept: WorkGroup[];
  /** The administrators' PLG as it is (kept whatever its term: leaders' own PLG is not re-formed by this). */
  leaders?: WorkGroup;
  /** Why each person in a kept group stays there. */
  reasons: Map<string, string>;
  /** The kept group each person is in now (their one group, after a double membership is resolved). */
  currentOf: Map<string, string>;
  /** People a kept group over the largest size lets go of: placed again, each a move. */
  released: { email: string; from: string; why: string }[];
  /** Members of groups whose roster term has ended, by group: re-formed by the configuration (not moves). */
  termEnded: Map<string, string>;
}

/** The groups the builder considers: active, and neither the facilitators' own PLG (it supports, it is not a person's PLG). */
function isPlacingGroup(group: GroupRow): boolean {
  return group.active && group.configuration !== 'facilitators';
}

export function currentGroups(
  registry: Registry,
  people: readonly BuilderPerson[],
  date: IsoDate,
  bounds: SizeBounds,
  keepCurrent: boolean,
): CurrentGroups {
  const personOf = new Map(people.map((p) => [p.email, p]));
  const reasons = new Map<string, string>();
  const currentOf = new Map<string, string>();
  const released: CurrentGroups['released'] = [];
  const termEnded = new Map<string, string>();
  const kept: WorkGroup[] = [];
  let leaders: WorkGroup | undefined;

  const groups = registry.groups.map((g) => g.row).filter(isPlacingGroup);
  // Each person's current groups, in Groups tab order, observers left out (they are guests, not members).
  const groupsOf = new Map<string, GroupRow[]>();
  const rosters = new Map<string, string[]>();
  for (const group of groups) {
    const roster = rosterOn(registry, group.id, date)
      .filter((e) => e.role !== 'observer' && personOf.has(e.email))
      .map((e) => e.email);
    rosters.set(group.id, roster);
    for (const email of roster) groupsOf.set(email, [...(groupsOf.get(email) ?? []), group]);
  }
  const withinTerm = (group: GroupRow) =>
    group.configuration === 'administrators' || group.rosterTermEnd === undefined || group.rosterTermEnd >= date;

  for (const group of groups) {
    const roster = rosters.get(group.id)!;
    if (!withinTerm(group)) {
      for (const email of roster) if (!termEnded.has(email)) termEnded.set(email, group.id);
      continue;
    }
    const members: string[] = [];
    for (const email of roster) {
      const theirs = (groupsOf.get(email) ?? []).filter(withinTerm);
      const home = homeGroup(personOf.get(email)!, theirs, rosters, personOf);
      if (home.id !== group.id) continue;
      // Re-forming every group still counts who leaves a group within its term: the figures say what it costs.
      currentOf.set(email, group.id);
      if (!keepCurrent) continue;
      members.push(email);
      const term = group.rosterTermEnd
        ? `its roster term runs to ${group.rosterTermEnd}`
        : 'it has no roster term end set';
      reasons.set(
        email,
        theirs.length > 1
          ? `was in ${theirs.length} PLGs (${theirs.map((g) => g.id).join(', ')}); stays in ${group.id}, ${term} — one PLG lets them answer "Who is in my PLG?"`
          : `stays in ${group.id}: ${term} (consistent groupings deepen trust)`,
      );
    }
    if (!keepCurrent) continue;
    const work: WorkGroup = {
      id: group.id,
      name: group.name,
      configuration: group.configuration,
      kept: true,
      leaders: group.configuration === 'administrators',
      members,
      rosterTermEnd: group.rosterTermEnd,
      currentFacilitator: group.facilitator,
      currentLiaison: group.adminLiaison,
    };
    if (work.leaders) {
      if (!leaders) leaders = work;
      else kept.push({ ...work, leaders: false }); // a second leaders' group is kept as a group like any other
      continue;
    }
    if (members.length > bounds.max) {
      for (const email of leastAnchored(work, personOf).slice(0, members.length - bounds.max)) {
        // Still "current" there: placing them anywhere else is a move, and counted as one.
        work.members = work.members.filter((m) => m !== email);
        reasons.delete(email);
        released.push({
          email,
          from: group.id,
          why: `${group.id} had ${members.length} people, more than ${bounds.max}: moved so it keeps ${bounds.max}`,
        });
      }
    }
    kept.push(work);
  }
  return { kept, leaders, reasons, currentOf, released, termEnded };
}

/**
 * A person's one group among several: the one they facilitate, else the one with most colleagues of their
 * department, else the first on the Groups tab.
 */
function homeGroup(
  person: BuilderPerson,
  theirs: GroupRow[],
  rosters: Map<string, string[]>,
  personOf: Map<string, BuilderPerson>,
): GroupRow {
  if (theirs.length === 1) return theirs[0]!;
  const facilitated = theirs.find((g) => g.facilitator === person.email || g.coFacilitator === person.email);
  if (facilitated) return facilitated;
  const colleagues = (g: GroupRow) =>
    (rosters.get(g.id) ?? []).filter(
      (e) => e !== person.email && personOf.get(e)?.departmentKey === person.departmentKey,
    ).length;
  let best = theirs[0]!;
  for (const g of theirs) if (colleagues(g) > colleagues(best)) best = g;
  return best;
}

/**
 * The members a group can best spare, first: never its facilitator; those whose department is rarest in the
 * group (they share least with it), then those listed last (most recently added), then by email.
 */
function leastAnchored(group: WorkGroup, personOf: Map<string, BuilderPerson>): string[] {
  const count = new Map<string, number>();
  for (const email of group.members) {
    const d = personOf.get(email)?.departmentKey ?? '';
    count.set(d, (count.get(d) ?? 0) + 1);
  }
  const order = new Map(group.members.map((email, i) => [email, i]));
  return group.members
    .filter((email) => email !== group.currentFacilitator)
    .sort(
      byKeys(
        (email) => count.get(personOf.get(email)?.departmentKey ?? '') ?? 0,
        (email) => -order.get(email)!,
        (email) => email,
      ),
    );
}

// The group builder: proposes a roster for the configuration an admin picks (issue #18). Pure and
// deterministic — the same registry and choice give the same proposal in Apps Script and in Node. Every rule
// traces to a line of the guidance (shared/seeds), quoted in the file that applies it:
//   configurations.ts  "Consider the impact of various grouping configurations"
//   sizing.ts          "Create groups of 8-12 for a set period of time (1-3 years)"
//   stability.ts       "Consistent groupings tend to deepen trust and professional growth among colleagues"
//   outreach.ts        "single and small-cohort professionals ... deserve thoughtful consideration and outreach"
//   leadership.ts      "PLGs are led by formally trained, skilled facilitators"; "Assign an administrator as a liaison"
//   keep-rules.ts      "Be mindful of the role and presence of evaluators"
//   people.ts          "ensure every staff member can clearly answer: Who is in my PLG?"
import type { Problem } from '../problems';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import type { StaffRole } from '../registry/roles';
import { Board } from './board';
import {
  cohortCode,
  configurationOf,
  configurations,
  gradeOrder,
  type BuilderConfiguration,
  type Keyer,
} from './configurations';
import { GroupIds } from './ids';
import { ApartIndex, unitsOf } from './keep-rules';
import { assignLeadership, spreadTrained, type Leadership } from './leadership';
import { byKeys } from './order';
import { addToProfile, isOutreachRole, mostRelevant, profileOf, workOf, type GroupProfile } from './outreach';
import { peopleToPlace, type BuilderPerson } from './people';
import { describeQuality, qualityOf, type QualityFigures } from './quality';
import { balancedSizes, cut, groupCount, type SizeBounds } from './sizing';
import { currentGroups } from './stability';
import type { Placement, WorkGroup } from './work-group';

export interface BuilderOptions {
  configuration: BuilderConfiguration;
  /** The day the proposal would take effect: roster terms are judged on it, and Adopt's From date defaults to it. */
  date: IsoDate;
  /** Keep groups whose roster term has not ended (fewest moves); false re-forms every group. */
  keepCurrent: boolean;
}

export interface ProposedGroup extends WorkGroup, Leadership {
  /** Said beside the group on the Proposal tab: its size against the bounds, a missing facilitator. */
  notes: string[];
}

export interface ProposedPlacement extends Placement {
  person: BuilderPerson;
}

export interface Proposal {
  options: BuilderOptions;
  bounds: SizeBounds;
  /** Set when no valid proposal can be made (fewer people than the smallest group): said plainly, nothing proposed. */
  refusal?: string;
  groups: ProposedGroup[];
  /** One per active person, in the order the Proposal tab lists them (by group, facilitator first). */
  placements: ProposedPlacement[];
  problems: Problem[];
  quality: QualityFigures;
  summary: string;
}

/** Roles who meet with the administrators rather than in a teacher PLG (coaches support facilitators with them). */
const leaderRoles: readonly StaffRole[] = ['administrator', 'coach'];
const leadersOwnPlg =
  'administrators meet in a PLG of their own ("Ensure school leaders participate in their own PLGs with fellow administrators")';
const coachWithLeaders =
  'coaches support facilitators with the administrators ("Assign an experienced, trained coach to support facilitators")';

export function buildProposal(registry: Registry, options: BuilderOptions): Proposal {
  const bounds: SizeBounds = {
    min: Math.min(registry.settings.groupSizeMin, registry.settings.groupSizeMax),
    max: Math.max(registry.settings.groupSizeMin, registry.settings.groupSizeMax),
  };
  const spec = configurations[options.configuration];
  const { people, rules, problems } = peopleToPlace(registry);
  const personMap = new Map(people.map((p) => [p.email, p]));
  const personOf = (email: string) => personMap.get(email);
  const name = (email: string) => personMap.get(email)?.name ?? email;
  const apart = new ApartIndex(rules);
  const togetherPeople = new Set(rules.together.flat());
  const ids = new GroupIds([
    ...registry.groups.flatMap((g) => [g.row.id, g.row.key ?? '']),
    ...registry.members.map((m) => m.row.group),
  ]);
  const board = new Board();
  const current = currentGroups(registry, people, options.date, bounds, options.keepCurrent);
  const administrators = people.filter((p) => p.role === 'administrator');

  // 1. Kept groups, as they are (stability.ts).
  for (const group of current.kept) {
    board.add(group);
    for (const email of group.members) board.note(email, current.reasons.get(email)!);
  }
  // 2. The administrators' own PLG: the one there is, or a new one when there are two or more administrators;
  // more leaders than the largest group holds meet in several, so none is a crowd (a district's leaders).
  const leaderGroups: WorkGroup[] = current.leaders ? [current.leaders] : [];
  for (const group of leaderGroups) {
    board.add(group);
    for (const email of group.members) board.note(email, current.reasons.get(email) ?? leadersOwnPlg);
  }
  const waitingLeaders = people.filter((p) => leaderRoles.includes(p.role) && !board.groupOfPerson(p.email));
  if (leaderGroups.length > 0 || administrators.length >= 2) {
    const room = leaderGroups.length ? Math.max(0, bounds.max - leaderGroups[0]!.members.length) : 0;
    const extra = Math.max(0, waitingLeaders.length - room);
    const sizes = [room, ...balancedSizes(extra, Math.ceil(extra / bounds.max))];
    let next = 0;
    sizes.forEach((size, i) => {
      if (size === 0) return;
      const group =
        i === 0 && leaderGroups.length
          ? leaderGroups[0]!
          : board.add({
              id: leaderGroups.length === 0 && i === 1 ? ids.plain('ADMIN') : ids.next('ADMIN'),
              name:
                sizes.length > 2 || leaderGroups.length
                  ? `Administrators PLG ${i + (leaderGroups.length ? 1 : 0)}`
                  : 'Administrators PLG',
              configuration: 'administrators',
              kept: false,
              leaders: true,
              members: [],
            });
      for (const p of waitingLeaders.slice(next, next + size))
        board.place(p.email, group, p.role === 'administrator' ? leadersOwnPlg : coachWithLeaders);
      next += size;
    });
  }
  const pool = people.filter((p) => !board.groupOfPerson(p.email));
  const teacherPlgPeople =
    people.length - board.groups.filter((g) => g.leaders).reduce((n, g) => n + g.members.length, 0);
  if (teacherPlgPeople < bounds.min && current.kept.length === 0) {
    return refused(options, bounds, people, problems, teacherPlgPeople);
  }
  const releasedWhy = new Map(current.released.map((r) => [r.email, r.why]));

  // 3. Keep together with someone already in a kept group: join them there when it has room.
  for (const [a, b] of rules.together) {
    const [ga, gb] = [board.groupOfPerson(a), board.groupOfPerson(b)];
    if (ga && gb) continue;
    const [inGroup, outside] = ga ? [a, b] : gb ? [b, a] : [undefined, undefined];
    const group = inGroup ? board.groupOfPerson(inGroup)! : undefined;
    if (!group || !outside || group.leaders || group.members.length >= bounds.max || apart.clashes([outside], group))
      continue;
    board.place(outside, group, `kept together with ${name(inGroup!)} (Staff tab, "Keep together with")`);
  }

  // 4. Cohorts by the configuration's keys; cohorts too small for a group go on to the next key, then to outreach.
  const waitingWhy = new Map<string, string[]>(); // email → why they are not in a cohort group yet
  const waiting = {
    get: (email: string) => waitingWhy.get(email)?.join('; '),
    set: (email: string, why: string) => {
      const list = waitingWhy.get(email) ?? [];
      if (!list.includes(why)) waitingWhy.set(email, [...list, why]);
    },
  };
  let remaining = unitsOf(
    pool.filter((p) => !board.groupOfPerson(p.email)).map((p) => p.email),
    rules,
  );
  const countBy = (keyer: Keyer) => {
    const counts = new Map<string, number>();
    for (const p of people) {
      const k = keyer.key(p);
      if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    return counts;
  };
  const sortKey = (email: string) => {
    const p = personOf(email)!;
    const grade = [...p.grades].sort(gradeOrder)[0] ?? '~';
    return spec.sortBy === 'grade' ? [grade, p.departmentKey, p.name] : [p.departmentKey, grade, p.name];
  };
  const unitOrder = byKeys<string[]>(
    (u) => sortKey(u[0]!)[0]!,
    (u) => sortKey(u[0]!)[1]!,
    (u) => sortKey(u[0]!)[2]!,
    (u) => u[0]!,
  );
  for (const keyer of spec.keyers) {
    const everyone = countBy(keyer);
    const cohorts = new Map<string, string[][]>();
    const next: string[][] = [];
    for (const unit of remaining) {
      const key = unit.map((e) => keyer.key(personOf(e)!)).find((k) => k !== undefined);
      if (key === undefined) {
        for (const e of unit) waiting.set(e, notKeyed(keyer, personOf(e)!));
        next.push(unit);
      } else cohorts.set(key, [...(cohorts.get(key) ?? []), unit]);
    }
    const keys = [...cohorts.keys()].sort(keyer.kind === 'grade' ? gradeOrder : byKeys((k: string) => k));
    for (const key of keys) {
      const units = cohorts.get(key)!;
      const label = cohortLabel(keyer, key, personOf(units[0]![0]!)!);
      const n = units.reduce((s, u) => s + u.length, 0);
      if (n < bounds.min) {
        const total = everyone.get(key) ?? n;
        for (const u of units)
          for (const e of u)
            waiting.set(
              e,
              total < bounds.min
                ? `${label} has ${total} ${total === 1 ? 'person' : 'people'} — too few for a PLG of its own (${bounds.min}–${bounds.max})`
                : `the ${n} of ${label} not in a kept group are too few for a PLG of their own (${bounds.min}–${bounds.max})`,
            );
        next.push(...units);
        continue;
      }
      const { groups: parts, overflow } = split(units, n, bounds, spec.split, unitOrder, personOf);
      for (const u of overflow)
        for (const e of u)
          waiting.set(e, `${label} has ${n} — one group holds at most ${bounds.max}, so a few are placed elsewhere`);
      next.push(...overflow);
      parts.forEach((part, i) => {
        const code = cohortCode(keyer.kind, key) + (options.configuration === 'vertical' ? '-V' : '');
        const id = ids.next(code);
        const group = board.add({
          id,
          name: groupName(options.configuration, keyer, label, parts.length > 1 ? i + 1 : undefined),
          configuration: configurationOf(spec, keyer.kind),
          kept: false,
          leaders: false,
          members: [],
          cohort: label,
        });
        for (const e of part.flat()) {
          const p = personOf(e)!;
          const since = releasedWhy.get(e) ? `${releasedWhy.get(e)}; ` : '';
          board.place(
            e,
            group,
            `${since}${workOf(p)}: ${cohortReason(options.configuration, keyer, label, n, parts.length)}`,
            isOutreachRole(p),
          );
        }
      });
    }
    remaining = next;
  }

  // 5. What is left are small cohorts and colleagues across grades or subjects. Enough of them make
  // cross-subject groups of their own (related roles and departments side by side); the rest join the group
  // where their work is most relevant (outreach.ts).
  // Why someone reached this step: moved out of a kept group that was too big, and why no cohort took them.
  const contextOf = (e: string) => [releasedWhy.get(e), waiting.get(e)].filter(Boolean).join('; ') || undefined;
  let residue = remaining;
  const leftover = residue.reduce((s, u) => s + u.length, 0);
  if (leftover >= bounds.min) {
    const family = (e: string) =>
      ['special educator', 'paraprofessional', 'counselor', 'social worker'].includes(personOf(e)!.role) ? 1 : 0;
    const byFamily = byKeys<string[]>(
      (u) => family(u[0]!),
      (u) => personOf(u[0]!)!.departmentKey,
    );
    const order = (a: string[], b: string[]) => byFamily(a, b) || unitOrder(a, b);
    const { groups: parts, overflow } = split(residue, leftover, bounds, 'together', order, personOf);
    residue = overflow;
    for (const part of parts) {
      const id = ids.next('MIX');
      const depts = [...new Set(part.flat().map((e) => personOf(e)!.department || personOf(e)!.role))];
      const group = board.add({
        id,
        name: `Cross-subject PLG ${id.slice(4)}`,
        configuration: 'interdisciplinary',
        kept: false,
        leaders: false,
        members: [],
        cohort: 'small cohorts',
      });
      for (const e of part.flat()) {
        const p = personOf(e)!;
        const others = depts.filter((d) => d !== (p.department || p.role));
        board.place(
          e,
          group,
          `${workOf(p)}: ${contextOf(e) ?? 'placed with colleagues across subjects'}; placed in a cross-subject group with colleagues in ${listed(others)} — "connecting colleagues across subject areas"`,
          true,
        );
      }
    }
  }
  const teacherGroups = () => board.groups.filter((g) => !g.leaders);
  const profiles = () => teacherGroups().map((g) => profileOf(g, personOf));
  const needRoom: string[][] = [];
  {
    const list = profiles();
    for (const unit of residue) {
      const p = personOf(unit[0]!)!;
      const best = mostRelevant(p, list, bounds, (g) => apart.clashes(unit, g), bounds.max - unit.length + 1);
      if (!best) {
        needRoom.push(unit);
        continue;
      }
      for (const e of unit) {
        const person = personOf(e)!;
        board.place(
          e,
          best.profile.group,
          outreachReason(person, contextOf(e), best.profile, best.relevance.why),
          true,
        );
        addToProfile(best.profile, person);
      }
    }
  }
  // 6. No room left anywhere: a new group of those still waiting, filled to the smallest size from groups that
  // can spare someone (new groups first: moving a kept member is a move).
  if (needRoom.length > 0) {
    const n = needRoom.reduce((s, u) => s + u.length, 0);
    const spare = teacherGroups().reduce((s, g) => s + Math.max(0, g.members.length - bounds.min), 0);
    if (n + spare >= bounds.min) {
      const id = ids.next('MIX');
      const group = board.add({
        id,
        name: `Cross-subject PLG ${id.slice(4)}`,
        configuration: 'interdisciplinary',
        kept: false,
        leaders: false,
        members: [],
        cohort: 'small cohorts',
      });
      for (const e of needRoom.flat())
        board.place(
          e,
          group,
          `${workOf(personOf(e)!)}: ${contextOf(e) ?? 'no group had room'}; every group was full, so a new cross-subject group is formed`,
          true,
        );
      fillFromDonors(
        group,
        board,
        bounds,
        apart,
        togetherPeople,
        personOf,
        `moved to ${group.name} so that every group has ${bounds.min}–${bounds.max}`,
      );
    } else {
      // More people than full groups hold, too few for another: the most relevant groups go over the largest size.
      const list = profiles();
      for (const unit of needRoom) {
        const best = mostRelevant(personOf(unit[0]!)!, list, bounds, (g) => apart.clashes(unit, g), Infinity);
        if (!best) continue;
        for (const e of unit) {
          board.place(
            e,
            best.profile.group,
            outreachReason(personOf(e)!, contextOf(e), best.profile, best.relevance.why),
            true,
          );
          addToProfile(best.profile, personOf(e)!);
        }
      }
      problems.push({
        severity: 'warning',
        message: `${n} ${n === 1 ? 'person does' : 'people do'} not fit: every group has ${bounds.max} already and ${n + spare} are too few for another group of ${bounds.min} — some groups go over ${bounds.max}; adjust the sizes in Settings or on the Proposal tab`,
      });
    }
  }
  // 7. Kept groups left below the smallest size (people left or moved): filled from groups that can spare
  // someone, or, when none can, dissolved and their members placed where most relevant.
  for (const group of teacherGroups()
    .filter((g) => g.members.length < bounds.min)
    .sort(
      byKeys(
        (g) => g.members.length,
        (g) => g.id,
      ),
    )) {
    fillFromDonors(
      group,
      board,
      bounds,
      apart,
      togetherPeople,
      personOf,
      `moved to ${group.name} so it reaches ${bounds.min}`,
    );
    if (group.members.length >= bounds.min || teacherGroups().length === 1) continue;
    const members = board.remove(group);
    const list = profiles();
    for (const e of members) {
      const best =
        mostRelevant(personOf(e)!, list, bounds, (g) => apart.clashes([e], g)) ??
        mostRelevant(personOf(e)!, list, bounds, (g) => apart.clashes([e], g), Infinity);
      if (!best) continue;
      board.place(
        e,
        best.profile.group,
        outreachReason(
          personOf(e)!,
          `${group.id} had ${members.length}, fewer than ${bounds.min}, and no group could spare anyone`,
          best.profile,
          best.relevance.why,
        ),
        isOutreachRole(personOf(e)!),
      );
      addToProfile(best.profile, personOf(e)!);
    }
  }
  // 8. Keep apart: a colleague sharing a group with someone they are kept apart from swaps with someone elsewhere.
  keepApart(board, apart, togetherPeople, name, problems);
  // 9. Trained facilitators spread over the new groups, then suggested with liaisons for every group.
  spreadTrained(board.groups, personOf, apart, togetherPeople, (e, to, why) =>
    board.place(e, to, `${board.placements.get(e)?.reason ?? ''}; ${why}`, board.placements.get(e)?.outreach),
  );
  const leadership = assignLeadership(board.groups, personOf, administrators);

  // Moves: whoever ends somewhere other than the kept group they are in now.
  for (const [email, placement] of board.placements) {
    const was = current.currentOf.get(email);
    if (was !== undefined && was !== placement.group) placement.movedFrom = was;
  }
  const order = new Map(board.groups.map((g, i) => [g.id, i]));
  const groups: ProposedGroup[] = board.groups.map((g) => {
    const lead = leadership.get(g.id)!;
    const notes = [
      ...(g.leaders
        ? []
        : g.members.length < bounds.min
          ? [`${g.members.length} people, fewer than ${bounds.min}`]
          : g.members.length > bounds.max
            ? [`${g.members.length} people, more than ${bounds.max}`]
            : []),
      ...(lead.facilitatorNote ? [lead.facilitatorNote] : []),
      ...(lead.liaisonNote ? [lead.liaisonNote] : []),
    ];
    return { ...g, ...lead, notes };
  });
  const facilitatorOf = new Map(groups.map((g) => [g.id, g.facilitator]));
  const placements: ProposedPlacement[] = [...board.placements]
    .map(([email, placement]) => ({ ...placement, person: personOf(email)! }))
    .sort(
      byKeys(
        (p) => order.get(p.group)!,
        (p) => (facilitatorOf.get(p.group) === p.person.email ? 0 : 1),
        (p) => p.person.name,
        (p) => p.person.email,
      ),
    );
  const quality = qualityOf(
    people.map((p) => p.email),
    board.groups,
    new Map(placements.map((p) => [p.person.email, p])),
    leadership,
    administrators.map((a) => a.email),
    rules,
    apart,
    bounds,
    (e) => personOf(e)?.trained ?? false,
  );
  return { options, bounds, groups, placements, problems, quality, summary: describeQuality(quality, bounds) };
}

function refused(
  options: BuilderOptions,
  bounds: SizeBounds,
  people: BuilderPerson[],
  problems: Problem[],
  count: number,
): Proposal {
  const refusal = `Only ${count} ${count === 1 ? 'person' : 'people'} can be placed in a teacher PLG, fewer than the smallest group (${bounds.min}, Settings ▸ Smallest group) — no group is proposed. Add the rest of the staff to the Staff tab, or lower Smallest group if your school means to run a group this small.`;
  const quality = qualityOf(
    people.map((p) => p.email),
    [],
    new Map(),
    new Map(),
    [],
    { together: [], apart: [] },
    new ApartIndex({ together: [], apart: [] }),
    bounds,
    () => false,
  );
  return { options, bounds, refusal, groups: [], placements: [], problems, quality, summary: refusal };
}

/**
 * Cuts a cohort of `n` into groups within the bounds. Where no count of groups fits (13–15 people for 8–12),
 * one or more full groups are made and the units that fit least (listed last) wait to be placed elsewhere.
 */
function split(
  units: string[][],
  n: number,
  bounds: SizeBounds,
  how: 'together' | 'across',
  order: (a: string[], b: string[]) => number,
  personOf: (email: string) => BuilderPerson | undefined,
): { groups: string[][][]; overflow: string[][] } {
  const sorted = [...units].sort(order);
  let k = groupCount(n, bounds);
  const overflow: string[][] = [];
  if (k === undefined) {
    k = Math.max(1, Math.floor(n / bounds.max));
    let size = n;
    // Colleagues whose roles deserve outreach are the ones asked to join another group, never a cohort's core.
    const byLeastCore = [...sorted]
      .reverse()
      .sort(byKeys((u) => (u.some((e) => personOf(e)?.role === 'teacher') ? 1 : 0)));
    for (const unit of byLeastCore) {
      if (size <= k * bounds.max) break;
      overflow.push(unit);
      size -= unit.length;
    }
    n = size;
  }
  const kept = sorted.filter((u) => !overflow.includes(u));
  return { groups: cut(kept, (u) => u.length, balancedSizes(n, k), how), overflow };
}

/** Fills `group` to the smallest size from groups above it, most relevant colleagues first. */
function fillFromDonors(
  group: WorkGroup,
  board: Board,
  bounds: SizeBounds,
  apart: ApartIndex,
  together: ReadonlySet<string>,
  personOf: (email: string) => BuilderPerson | undefined,
  why: string,
): void {
  while (group.members.length < bounds.min) {
    const target = profileOf(group, personOf);
    let best: { email: string; score: number; donor: WorkGroup } | undefined;
    for (const donor of board.groups) {
      if (donor === group || donor.leaders || donor.members.length <= bounds.min) continue;
      for (const email of donor.members) {
        if (together.has(email) || email === donor.currentFacilitator || apart.clashes([email], group)) continue;
        const p = personOf(email)!;
        // New groups give before kept ones (a kept member moving is a move); then the most relevant colleague.
        const score = (donor.kept ? 0 : 100) + relevanceScore(p, target) + (donor.members.length - bounds.min) / 100;
        if (!best || score > best.score) best = { email, score, donor };
      }
    }
    if (!best) return;
    const reason = `${workOf(personOf(best.email)!)}: ${why}`;
    board.place(best.email, group, reason, board.placements.get(best.email)?.outreach);
  }
}

/** How much a colleague shares with a group they might be moved into: their department, their grades. */
function relevanceScore(person: BuilderPerson, profile: GroupProfile): number {
  const colleagues = profile.departments.get(person.departmentKey) ?? 0;
  const shared = person.grades.filter((g) => profile.grades.has(g)).length;
  return (colleagues > 0 ? 4 : 0) + (person.grades.length ? (2 * shared) / person.grades.length : 0);
}

/** Swaps one of each kept-apart pair sharing a group with a colleague of another group, sizes unchanged. */
function keepApart(
  board: Board,
  apart: ApartIndex,
  together: ReadonlySet<string>,
  name: (email: string) => string,
  problems: Problem[],
): void {
  for (const group of board.groups) {
    for (const [a, b] of apart.clashesIn(group)) {
      if (!group.members.includes(a) || !group.members.includes(b)) continue;
      const mover = together.has(b) && !together.has(a) ? a : b;
      const stay = mover === a ? b : a;
      let done = false;
      for (const other of board.groups) {
        if (other === group || other.leaders !== group.leaders) continue;
        const without = { members: other.members.filter((m) => m !== mover) };
        if (apart.clashes([mover], without)) continue;
        const partner = other.members.find(
          (c) =>
            !together.has(c) &&
            !apart.clashes([c], { members: group.members.filter((m) => m !== mover) }) &&
            !apart.clashes([mover], { members: other.members.filter((m) => m !== c) }),
        );
        if (!partner) continue;
        const moverWhy = board.placements.get(mover)!;
        const partnerWhy = board.placements.get(partner)!;
        board.place(
          mover,
          other,
          `${moverWhy.reason}; kept apart from ${name(stay)} (Staff tab, "Keep apart from")`,
          moverWhy.outreach,
        );
        board.place(
          partner,
          group,
          `${partnerWhy.reason}; swapped with ${name(mover)}, who is kept apart from a member of ${other.name}`,
          partnerWhy.outreach,
        );
        done = true;
        break;
      }
      if (!done)
        problems.push({
          severity: 'warning',
          message: `${name(a)} and ${name(b)} are to be kept apart, but there is no other group to move either to — change the Proposal tab or the "Keep apart from" column`,
        });
    }
  }
}

function notKeyed(keyer: Keyer, p: BuilderPerson): string {
  if (keyer.kind === 'department') return 'no department on the Staff tab';
  if (keyer.kind === 'grade')
    return p.grades.length ? `works across grades ${p.grades.join(', ')}` : 'no grade levels on the Staff tab';
  return 'placed with colleagues across subjects';
}

function cohortLabel(keyer: Keyer, key: string, first: BuilderPerson): string {
  if (keyer.kind === 'grade') return `grade ${key}`;
  if (keyer.kind === 'all') return 'the whole staff';
  return first.department.trim() || key;
}

function groupName(configuration: BuilderConfiguration, keyer: Keyer, label: string, n: number | undefined): string {
  const number = n === undefined ? '' : ` ${n}`;
  if (keyer.kind === 'grade') return `Grade ${label.replace(/^grade /, '')} PLG${number}`;
  if (keyer.kind === 'all') return `Interdisciplinary PLG${number}`;
  return `${label} ${configuration === 'vertical' ? 'vertical ' : ''}PLG${number}`;
}

function cohortReason(
  configuration: BuilderConfiguration,
  keyer: Keyer,
  label: string,
  n: number,
  parts: number,
): string {
  const groups = parts === 1 ? 'one group' : `${parts} groups`;
  if (keyer.kind === 'all') return `${n} colleagues in ${groups}, each mixing subjects and grades`;
  if (configuration === 'vertical') return `${label} (${n}) in ${groups}, each spanning the grades`;
  if (keyer.kind === 'grade') return `${label} (${n}) in ${groups}, each mixing subjects`;
  return `${label} (${n}) in ${groups}${parts > 1 ? ', colleagues of the same grades together' : ''}`;
}

function outreachReason(
  person: BuilderPerson,
  context: string | undefined,
  profile: GroupProfile,
  why: string,
): string {
  return `${workOf(person)}: ${context ? `${context}; ` : ''}placed in ${profile.group.name} — ${why}`;
}

function listed(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'other subjects';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

// The figures a proposal is judged by, printed on the card, in the demo and by the tests: everyone placed
// exactly once ("Who is in my PLG?"), group sizes against Settings (the guidance's 8–12), moves out of groups
// still within their roster term, the placements that needed thought, facilitator coverage and liaison load.
import type { Leadership } from './leadership';
import type { ApartIndex } from './keep-rules';
import type { KeepRules } from './people';
import type { SizeBounds } from './sizing';
import type { Placement, WorkGroup } from './work-group';

export interface QualityFigures {
  /** Active people on the Staff tab. */
  people: number;
  /** Of them, placed in exactly one group. */
  placedOnce: number;
  /** Teacher PLGs (the administrators' own PLG is counted apart, held to no size). */
  groups: number;
  sizes: number[];
  withinBounds: number;
  /** Sizes of the administrators' own PLGs (one in a school; several where leaders outnumber a group). */
  leadersSizes: number[];
  keptGroups: number;
  newGroups: number;
  /** People leaving a group whose roster term has not ended. */
  moves: number;
  /** Placements of small-cohort, non-instructional and paraprofessional colleagues, each with its reason. */
  outreachPlacements: number;
  /** Groups (leaders' included) with a formally trained facilitator suggested. */
  facilitated: number;
  allGroups: number;
  /** Groups each administrator liaises with: fewest and most. */
  liaisonLoad?: { fewest: number; most: number };
  keepApartBroken: number;
  keepTogetherBroken: number;
}

export function qualityOf(
  people: readonly string[],
  groups: readonly WorkGroup[],
  placements: ReadonlyMap<string, Placement>,
  leadership: ReadonlyMap<string, Leadership>,
  administrators: readonly string[],
  rules: KeepRules,
  apart: ApartIndex,
  bounds: SizeBounds,
  trained: (email: string) => boolean,
): QualityFigures {
  const count = new Map<string, number>();
  for (const g of groups) for (const m of g.members) count.set(m, (count.get(m) ?? 0) + 1);
  const teacher = groups.filter((g) => !g.leaders);
  const sizes = teacher.map((g) => g.members.length).sort((a, b) => a - b);
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m, g.id] as const)));
  const load = new Map(administrators.map((a) => [a, 0]));
  for (const lead of leadership.values()) if (lead.liaison) load.set(lead.liaison, (load.get(lead.liaison) ?? 0) + 1);
  const loads = [...load.values()];
  return {
    people: people.length,
    placedOnce: people.filter((p) => count.get(p) === 1).length,
    groups: teacher.length,
    sizes,
    withinBounds: sizes.filter((n) => n >= bounds.min && n <= bounds.max).length,
    leadersSizes: groups.filter((g) => g.leaders).map((g) => g.members.length),
    keptGroups: groups.filter((g) => g.kept).length,
    newGroups: groups.filter((g) => !g.kept).length,
    moves: [...placements.values()].filter((p) => p.movedFrom !== undefined).length,
    outreachPlacements: [...placements.values()].filter((p) => p.outreach).length,
    facilitated: groups.filter((g) => {
      const f = leadership.get(g.id)?.facilitator;
      return f !== undefined && trained(f);
    }).length,
    allGroups: groups.length,
    ...(loads.length ? { liaisonLoad: { fewest: Math.min(...loads), most: Math.max(...loads) } } : {}),
    keepApartBroken: groups.reduce((n, g) => n + apart.clashesIn(g).length, 0),
    keepTogetherBroken: rules.together.filter(([a, b]) => groupOf.get(a) !== groupOf.get(b)).length,
  };
}

/** One line of figures, as the card, the demo and the bench print it. */
export function describeQuality(q: QualityFigures, bounds: SizeBounds): string {
  const range = q.sizes.length ? `sizes ${q.sizes[0]}–${q.sizes[q.sizes.length - 1]}` : 'no sizes';
  const within =
    q.withinBounds === q.groups
      ? `all within ${bounds.min}–${bounds.max}`
      : `${q.withinBounds} of ${q.groups} within ${bounds.min}–${bounds.max}`;
  const parts = [
    `${q.placedOnce} of ${q.people} people placed once`,
    `${q.groups} PLG${q.groups === 1 ? '' : 's'} (${range}, ${within})${leadersText(q.leadersSizes)}`,
    `${q.keptGroups} kept, ${q.newGroups} new`,
    `${q.moves} move${q.moves === 1 ? '' : 's'}`,
    `${q.outreachPlacements} small-cohort or support placement${q.outreachPlacements === 1 ? '' : 's'} with reasons`,
    `trained facilitator in ${q.facilitated} of ${q.allGroups} groups`,
    ...(q.liaisonLoad
      ? [
          `each administrator liaises with ${q.liaisonLoad.fewest === q.liaisonLoad.most ? q.liaisonLoad.fewest : `${q.liaisonLoad.fewest}–${q.liaisonLoad.most}`} groups`,
        ]
      : []),
    ...(q.keepApartBroken
      ? [`${q.keepApartBroken} keep-apart pair${q.keepApartBroken === 1 ? '' : 's'} not kept apart`]
      : []),
    ...(q.keepTogetherBroken
      ? [`${q.keepTogetherBroken} keep-together pair${q.keepTogetherBroken === 1 ? '' : 's'} not together`]
      : []),
  ];
  return parts.join('; ');
}

function leadersText(sizes: number[]): string {
  if (sizes.length === 0) return '';
  if (sizes.length === 1) return ` + administrators' PLG of ${sizes[0]}`;
  return ` + ${sizes.length} administrators' PLGs (sizes ${Math.min(...sizes)}–${Math.max(...sizes)})`;
}

// A suggested facilitator and administrator liaison for every group, spread evenly. shared/seeds, "Structures":
// "PLGs are led by formally trained, skilled facilitators"; "Assign an administrator as a liaison to the group
// of facilitators"; "Sustainability": "Ensure that groups are led by trained facilitators". A group with no
// trained member is flagged rather than handed an untrained facilitator in silence.
import type { ApartIndex } from './keep-rules';
import { byKeys } from './order';
import type { BuilderPerson } from './people';
import type { WorkGroup } from './work-group';

export interface Leadership {
  facilitator?: string;
  /** Said beside the suggestion when it is not a formally trained facilitator, or there is none. */
  facilitatorNote?: string;
  liaison?: string;
  liaisonNote?: string;
}

export const noTrainedFacilitator = 'no trained facilitator — train one';

/**
 * Moves trained people between newly formed groups so as many groups as possible have one: a group with two or
 * more trained members gives one to a group with none, taking back an untrained member of the same department
 * where there is one (kept groups are not touched: their members stay). Each move is made through `move`.
 */
export function spreadTrained(
  groups: readonly WorkGroup[],
  personOf: (email: string) => BuilderPerson | undefined,
  apart: ApartIndex,
  together: ReadonlySet<string>,
  move: (email: string, to: WorkGroup, reason: string) => void,
): void {
  const moved = new Set<string>();
  const trainedIn = (g: WorkGroup) => g.members.filter((e) => personOf(e)?.trained);
  const movable = (e: string) => !together.has(e) && !moved.has(e);
  const fresh = groups.filter((g) => !g.kept && !g.leaders);
  for (const needy of fresh) {
    if (trainedIn(needy).length > 0) continue;
    // Only between groups cut from the same cohort, or into a cross-subject group where any subject fits: a
    // trained art teacher is not moved into the Math department's group to facilitate it.
    const fits = (g: WorkGroup) => g.cohort === needy.cohort || needy.configuration === 'interdisciplinary';
    const donor = fresh
      .filter((g) => g !== needy && fits(g) && trainedIn(g).filter(movable).length >= 2)
      .sort(
        byKeys(
          (g) => -trainedIn(g).length,
          (g) => g.id,
        ),
      )[0];
    if (!donor) continue;
    const give = trainedIn(donor).filter(movable).slice(-1)[0]!;
    const giver = personOf(give)!;
    const candidates = needy.members
      .filter((e) => movable(e) && !personOf(e)?.trained)
      .sort(
        byKeys(
          (e) => (personOf(e)?.departmentKey === giver.departmentKey ? 0 : 1),
          (e) => e,
        ),
      );
    const take = candidates.find(
      (e) =>
        !apart.clashes([give], { members: needy.members.filter((m) => m !== e) }) &&
        !apart.clashes([e], { members: donor.members.filter((m) => m !== give) }),
    );
    if (!take) continue;
    moved.add(give).add(take);
    move(give, needy, `moved to ${needy.name} so it has a formally trained facilitator`);
    move(take, donor, `swapped into ${donor.name} for a trained colleague who now facilitates ${needy.name}`);
  }
}

export function assignLeadership(
  groups: readonly WorkGroup[],
  personOf: (email: string) => BuilderPerson | undefined,
  administrators: readonly BuilderPerson[],
): Map<string, Leadership> {
  const result = new Map<string, Leadership>();
  const facilitating = new Set<string>();
  const trainedFree = (g: WorkGroup) =>
    g.members.filter((e) => personOf(e)?.trained && !facilitating.has(e)).sort(byKeys((e) => personOf(e)!.staffRow));
  // Kept groups keep a trained current facilitator who is still a member; then every group, fewest trained first.
  for (const g of groups) {
    const current = g.currentFacilitator;
    if (current && g.members.includes(current) && personOf(current)?.trained && !facilitating.has(current)) {
      facilitating.add(current);
      result.set(g.id, { facilitator: current });
    }
  }
  const rest = groups
    .filter((g) => !result.has(g.id))
    .sort(
      byKeys(
        (g) => trainedFree(g).length,
        (g) => g.id,
      ),
    );
  for (const g of rest) {
    const pick = trainedFree(g)[0];
    if (pick) {
      facilitating.add(pick);
      result.set(g.id, { facilitator: pick });
    } else if (g.currentFacilitator && g.members.includes(g.currentFacilitator)) {
      result.set(g.id, {
        facilitator: g.currentFacilitator,
        facilitatorNote: 'current facilitator has no formal training date — train them or another member',
      });
    } else {
      result.set(g.id, { facilitatorNote: noTrainedFacilitator });
    }
  }
  // Liaisons: a kept group keeps its administrator; the rest go to whoever liaises with fewest groups so far.
  const admins = [...administrators].sort(byKeys((a) => a.staffRow));
  const load = new Map(admins.map((a) => [a.email, 0]));
  for (const g of groups) {
    if (g.leaders) continue;
    const current = g.currentLiaison;
    if (current && load.has(current)) {
      load.set(current, load.get(current)! + 1);
      result.get(g.id)!.liaison = current;
    }
  }
  for (const g of groups) {
    const lead = result.get(g.id)!;
    if (g.leaders || lead.liaison) continue;
    if (admins.length === 0) {
      lead.liaisonNote = 'no administrator on the Staff tab to be its liaison';
      continue;
    }
    const least = admins.reduce((best, a) => (load.get(a.email)! < load.get(best.email)! ? a : best));
    load.set(least.email, load.get(least.email)! + 1);
    lead.liaison = least.email;
  }
  return result;
}

// The Staff tab's "Keep together with" and "Keep apart from": colleagues kept together travel as one unit;
// colleagues kept apart never share a group when there is more than one group to share. The guidance asks
// leaders to "Be mindful of the role and presence of evaluators" (shared/seeds, "Mindsets") — keeping an
// evaluator apart from the person they evaluate is the usual reason for a "keep apart".
import type { KeepRules } from './people';
import type { WorkGroup } from './work-group';

/** Units of people to place together: each keep-together chain among `emails` is one unit, in `emails` order. */
export function unitsOf(emails: readonly string[], rules: KeepRules): string[][] {
  const parent = new Map(emails.map((e) => [e, e]));
  const root = (e: string): string => {
    let r = e;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(e, r);
    return r;
  };
  for (const [a, b] of rules.together) {
    if (!parent.has(a) || !parent.has(b)) continue;
    const [ra, rb] = [root(a), root(b)];
    // The earlier of the two roots stays root, so the unit keeps the order of its first member.
    if (ra !== rb)
      parent.set(emails.indexOf(ra) < emails.indexOf(rb) ? rb : ra, emails.indexOf(ra) < emails.indexOf(rb) ? ra : rb);
  }
  const units = new Map<string, string[]>();
  for (const e of emails) {
    const r = root(e);
    units.set(r, [...(units.get(r) ?? []), e]);
  }
  return [...units.values()];
}

export class ApartIndex {
  private readonly apart = new Map<string, Set<string>>();

  constructor(rules: KeepRules) {
    for (const [a, b] of rules.apart) {
      if (!this.apart.has(a)) this.apart.set(a, new Set());
      if (!this.apart.has(b)) this.apart.set(b, new Set());
      this.apart.get(a)!.add(b);
      this.apart.get(b)!.add(a);
    }
  }

  /** Whether any of `emails` must be kept apart from a member of `group`. */
  clashes(emails: readonly string[], group: Pick<WorkGroup, 'members'>): boolean {
    if (this.apart.size === 0) return false;
    return emails.some((e) => {
      const others = this.apart.get(e);
      return others !== undefined && group.members.some((m) => others.has(m));
    });
  }

  /** The pairs in one group that should not be there. */
  clashesIn(group: Pick<WorkGroup, 'members'>): [string, string][] {
    const pairs: [string, string][] = [];
    for (const a of group.members) {
      for (const b of this.apart.get(a) ?? []) if (a < b && group.members.includes(b)) pairs.push([a, b]);
    }
    return pairs;
  }

  has(email: string): boolean {
    return this.apart.has(email);
  }
}

// Group sizes from Settings ▸ Smallest group / Largest group (shared/seeds, "Mindsets": "Create groups of 8-12
// for a set period of time (1-3 years)"): how many groups a cohort makes, and how it is cut into them.

export interface SizeBounds {
  min: number;
  max: number;
}

/**
 * How many groups `n` people make: a count whose balanced sizes all lie within the bounds, nearest to groups of
 * the middle size (10 for 8–12) so groups keep room for colleagues placed with them later. Undefined when no
 * count works (13–15 people for 8–12, or fewer than the smallest group).
 */
export function groupCount(n: number, { min, max }: SizeBounds): number | undefined {
  const fewest = Math.max(1, Math.ceil(n / max));
  const most = Math.floor(n / min);
  if (fewest > most) return undefined;
  const middle = (min + max) / 2;
  let best = fewest;
  for (let k = fewest; k <= most; k++) if (Math.abs(n / k - middle) < Math.abs(n / best - middle)) best = k;
  return best;
}

/** Whether `n` people can be cut into groups that all lie within the bounds. */
export function splittable(n: number, bounds: SizeBounds): boolean {
  return groupCount(n, bounds) !== undefined;
}

/** Balanced sizes for `n` people in `k` groups, larger first: 21 in 2 → 11, 10. */
export function balancedSizes(n: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => Math.floor(n / k) + (i < n % k ? 1 : 0));
}

/**
 * Cuts `items` (units: one person, or colleagues kept together) into `k` groups of about `targets` people.
 * "together" fills each group in the given order before the next (like with like); "across" gives each unit to
 * the group with the fewest people so far (every group spans the order: grades, subjects).
 */
export function cut<T>(
  items: readonly T[],
  sizeOf: (item: T) => number,
  targets: number[],
  how: 'together' | 'across',
): T[][] {
  const groups: T[][] = targets.map(() => []);
  const sizes = targets.map(() => 0);
  if (how === 'across') {
    for (const item of items) {
      let at = 0;
      for (let g = 1; g < groups.length; g++) if (sizes[g]! - targets[g]! < sizes[at]! - targets[at]!) at = g;
      groups[at]!.push(item);
      sizes[at]! += sizeOf(item);
    }
    return groups;
  }
  let at = 0;
  for (const item of items) {
    while (at < groups.length - 1 && sizes[at]! + sizeOf(item) > targets[at]! && sizes[at]! > 0) at++;
    groups[at]!.push(item);
    sizes[at]! += sizeOf(item);
  }
  return groups;
}

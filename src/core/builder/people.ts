// The people the group builder places: every active person on the Staff tab, with what placement reads about
// them (department, grades, whether they are formally trained to facilitate) and the Staff tab's "Keep together
// with" / "Keep apart from" wishes, checked here so a typo is reported at its cell and never guessed at.
// shared/seeds, "Structure": "Organize staff into PLGs ... ensure every staff member can clearly answer: Who is
// in my PLG?" — so everyone active is placed, exactly once.
import { z } from 'zod';
import type { Problem } from '../problems';
import type { Registry } from '../registry/registry';
import type { StaffRole } from '../registry/roles';
import { staffTab } from '../registry/tabs';
import { compareText } from './order';

export interface BuilderPerson {
  email: string;
  name: string;
  role: StaffRole;
  /** As typed (for reasons people read); '' when none. */
  department: string;
  /** Lower-cased department, the key cohorts are formed on. */
  departmentKey: string;
  grades: string[];
  trained: boolean;
  /** The Staff tab row, for problems and for a stable order. */
  staffRow: number;
}

export interface KeepRules {
  /** Pairs of emails to place in the same group (each pair once, a < b). */
  together: [string, string][];
  /** Pairs never to place in the same group. */
  apart: [string, string][];
}

const address = z.string().trim().toLowerCase().pipe(z.email());

export function peopleToPlace(registry: Registry): { people: BuilderPerson[]; rules: KeepRules; problems: Problem[] } {
  const active = registry.staff.filter(({ row }) => row.active);
  const people = active.map(({ row, rowNumber }): BuilderPerson => ({
    email: row.email,
    name: row.name,
    role: row.role,
    department: row.department ?? '',
    departmentKey: (row.department ?? '').trim().toLowerCase(),
    grades: [...new Set(row.gradeLevels.map((g) => g.trim().toUpperCase()).filter(Boolean))],
    trained: row.facilitatorTrainedOn !== undefined,
    staffRow: rowNumber,
  }));
  const known = new Set(people.map((p) => p.email));
  const inactive = new Set(registry.staff.filter(({ row }) => !row.active).map(({ row }) => row.email));
  const problems: Problem[] = [];
  const pairs = { together: new Map<string, [string, string]>(), apart: new Map<string, [string, string]>() };
  for (const { row, rowNumber } of active) {
    for (const kind of ['together', 'apart'] as const) {
      const column = kind === 'together' ? staffTab.columns.keepTogether : staffTab.columns.keepApart;
      for (const typed of kind === 'together' ? row.keepTogether : row.keepApart) {
        const where = { tab: staffTab.name, row: rowNumber, column: column.header, value: typed };
        const parsed = address.safeParse(typed);
        if (!parsed.success) {
          problems.push({
            ...where,
            severity: 'warning',
            message:
              'is not an email address — Form groups ignores it; type the colleague’s address from the Staff tab',
          });
          continue;
        }
        const other = parsed.data;
        if (other === row.email) continue;
        if (!known.has(other)) {
          // Someone who left needs no rule; a typo does, and the admin sees it named.
          if (!inactive.has(other))
            problems.push({
              ...where,
              severity: 'warning',
              message: 'is not on the Staff tab — Form groups ignores it; check the spelling',
            });
          continue;
        }
        const pair: [string, string] = row.email < other ? [row.email, other] : [other, row.email];
        pairs[kind].set(pair.join(' '), pair);
      }
    }
  }
  // Both wishes for the same two people cannot be kept: apart wins (it protects someone; together is a preference).
  for (const [key, pair] of pairs.together) {
    if (pairs.apart.has(key)) {
      pairs.together.delete(key);
      const row = active.find((s) => s.row.email === pair[0])?.rowNumber;
      problems.push({
        severity: 'warning',
        tab: staffTab.name,
        ...(row !== undefined ? { row, column: staffTab.columns.keepTogether.header } : {}),
        value: pair[1],
        message: `is both "keep together" and "keep apart" with ${pair[0]} — Form groups keeps them apart; remove one of the two`,
      });
    }
  }
  const sorted = (map: Map<string, [string, string]>) =>
    [...map.values()].sort((a, b) => compareText(a.join(), b.join()));
  return {
    people: people.sort((a, b) => a.staffRow - b.staffRow),
    rules: { together: sorted(pairs.together), apart: sorted(pairs.apart) },
    problems,
  };
}

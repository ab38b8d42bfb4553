// A problem is something a person can act on: where it is, what was found, and what would fix it
// (e.g. `Members, row 14, column "Staff email": "Mr. Smith" is not an email address — use the address from the Staff tab.`).
export type Severity = 'error' | 'warning';

export interface Problem {
  severity: Severity;
  /** Tab name, e.g. "Members"; absent for problems about the whole registry. */
  tab?: string;
  /** 1-based sheet row, as the admin sees it. */
  row?: number;
  /** Header text of the column. */
  column?: string;
  /** The value found, as text. */
  value?: string;
  message: string;
  /** For guideline warnings: the matching strategy, quoted from the guidance (shared/seeds). */
  strategy?: string;
  /** Set on problems a card can fix in one press (the card looks the fix up by this code). */
  code?: 'spreadsheet-time-zone';
}

export function describeProblem(p: Problem): string {
  const where = [
    p.tab,
    p.row !== undefined ? `row ${p.row}` : undefined,
    p.column !== undefined ? `column "${p.column}"` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  const found = p.value !== undefined && p.value !== '' ? `"${p.value}" ` : '';
  return `${where ? `${where}: ` : ''}${found}${p.message}`;
}

// Months named as a school counts them: from the month its year starts, so "10, 1, 4" in a year starting in
// September reads "October, January and April", and "1, 4, 10" typed in calendar order reads the same.
import { monthNames } from '../calendar-names';

/** The months (1–12) in the order the school year meets them, starting from the month of `yearStart`. */
export function inSchoolYearOrder(months: readonly number[], yearStart: string): number[] {
  const first = Number(yearStart.slice(5, 7)) || 1;
  const position = (month: number) => (month - first + 12) % 12;
  return [...new Set(months)].sort((a, b) => position(a) - position(b));
}

/** "October, January and April": month names in school-year order, joined as a sentence would. */
export function schoolYearMonthsText(months: readonly number[], yearStart: string): string {
  const names = inSchoolYearOrder(months, yearStart).map((m) => monthNames[m - 1] ?? String(m));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

// What a sync has done so far, in one plain sentence for cards and the run log: running totals since Apply
// (workspace/sync-totals.ts), so Continue after Continue counts up — "138 of 145 changes done, 7 to go" — never from zero.
import type { RunningTotals } from '../workspace/sync-totals';

export function progressText(totals: RunningTotals): string {
  const parts = [];
  if (totals.formsMade || totals.formsLeft)
    parts.push(`feedback forms: ${totals.formsMade} made${totals.formsLeft ? `, ${totals.formsLeft} to go` : ''}`);
  const left = totals.calendarTotal - totals.calendarDone;
  parts.push(
    `calendar: ${totals.calendarDone} of ${totals.calendarTotal} changes done${left ? `, ${left} to go` : ''}`,
  );
  if (totals.welcomesMailed || totals.welcomesLeft)
    parts.push(
      `welcome emails: ${totals.welcomesMailed ?? 0} sent${totals.welcomesLeft ? `, ${totals.welcomesLeft} to go` : ''}`,
    );
  if (totals.cardsLeft) parts.push(`teachers' cards: ${totals.cardsLeft} to update`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// What a sync slice did, in one plain sentence for cards and the run log.
import type { ApplyProgress } from '../workspace/calendar-apply';
import type { FormsProgress } from '../workspace/feedback-forms';

export function progressText(forms: FormsProgress, calendar: ApplyProgress): string {
  const parts = [];
  if (forms.created || forms.remaining)
    parts.push(`feedback forms: ${forms.created} made${forms.remaining ? `, ${forms.remaining} to go` : ''}`);
  const left = calendar.total - calendar.done;
  parts.push(`calendar: ${calendar.done} of ${calendar.total} changes done${left ? `, ${left} to go` : ''}`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

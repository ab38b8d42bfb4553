// When the school year ends, every form PLG Hub made stops accepting responses ("closed when the year ends").
import { readStoredForm, storedForms } from './tracked-form';

export function closeFormsAfterYearEnd(): number {
  const all = storedForms();
  let closed = 0;
  for (const key of Object.keys(all)) {
    if (!key.startsWith('plg.feedbackForm.') && !key.startsWith('plg.survey.')) continue;
    const stored = readStoredForm(all, key);
    if (!stored?.ready) continue;
    const form = FormApp.openById(stored.formId);
    if (form.isAcceptingResponses()) {
      form.setAcceptingResponses(false);
      closed += 1;
    }
  }
  return closed;
}

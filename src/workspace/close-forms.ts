// When the school year ends, every form PLG Hub made for this registry stops accepting responses ("closed when the
// year ends") — this registry's only: another school's year may not be over.
import { formPrefix } from './feedback-forms';
import { isRegistryKey } from './registry-keys';
import { surveyPrefix } from './survey-send';
import { readStoredForm, storedForms } from './tracked-form';

export function closeFormsAfterYearEnd(registryId: string): number {
  const all = storedForms();
  let closed = 0;
  for (const key of Object.keys(all)) {
    // Unscoped names: plg.feedbackForm.<group>.<year> and plg.survey.<kind>.<year>.<round> (registry-keys.ts).
    const ours = isRegistryKey(key, formPrefix, registryId, 2) || isRegistryKey(key, surveyPrefix, registryId, 3);
    if (!ours) continue;
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

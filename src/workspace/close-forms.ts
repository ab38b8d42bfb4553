// When the school year ends, every form PLG Hub made for this registry stops accepting responses ("closed when the
// year ends") — this registry's only: another school's year may not be over.
import { feedbackFormRecords } from './form-records';
import type { OpenRegistry } from './registry-io';
import { isRegistryKey } from './registry-keys';
import { surveyPrefix } from './survey-send';
import { readStoredForm, storedForms } from './tracked-form';

export function closeFormsAfterYearEnd(open: OpenRegistry): number {
  // Feedback forms are recorded in the registry itself; survey forms in script properties, under its scope.
  // Unscoped survey names: plg.survey.<kind>.<year>.<round> (registry-keys.ts).
  const surveys = Object.entries(storedForms().all).filter(([key]) => isRegistryKey(key, surveyPrefix, open.id, 3));
  const all = { ...Object.fromEntries(surveys), ...feedbackFormRecords(open).all };
  let closed = 0;
  for (const key of Object.keys(all)) {
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

// When the school year ends, every form PLG Hub made for this registry stops accepting responses ("closed when the
// year ends") — this registry's only: another school's year may not be over.
import { feedbackFormRecords } from './form-records';
import type { OpenRegistry } from './registry-io';
import { isRegistryKey } from './registry-keys';
import { surveyPrefix } from './survey-send';
import { readStoredForm, storedForms, type StoredForm } from './tracked-form';

export function closeFormsAfterYearEnd(open: OpenRegistry): number {
  return closeRegistryForms(open).closed;
}

/** Closes every form of this registry still accepting responses: how many it closed, and how many it has. */
export function closeRegistryForms(open: OpenRegistry): { closed: number; forms: number } {
  let closed = 0;
  let forms = 0;
  for (const stored of registryForms(open)) {
    forms += 1;
    const form = FormApp.openById(stored.formId);
    if (form.isAcceptingResponses()) {
      form.setAcceptingResponses(false);
      closed += 1;
    }
  }
  return { closed, forms };
}

/**
 * The forms PLG Hub made for this registry, ready ones only. Feedback forms are recorded in the registry itself;
 * survey forms in script properties, under its scope. Unscoped survey names: plg.survey.<kind>.<year>.<round>
 * (registry-keys.ts). `readOnly` (a preview) moves no old records.
 */
export function registryForms(open: OpenRegistry, readOnly = false): StoredForm[] {
  const surveys = Object.entries(storedForms().all).filter(([key]) => isRegistryKey(key, surveyPrefix, open.id, 3));
  const all = { ...Object.fromEntries(surveys), ...feedbackFormRecords(open, readOnly).all };
  return Object.keys(all).flatMap((key) => {
    const stored = readStoredForm(all, key);
    return stored?.ready ? [stored] : [];
  });
}

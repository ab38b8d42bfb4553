// One end-of-meeting feedback Form per group per school year. Form creation is the expensive, quota-limited
// call, so each meeting gets a prefilled link to its group's form instead of a form of its own: for a school
// of 10 groups meeting 18 times, 10 forms a year instead of 180.
import { meetingFeedbackForm, meetingKeyItem } from '../core/feedback/meeting-feedback-form';
import type { Registry } from '../core/registry/registry';
import { isHeldGroup } from '../core/sync/holds';
import { keyScope } from './registry-keys';
import { groupsTab, meetingsTab } from '../core/registry/tabs';
import type { ApplyBudget } from './calendar-apply';
import { prefilledTemplate } from './form-builder';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';
import { ensureTrackedForm, readStoredForm, type FormRecords } from './tracked-form';

export { feedbackFormRecords } from './form-records';

const placeholder = 'PLGHUBMEETINGKEY';
const formCreateMs = 8_000;

/**
 * By the registry (registry-keys.ts) and the group's PLG Hub key, so retyping or renaming its id keeps its form
 * (core/registry/cross-checks.ts) and another school's group of the same id has its own.
 */
function formKey(registryId: string, group: { id: string; key?: string }, yearStart: string): string {
  return `${formPrefix}${keyScope(registryId)}${group.key ?? group.id}.${yearStart}`;
}

export const formPrefix = 'plg.feedbackForm.';

/** Active groups without this year's form; a held group gets none until it reads again (core/sync/holds.ts). */
export function groupsNeedingForms(open: OpenRegistry, registry: Registry, records: FormRecords): string[] {
  const holds = open.read.holds;
  return registry.groups
    .filter((g) => g.row.active && !isHeldGroup(holds, g.row))
    .filter((g) => !readStoredForm(records.all, formKey(open.id, g.row, registry.settings.yearStart))?.ready)
    .map((g) => g.row.id);
}

export interface FormsProgress {
  created: number;
  linksFilled: number;
  remaining: number;
}

/** Creates the forms that are missing (as the budget allows) and fills every meeting's feedback link. */
export function ensureFeedbackForms(open: OpenRegistry, records: FormRecords, budget: ApplyBudget): FormsProgress {
  const registry = open.read.registry!;
  const { settings } = registry;
  let created = 0;
  let remaining = 0;
  const groupsSheet = open.tabs.get(groupsTab.name)!;
  for (const { row: group, rowNumber } of registry.groups) {
    const key = formKey(open.id, group, settings.yearStart);
    if (!group.active || isHeldGroup(open.read.holds, group) || readStoredForm(records.all, key)?.ready) continue;
    if (!budget.allows(formCreateMs)) {
      remaining += 1;
      continue;
    }
    const { form } = ensureTrackedForm(
      records,
      key,
      meetingFeedbackForm(group, settings, group.feedbackQuestions),
      () => ensurePlgFolder(open.tabs.get('Settings')!, settings),
      open.spreadsheet.getId(),
      (built) => ({ template: prefilledTemplate(built, meetingKeyItem.title, placeholder) }),
    );
    groupsSheet.set(rowNumber, groupsTab.columns.feedbackForm.header, form.getEditUrl());
    created += 1;
  }
  groupsSheet.flush();
  return { created, linksFilled: fillFeedbackLinks(open, records.all), remaining };
}

/** Writes each meeting's prefilled link where the Feedback link cell is empty (never over a person's text). */
export function fillFeedbackLinks(open: OpenRegistry, all: Record<string, string>): number {
  const registry = open.read.registry!;
  const meetings = open.tabs.get(meetingsTab.name)!;
  const templates = new Map<string, string>();
  for (const { row: group } of registry.groups) {
    const template = readStoredForm(all, formKey(open.id, group, registry.settings.yearStart))?.template;
    // The Meetings tab may name the group by its id in any letter case, or by the id it had (its key).
    for (const name of [group.id, group.key]) if (template && name) templates.set(name.toUpperCase(), template);
  }
  let filled = 0;
  const header = meetingsTab.columns.feedback.header;
  const keyHeader = meetingsTab.columns.key.header;
  const groupHeader = meetingsTab.columns.group.header;
  for (let row = 2; row <= meetings.values.length; row++) {
    const template = templates.get(String(meetings.get(row, groupHeader)).toUpperCase());
    const key = String(meetings.get(row, keyHeader));
    if (!template || !key || String(meetings.get(row, header)) !== '') continue;
    meetings.set(row, header, template.replace(placeholder, encodeURIComponent(key)));
    filled += 1;
  }
  meetings.flush();
  return filled;
}

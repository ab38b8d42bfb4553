// One end-of-meeting feedback Form per group per school year. Form creation is the expensive, quota-limited
// call, so each meeting gets a prefilled link to its group's form instead of a form of its own: for a school
// of 10 groups meeting 18 times, 10 forms a year instead of 180.
import { z } from 'zod';
import { meetingFeedbackForm } from '../core/feedback/meeting-feedback-form';
import { meetingKeyItem } from '../core/feedback/meeting-feedback-form';
import type { Registry } from '../core/registry/registry';
import { groupsTab, meetingsTab } from '../core/registry/tabs';
import type { ApplyBudget } from './calendar-apply';
import { buildForm, prefilledTemplate } from './form-builder';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';

const placeholder = 'PLGHUBMEETINGKEY';
const formCreateMs = 8_000;

/** What PLG Hub remembers of a group's form, in script properties (read back through zod). */
const StoredForm = z.object({ formId: z.string(), template: z.string().optional(), ready: z.boolean() });
type StoredForm = z.infer<typeof StoredForm>;

function formKey(groupId: string, yearStart: string): string {
  return `plg.feedbackForm.${groupId}.${yearStart}`;
}

/** All of PLG Hub's stored forms in one properties read. */
export function storedForms(): Record<string, string> {
  return PropertiesService.getScriptProperties().getProperties();
}

export function readStoredForm(all: Record<string, string>, groupId: string, yearStart: string): StoredForm | undefined {
  const raw = all[formKey(groupId, yearStart)];
  if (!raw) return undefined;
  try {
    const parsed = StoredForm.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function storeForm(all: Record<string, string>, groupId: string, yearStart: string, form: StoredForm): void {
  all[formKey(groupId, yearStart)] = JSON.stringify(form);
  PropertiesService.getScriptProperties().setProperty(formKey(groupId, yearStart), all[formKey(groupId, yearStart)]!);
}

export function groupsNeedingForms(registry: Registry, all: Record<string, string>): string[] {
  return registry.groups
    .filter((g) => g.row.active && !readStoredForm(all, g.row.id, registry.settings.yearStart)?.ready)
    .map((g) => g.row.id);
}

export interface FormsProgress {
  created: number;
  linksFilled: number;
  remaining: number;
}

/** Creates the forms that are missing (as the budget allows) and fills every meeting's feedback link. */
export function ensureFeedbackForms(open: OpenRegistry, all: Record<string, string>, budget: ApplyBudget): FormsProgress {
  const registry = open.read.registry!;
  const { settings } = registry;
  let created = 0;
  let remaining = 0;
  const groupsSheet = open.tabs.get(groupsTab.name)!;
  for (const { row: group, rowNumber } of registry.groups) {
    if (!group.active) continue;
    let stored = readStoredForm(all, group.id, settings.yearStart);
    if (stored?.ready) continue;
    if (!budget.allows(formCreateMs)) {
      remaining += 1;
      continue;
    }
    const model = meetingFeedbackForm(group, settings);
    let form: GoogleAppsScript.Forms.Form;
    if (stored) {
      // An earlier run stopped while building it: start the questions again on the same form.
      form = FormApp.openById(stored.formId);
      for (const item of form.getItems()) form.deleteItem(item);
    } else {
      form = adoptOrCreate(model.title);
      stored = { formId: form.getId(), ready: false };
      storeForm(all, group.id, settings.yearStart, stored);
      DriveApp.getFileById(form.getId()).moveTo(ensurePlgFolder(open.tabs.get('Settings')!, settings));
    }
    buildForm(form, model, open.spreadsheet.getId());
    const template = prefilledTemplate(form, meetingKeyItem.title, placeholder);
    storeForm(all, group.id, settings.yearStart, { formId: form.getId(), template, ready: true });
    groupsSheet.set(rowNumber, groupsTab.columns.feedbackForm.header, form.getEditUrl());
    created += 1;
  }
  groupsSheet.flush();
  return { created, linksFilled: fillFeedbackLinks(open, all), remaining };
}

/** Writes each meeting's prefilled link where the Feedback link cell is empty (never over a person's text). */
export function fillFeedbackLinks(open: OpenRegistry, all: Record<string, string>): number {
  const registry = open.read.registry!;
  const meetings = open.tabs.get(meetingsTab.name)!;
  const templates = new Map<string, string>();
  for (const { row: group } of registry.groups) {
    const template = readStoredForm(all, group.id, registry.settings.yearStart)?.template;
    if (template) templates.set(group.id, template);
  }
  let filled = 0;
  const header = meetingsTab.columns.feedback.header;
  const keyHeader = meetingsTab.columns.key.header;
  const groupHeader = meetingsTab.columns.group.header;
  for (let row = 2; row <= meetings.values.length; row++) {
    const template = templates.get(String(meetings.get(row, groupHeader)));
    const key = String(meetings.get(row, keyHeader));
    if (!template || !key || String(meetings.get(row, header)) !== '') continue;
    meetings.set(row, header, template.replace(placeholder, encodeURIComponent(key)));
    filled += 1;
  }
  meetings.flush();
  return filled;
}

function adoptOrCreate(title: string): GoogleAppsScript.Forms.Form {
  // A run stopped right after FormApp.create left a form nobody recorded: adopt it rather than make another.
  const files = DriveApp.getFilesByName(title);
  while (files.hasNext()) {
    const file = files.next();
    if (file.getMimeType() === MimeType.GOOGLE_FORMS) return FormApp.openById(file.getId());
  }
  return FormApp.create(title);
}

// One end-of-meeting feedback Form per group per school year. Form creation is the expensive, quota-limited
// call, so each meeting gets a prefilled link to its group's form instead of a form of its own: for a school
// of 10 groups meeting 18 times, 10 forms a year instead of 180.
import { meetingLabels } from '../core/feedback/meeting-choices';
import { meetingFeedbackForm, meetingItemTitle, noMeetingYet } from '../core/feedback/meeting-feedback-form';
import type { Registry } from '../core/registry/registry';
import { isHeldGroup } from '../core/sync/holds';
import { keyScope } from './registry-keys';
import { groupsTab, meetingsTab } from '../core/registry/tabs';
import type { ApplyBudget } from './calendar-apply';
import { formPlace, prefilledTemplate, prefillValue, setDropdownChoices } from './form-builder';
import { formsWritePacer } from './forms-api';
import { ensurePlgFolder } from './plg-folder';
import type { SharedPacer } from './rate-log';
import type { OpenRegistry } from './registry-io';
import { ensureTrackedForms, readStoredForm, type FormJob, type FormRecords } from './tracked-form';

export { feedbackFormRecords } from './form-records';

const placeholder = 'PLGHUBMEETINGKEY';
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

/** The group's meetings as its form lists them: every scheduled meeting of the year, by date, soonest first. */
function choicesOf(registry: Registry, group: { id: string; key?: string }): Map<string, string> {
  const names = new Set([group.id.toUpperCase(), (group.key ?? group.id).toUpperCase()]);
  const meetings = registry.meetings
    .map((m) => m.row)
    .filter((m) => names.has(m.group.toUpperCase()) && m.date >= registry.settings.yearStart)
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  return meetingLabels(meetings, registry.style);
}

/**
 * Creates the forms that are missing, all together (tracked-form.ts: as many as the budget allows), and fills
 * every meeting's feedback link.
 */
export function ensureFeedbackForms(
  open: OpenRegistry,
  records: FormRecords,
  budget: ApplyBudget,
  /** Forms to make at most in this build (sync-slice.ts sizes a build to the next Calendar round). */
  most?: number,
  /** This person's Forms minute, one record for the whole slice (forms-api.ts formsWritePacer). */
  writes: SharedPacer = formsWritePacer(),
): FormsProgress {
  const registry = open.read.registry!;
  const { settings } = registry;
  const groupsSheet = open.tabs.get(groupsTab.name)!;
  const place = formPlace(() => ensurePlgFolder(open.tabs.get('Settings')!, settings));
  const jobs: (FormJob & { rowNumber: number })[] = [];
  /** The dropdowns left for a later slice. */
  let choicesLeft = 0;
  for (const { row: group, rowNumber } of registry.groups) {
    const key = formKey(open.id, group, settings.yearStart);
    if (!group.active || isHeldGroup(open.read.holds, group)) continue;
    const stored = readStoredForm(records.all, key);
    const choices = [...new Set(choicesOf(registry, group).values())];
    if (stored?.ready) {
      // A meeting moved, added or canceled: the dropdown lists the meetings as they are now (one Forms write).
      if (stored.choices && stored.choices.join('\n') !== choices.join('\n') && choices.length) {
        // Only if the wait for this person's Forms minute (a build may have just filled it) and the update fit the
        // time left: a card press never sleeps past its 30 s. One left counts as work to do, for the next slice.
        if (!budget.allows(writes.waitMs(Date.now(), 1) + dropdownUpdateMs)) {
          choicesLeft += 1;
          continue;
        }
        setDropdownChoices(stored.formId, meetingItemTitle, choices, writes);
        // Recorded with the links filled below (one write): a run stopped before it sets the same choices again.
        records.stageAll({ [key]: JSON.stringify({ ...stored, choices }) });
      }
      continue;
    }
    jobs.push({
      key,
      rowNumber,
      model: meetingFeedbackForm(group, settings, group.feedbackQuestions, choices),
      finish: (api) => ({
        template: prefilledTemplate(api, meetingItemTitle, placeholder),
        choices: choices.length ? choices : [noMeetingYet],
      }),
    });
  }
  const build = ensureTrackedForms(records, jobs, place, open.spreadsheet.getId(), budget, most, writes);
  const rowOf = new Map(jobs.map((j) => [j.key, j.rowNumber]));
  for (const made of build.made)
    groupsSheet.set(rowOf.get(made.key)!, groupsTab.columns.feedbackForm.header, made.editUrl);
  // The ready records (staged by the build), the editor links and the meetings' feedback links: one write, made by
  // fillFeedbackLinks' flush (every tab of the registry goes out with it).
  return {
    created: build.made.length,
    linksFilled: fillFeedbackLinks(open, records.all),
    remaining: build.left + choicesLeft,
  };
}

/** A dropdown's update: the form read (Forms API get) and one batchUpdate, with room to spare. */
const dropdownUpdateMs = 1_000;

/**
 * Writes each meeting's prefilled link where the Feedback link cell is empty (never over a person's text), and
 * — for a form that lists meetings by date — rewrites a link PLG Hub made whose date is no longer the meeting's,
 * so a moved meeting's link picks its new date.
 */
export function fillFeedbackLinks(open: OpenRegistry, all: Record<string, string>): number {
  const registry = open.read.registry!;
  const meetings = open.tabs.get(meetingsTab.name)!;
  const forms = new Map<string, { template: string; labels?: Map<string, string> }>();
  for (const { row: group } of registry.groups) {
    const stored = readStoredForm(all, formKey(open.id, group, registry.settings.yearStart));
    if (!stored?.template) continue;
    const form = { template: stored.template, labels: stored.choices ? choicesOf(registry, group) : undefined };
    // The Meetings tab may name the group by its id in any letter case, or by the id it had (its key).
    for (const name of [group.id, group.key]) if (name) forms.set(name.toUpperCase(), form);
  }
  let filled = 0;
  const header = meetingsTab.columns.feedback.header;
  const keyHeader = meetingsTab.columns.key.header;
  const groupHeader = meetingsTab.columns.group.header;
  for (let row = 2; row <= meetings.values.length; row++) {
    const form = forms.get(String(meetings.get(row, groupHeader)).toUpperCase());
    const key = String(meetings.get(row, keyHeader));
    if (!form || !key) continue;
    const answer = form.labels ? form.labels.get(key) : key;
    if (answer === undefined) continue;
    const current = String(meetings.get(row, header));
    const made = current.startsWith(form.template.slice(0, form.template.indexOf(placeholder)));
    const wanted = form.template.replace(placeholder, form.labels ? prefillValue(answer) : encodeURIComponent(key));
    if (current === wanted || (current !== '' && !(made && form.labels))) continue;
    meetings.set(row, header, wanted);
    filled += 1;
  }
  meetings.flush();
  return filled;
}

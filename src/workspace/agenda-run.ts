// Agendas: presenter, timekeeper and note-taker rotated across the year (only empty cells are filled, so an
// announced presenter is never changed), then an agenda Doc for each meeting inside the lead-time horizon, in its
// group's folder, shared with members only. Each Doc's link is recorded the moment the Doc exists; a run stopped
// before that adopts the Doc by its unique name instead of making a second one.
import { buildAgenda } from '../core/agenda/build-agenda';
import { fileIdOf } from '../core/drive-id';
import { findPlaceholders, unknownPlaceholders, knownPlaceholders } from '../core/agenda/template';
import type { Problem } from '../core/problems';
import { holdOf, isHeldGroup } from '../core/sync/holds';
import { isGoogleLimit } from './google-limits';
import { createFolders, filesInFolder, folderMime } from './drive-folder-contents';
import {
  entitledMembers,
  entitledTo,
  reconcileGroupSharing,
  registryEditors,
  type FolderToShare,
} from './group-sharing';
import { RegistryState } from './registry-state';
import { groupRoster } from '../core/my-plg';
import { protocolById, protocolsTab } from '../core/protocols/protocols-tab';
import { wallClock } from '../core/registry/cells';
import { plgTitle } from '../core/registry/plg-title';
import type { Registry } from '../core/registry/registry';
import { groupsTab, meetingsTab, type GroupRow, type MeetingRow } from '../core/registry/tabs';
import { addDays } from '../core/schedule/calendar-days';
import type { ApplyBudget } from './calendar-apply';
import { agendaHtml } from '../core/agenda/agenda-html';
import { agendasInFolders, docUrl, uploadAgendas, type AgendaUpload } from './agenda-upload';
import { ensurePlgFolder } from './plg-folder';
import { readProtocols } from './read-protocols';
import { rotateMeetingRoles } from './role-rotation';
import { openRegistry, readableRegistry, type OpenRegistry } from './registry-io';

const docMs = 3_000;
/** A batch of uploads takes about as long as its slowest one (parallel): well under this per Doc in the budget. */
const uploadMs = 400;
/** Uploads sent together: Drive allows 12,000 requests a minute per user; this keeps one round trip short. */
const uploadsPerRequest = 20;
/** Finding or making the groups' folders and bringing their sharing up to date: a few rounds of requests. */
const foldersMs = 4_000;

export interface AgendaReport {
  created: number;
  rolesFilled: number;
  remaining: number;
  problems: Problem[];
}

export function agendaName(group: GroupRow, meeting: MeetingRow): string {
  return `${plgTitle(group.name)} agenda — ${meeting.date} [${meeting.key}]`;
}

export function generateAgendas(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
): AgendaReport {
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  const registry = readableRegistry(open);
  const { settings } = registry;
  const today = wallClock(now, settings.timeZone).date;
  const { protocols } = readProtocols(open);
  const { holds } = open.read;
  const report: AgendaReport = {
    created: 0,
    // Usually none: each sync pass rotates roles before it plans. This covers agendas asked for before any sync.
    rolesFilled: rotateMeetingRoles(open.tabs.get(meetingsTab.name)!, registry, registry.meetings, today, holds).filled,
    remaining: 0,
    problems: [],
  };

  const horizon = addDays(today, settings.agendaLeadDays);
  const meetingsSheet = open.tabs.get(meetingsTab.name)!;
  const groups = new Map(registry.groups.map((g) => [g.row.id, g]));
  const goals = new Map(registry.goals.map((g) => [g.row.goal && g.row.id, g.row.goal]));
  const staff = registry.staff.map((s) => s.row);
  const due = registry.meetings.filter(
    ({ rowNumber, row }) =>
      row.status === 'scheduled' &&
      row.date >= today &&
      row.date <= horizon &&
      !String(meetingsSheet.get(rowNumber, meetingsTab.columns.agenda.header)),
  );
  const failedGroups = new Set<string>();
  const fail = (group: { row: GroupRow; rowNumber: number }, error: unknown) => {
    // A limit of Google's stops the run (the next one carries on); anything else is this group's own trouble
    // (a folder someone deleted, a template it cannot open): it is reported, and the other groups go on.
    if (isGoogleLimit(error)) throw error;
    failedGroups.add(group.row.id);
    report.problems.push({
      severity: 'error',
      tab: groupsTab.name,
      row: group.rowNumber,
      message: `${group.row.name}: its agenda Docs could not be made (${String((error as Error).message ?? error).slice(0, 200)}) — the other groups' were; check its Agenda folder cell`,
    });
  };
  const record = (rowNumber: number, url: string) => {
    meetingsSheet.set(rowNumber, meetingsTab.columns.agenda.header, url);
    report.created += 1;
  };
  // First what this run will make (held groups and the time left decide), then every folder those agendas go in,
  // found or made together, then every folder's sharing — before any agenda is in it — and only then the agendas.
  const toMake: Due[] = [];
  const withAgendas = new Map<string, { row: GroupRow; rowNumber: number }>();
  for (const { row: planned, rowNumber } of due) {
    const group = groups.get(planned.group);
    // A held group gets no new Doc: its roster or times could not be read (core/sync/holds.ts).
    if (!group || holdOf(holds, planned.key, [group.row.id, group.row.key ?? ''])) continue;
    if (!budget.allows(foldersMs + (settings.agendaTemplate ? docMs : uploadMs * (toMake.length + 1)))) {
      report.remaining += 1;
      continue;
    }
    // Roles just rotated are in the sheet, not yet in the registry read: take them from there.
    const meeting: MeetingRow = {
      ...planned,
      presenter: cell(meetingsSheet, rowNumber, 'presenter') ?? planned.presenter,
      timekeeper: cell(meetingsSheet, rowNumber, 'timekeeper') ?? planned.timekeeper,
      noteTaker: cell(meetingsSheet, rowNumber, 'noteTaker') ?? planned.noteTaker,
    };
    toMake.push({ rowNumber, group, meeting });
    withAgendas.set(group.row.id, group);
  }
  const groupsSheet = open.tabs.get(groupsTab.name)!;
  const recordedFolder = (rowNumber: number) =>
    String(groupsSheet.get(rowNumber, groupsTab.columns.folder.header) ?? '');
  const folders = groupFolders(open, registry, [...withAgendas.values()], fail);
  // Sharing follows the roster for every group with a folder, not only those with an agenda due: whoever left
  // loses access at this run (each folder is checked only when its group's lists changed).
  const others = budget.allows(docMs)
    ? registry.groups.filter(
        ({ row: group, rowNumber }) =>
          !withAgendas.has(group.id) && recordedFolder(rowNumber) !== '' && !isHeldGroup(holds, group),
      )
    : [];
  const toShare: FolderToShare[] = [
    ...[...folders].map(([groupId, folder]) => ({
      group: withAgendas.get(groupId)!.row,
      folderId: folder.id,
      madeNow: folder.madeNow,
      entitled: entitledTo(registry, withAgendas.get(groupId)!.row, today),
    })),
    ...others.map(({ row: group, rowNumber }) => ({
      group,
      folderId: recordedFolder(rowNumber),
      entitled: entitledTo(registry, group, today),
    })),
  ];
  const sharing = sharingContext(open);
  for (const [groupId, error] of reconcileGroupSharing(toShare, sharing.state, sharing.keep)) {
    const group = groups.get(groupId)!;
    // A group whose folder could not be shared as it should be gets no new agenda in it.
    if (withAgendas.has(groupId)) {
      fail(group, error);
      continue;
    }
    if (isGoogleLimit(error)) throw error;
    report.problems.push({
      severity: 'error',
      tab: groupsTab.name,
      row: group.rowNumber,
      message: `${group.row.name}: its agenda folder's sharing could not be brought up to date (${String(error.message).slice(0, 200)}) — check its Agenda folder cell`,
    });
  }
  // Built-in agendas are uploaded together (agenda-upload.ts); a school's own template is copied one by one.
  const uploads: (AgendaUpload & { rowNumber: number; group: { row: GroupRow; rowNumber: number } })[] = [];
  const templateFolders = new Map<string, GoogleAppsScript.Drive.Folder>();
  for (const { rowNumber, group, meeting } of toMake) {
    const folderId = folders.get(group.row.id)?.id;
    if (!folderId || failedGroups.has(group.row.id)) continue;
    const model = buildAgenda({
      meeting,
      group: group.row,
      schoolGoal: group.row.goal ? goals.get(group.row.goal) : undefined,
      protocol: protocolById(protocols, meeting.protocol ?? group.row.defaultProtocol),
      roster: groupRoster(registry, group.row.id, meeting.date),
      staff,
      style: registry.style,
    });
    const name = agendaName(group.row, meeting);
    if (!settings.agendaTemplate) {
      uploads.push({ folderId, name, meetingKey: meeting.key, html: agendaHtml(model.blocks), rowNumber, group });
      continue;
    }
    // A copy takes seconds: the time left is checked before each.
    if (!budget.allows(docMs)) {
      report.remaining += 1;
      continue;
    }
    try {
      const folder = templateFolders.get(folderId) ?? DriveApp.getFolderById(folderId);
      templateFolders.set(folderId, folder);
      // The same people the folder is shared with: never an outside address the school did not allow, nor
      // someone who has left the school.
      const commenters = settings.agendaAccess === 'comment' ? entitledMembers(registry, group.row, today) : [];
      record(
        rowNumber,
        fromTemplate(settings.agendaTemplate, name, folder, commenters, model.fields, report, meeting.key),
      );
      meetingsSheet.flush();
    } catch (error) {
      fail(group, error);
    }
  }
  if (uploads.length > 0) uploadDue(uploads, registry, today, settings.agendaAccess === 'comment', record, fail);
  meetingsSheet.flush();
  return report;
}

/**
 * The due built-in agendas: the folders listed once (an agenda a stopped run made is recorded, not made again),
 * the rest uploaded together, and each link recorded as it comes back.
 */
function uploadDue(
  uploads: (AgendaUpload & { rowNumber: number; group: { row: GroupRow; rowNumber: number } })[],
  registry: Registry,
  today: string,
  commentOnly: boolean,
  record: (rowNumber: number, url: string) => void,
  fail: (group: { row: GroupRow; rowNumber: number }, error: unknown) => void,
): void {
  /** Comment-only agendas: the group's members the folder is shared with may comment. A failure is the group's own, reported by `fail`. */
  const withCommenters = (docId: string, upload: (typeof uploads)[number]): boolean => {
    const commenters = entitledMembers(registry, upload.group.row, today);
    try {
      if (commenters.length) DriveApp.getFileById(docId).addCommenters(commenters);
      return true;
    } catch (error) {
      fail(upload.group, error);
      return false;
    }
  };
  const existing = agendasInFolders([...new Set(uploads.map((u) => u.folderId))]);
  const toMake = uploads.filter((u) => {
    const found = (existing.get(u.folderId) ?? []).find(
      // Tagged by this version, or named by an earlier one (its names carry the meeting key too).
      // A name alone is taken only from a Doc of the person running this: members may add files to the folder, and
      // a look-alike they own must not become the meeting's agenda (drive-ownership.ts).
      (doc) => doc.meetingKey === u.meetingKey || (doc.meetingKey === undefined && doc.mine && doc.name === u.name),
    );
    // An agenda a stopped run made may have missed its commenters: they are added again (adding is safe to repeat).
    if (found && commentOnly) withCommenters(found.id, u);
    if (found) record(u.rowNumber, docUrl(found.id));
    return !found;
  });
  const failed = new Set<string>();
  for (let i = 0; i < toMake.length; i += uploadsPerRequest) {
    const chunk = toMake.slice(i, i + uploadsPerRequest).filter((u) => !failed.has(u.group.row.id));
    uploadAgendas(chunk).forEach((answer, k) => {
      const upload = chunk[k]!;
      if (answer instanceof Error) {
        failed.add(upload.group.row.id);
        fail(upload.group, answer);
        return;
      }
      if (commentOnly && !withCommenters(answer, upload)) return;
      record(upload.rowNumber, docUrl(answer));
    });
  }
}

interface SharingContext {
  state: RegistryState;
  /** The registry's owner and editors, read once per run and only if a folder needs checking. */
  keep: () => ReadonlySet<string>;
}

function sharingContext(open: OpenRegistry): SharingContext {
  let editors: ReadonlySet<string> | undefined;
  return { state: RegistryState.of(open), keep: () => (editors ??= registryEditors(open)) };
}

function cell(
  sheet: ReturnType<OpenRegistry['tabs']['get']> & object,
  row: number,
  key: keyof typeof meetingsTab.columns,
): string | undefined {
  const value = String(sheet.get(row, meetingsTab.columns[key].header) ?? '').trim();
  return value === '' ? undefined : value.toLowerCase();
}

interface Due {
  rowNumber: number;
  group: { row: GroupRow; rowNumber: number };
  meeting: MeetingRow;
}

/** The agenda folder of each group, by group id: the one recorded, else found or made now. */
function groupFolders(
  open: OpenRegistry,
  registry: Registry,
  groups: readonly { row: GroupRow; rowNumber: number }[],
  fail: (group: { row: GroupRow; rowNumber: number }, error: unknown) => void,
): Map<string, { id: string; madeNow: boolean }> {
  const groupsSheet = open.tabs.get(groupsTab.name)!;
  const folders = new Map<string, { id: string; madeNow: boolean }>();
  const missing: { group: { row: GroupRow; rowNumber: number }; name: string }[] = [];
  for (const group of groups) {
    const recorded = String(groupsSheet.get(group.rowNumber, groupsTab.columns.folder.header) ?? '');
    // Named by the group's key too: two groups with the same Name never share a folder.
    if (recorded) folders.set(group.row.id, { id: recorded, madeNow: false });
    else missing.push({ group, name: `${plgTitle(group.row.name)} agendas (${group.row.key ?? group.row.id})` });
  }
  if (missing.length === 0) return folders;
  try {
    const parentId = ensurePlgFolder(open.tabs.get('Settings')!, registry.settings).getId();
    // A folder a stopped run made before recording it is found by its name, in one listing — only one this admin
    // owns: a member may put a look-alike in the PLG Hub folder, and taking it would share the group's agendas
    // from a folder they control (drive-ownership.ts).
    const found = filesInFolder(parentId, { mimeType: folderMime, mineOnly: true, what: 'the PLG Hub folder' });
    const toCreate = missing.filter((m) => !found.has(m.name));
    const made = createFolders(
      parentId,
      toCreate.map((m) => m.name),
    );
    toCreate.forEach((m, i) => {
      const answer = made[i]!;
      if (answer instanceof Error) fail(m.group, answer);
      else folders.set(m.group.row.id, { id: answer, madeNow: true });
    });
    for (const m of missing) {
      const id = found.get(m.name);
      if (id) folders.set(m.group.row.id, { id, madeNow: false });
      const folder = folders.get(m.group.row.id);
      if (folder) groupsSheet.set(m.group.rowNumber, groupsTab.columns.folder.header, folder.id);
    }
    groupsSheet.flush();
  } catch (error) {
    for (const m of missing) if (!folders.has(m.group.row.id)) fail(m.group, error);
  }
  return folders;
}

/** The finished agenda an interrupted run already made and named (names carry the meeting key), if any. */
function adoptExisting(folder: GoogleAppsScript.Drive.Folder, name: string): string | undefined {
  const files = DriveApp.getFilesByName(name);
  if (!files.hasNext()) return undefined;
  const file = files.next();
  moveInto(file, folder);
  return file.getUrl();
}

/**
 * A Doc carries its final name only once its contents are saved: until then it is "… (being prepared)", so a run
 * stopped half-way leaves a Doc the next run finishes (or replaces), never a blank agenda that looks done.
 */
function preparingName(name: string): string {
  return `${name} (being prepared)`;
}

function moveInto(file: GoogleAppsScript.Drive.File, folder: GoogleAppsScript.Drive.Folder): void {
  const parents = file.getParents();
  if (!parents.hasNext() || parents.next().getId() !== folder.getId()) file.moveTo(folder);
}

function unfinished(name: string): GoogleAppsScript.Drive.File | undefined {
  const files = DriveApp.getFilesByName(preparingName(name));
  return files.hasNext() ? files.next() : undefined;
}

/** A school's own template: copied into the folder and its {{placeholders}} filled; unknown ones are reported. */
function fromTemplate(
  templateId: string,
  name: string,
  folder: GoogleAppsScript.Drive.Folder,
  commenters: string[],
  fields: Record<(typeof knownPlaceholders)[number], string>,
  report: AgendaReport,
  meetingKey: string,
): string {
  const adopted = adoptExisting(folder, name);
  if (adopted) return adopted;
  // A half-filled copy cannot be told apart from the template's own text: start again from a fresh copy.
  unfinished(name)?.setTrashed(true);
  const copy = DriveApp.getFileById(fileIdOf(templateId) ?? templateId).makeCopy(preparingName(name), folder);
  if (commenters.length) copy.addCommenters(commenters);
  const doc = DocumentApp.openById(copy.getId());
  const url = doc.getUrl();
  const body = doc.getBody();
  const found = findPlaceholders(body.getText());
  for (const unknown of unknownPlaceholders(found)) {
    report.problems.push({
      severity: 'warning',
      tab: 'Settings',
      column: 'Agenda template Doc',
      value: `{{${unknown}}}`,
      message: `is not a placeholder PLG Hub knows (agenda for ${meetingKey}) — use one of ${knownPlaceholders.map((p) => `{{${p}}}`).join(', ')}`,
    });
  }
  for (const key of knownPlaceholders) {
    // Names are matched loosely ({{ Note taker }} is {{note_taker}}); replaceText takes a regular expression.
    const loose = key.replace(/_/g, '[\\s_-]*');
    body.replaceText(`\\{\\{\\s*(?i)${loose}\\s*\\}\\}`, fields[key].replace(/\$/g, '$$$$'));
  }
  doc.saveAndClose();
  copy.setName(name);
  return url;
}

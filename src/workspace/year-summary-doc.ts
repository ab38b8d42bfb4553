// Year summaries: one Doc per active group (core/report/year-summary.ts) in the PLG Hub folder, made on the admin's
// press and rewritten in place on every later press — never a second Doc. Its id is recorded in the registry's
// state the moment it exists; a press stopped before that finds it again by its name, which carries the group's
// key and the school year. Shared with nobody: the admin shares it with the group when they choose.
import { ownedByMe } from './drive-ownership';
import { wallClock } from '../core/registry/cells';
import { plgTitle } from '../core/registry/plg-title';
import { schoolYearLabel, yearSummary, yearSummaryBlocks } from '../core/report/year-summary';
import type { GroupRow } from '../core/registry/tabs';
import { protocolsTab } from '../core/protocols/protocols-tab';
import type { ApplyBudget } from './calendar-apply';
import { writeBlocks } from './doc-blocks';
import { isGoogleLimit } from './google-limits';
import { ensurePlgFolder } from './plg-folder';
import { readProtocols } from './read-protocols';
import { openRegistry, readableRegistry } from './registry-io';
import { RegistryState } from './registry-state';

/** Making a Doc, moving it into the folder and writing it: about two seconds, with room to spare. */
const docMs = 3_000;

export interface YearSummaryDoc {
  group: string;
  url: string;
}

export interface YearSummariesReport {
  made: number;
  updated: number;
  /** Groups whose summary did not fit in this press. */
  remaining: number;
  docs: YearSummaryDoc[];
}

export function yearSummaryName(group: Pick<GroupRow, 'name' | 'id' | 'key'>, year: string): string {
  return `${plgTitle(group.name)} — year summary ${year} [${group.key ?? group.id}]`;
}

const stateKey = (group: Pick<GroupRow, 'id' | 'key'>, yearStart: string) =>
  `yearSummary.${group.key ?? group.id}.${yearStart}`;

export function writeYearSummaries(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  budget: ApplyBudget,
): YearSummariesReport {
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  const registry = readableRegistry(open);
  const { settings } = registry;
  const today = wallClock(now, settings.timeZone).date;
  const { protocols } = readProtocols(open);
  const state = RegistryState.of(open);
  const year = schoolYearLabel(settings.yearStart, settings.yearEnd);
  const report: YearSummariesReport = { made: 0, updated: 0, remaining: 0, docs: [] };
  let folder: GoogleAppsScript.Drive.Folder | undefined;
  for (const { row: group } of registry.groups) {
    if (!group.active) continue;
    if (!budget.allows(docMs)) {
      report.remaining += 1;
      continue;
    }
    const key = stateKey(group, settings.yearStart);
    const name = yearSummaryName(group, year);
    let doc = openRecorded(state.get(key));
    if (doc) report.updated += 1;
    else {
      folder ??= ensurePlgFolder(open.tabs.get('Settings')!, settings);
      doc = adoptOrCreate(name, folder, (id) => {
        state.set(key, id);
        state.flush();
      });
      report.made += 1;
    }
    const url = doc.getUrl();
    writeBlocks(doc.getBody(), yearSummaryBlocks(yearSummary(registry, group.id, today, protocols), registry.style));
    doc.saveAndClose();
    report.docs.push({ group: group.name, url });
  }
  return report;
}

/** The recorded Doc, unless it was deleted or put in the bin (then a new one is made). */
function openRecorded(id: string | undefined): GoogleAppsScript.Document.Document | undefined {
  if (!id) return undefined;
  try {
    if (DriveApp.getFileById(id).isTrashed()) return undefined;
    return DocumentApp.openById(id);
  } catch (error) {
    if (isGoogleLimit(error)) throw error;
    return undefined;
  }
}

/** The Doc a stopped press made but did not record (found by its unique name), or a new one; recorded at once. */
function adoptOrCreate(
  name: string,
  folder: GoogleAppsScript.Drive.Folder,
  record: (id: string) => void,
): GoogleAppsScript.Document.Document {
  const found = DriveApp.getFilesByName(name);
  while (found.hasNext()) {
    const file = found.next();
    // Only a Doc this admin owns is taken as one a stopped press made (drive-ownership.ts).
    if (file.isTrashed() || file.getMimeType() !== MimeType.GOOGLE_DOCS || !ownedByMe(file)) continue;
    record(file.getId());
    moveInto(file, folder);
    return DocumentApp.openById(file.getId());
  }
  const doc = DocumentApp.create(name);
  record(doc.getId());
  DriveApp.getFileById(doc.getId()).moveTo(folder);
  return doc;
}

function moveInto(file: GoogleAppsScript.Drive.File, folder: GoogleAppsScript.Drive.Folder): void {
  const parents = file.getParents();
  if (!parents.hasNext() || parents.next().getId() !== folder.getId()) file.moveTo(folder);
}

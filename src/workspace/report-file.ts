// The PLG report (core/report/report-html.ts) as a file in the registry's PLG Hub folder, rewritten by each Refresh
// dashboard: made once and recorded in the registry's state the moment it exists, so a refresh stopped half-way
// never leaves two. Shared with nobody: like the Dashboard tab, its figures pass the anonymity threshold, but who
// reads it is the admin's choice (Drive's Share button), not PLG Hub's.
import type { Registry } from '../core/registry/registry';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';

const reportKey = 'report.file';

export function reportFileName(school: string): string {
  return `PLG report — ${school}.html`;
}

/** Writes the report; returns its file id. */
export function writeReportFile(open: OpenRegistry, registry: Registry, html: string): string {
  const state = RegistryState.of(open);
  const recorded = state.get(reportKey);
  if (recorded) {
    try {
      const file = DriveApp.getFileById(recorded);
      if (!file.isTrashed()) {
        file.setContent(html);
        return recorded;
      }
    } catch {
      // Deleted for good: made again below.
    }
  }
  const folder = ensurePlgFolder(open.tabs.get('Settings')!, registry.settings);
  const name = reportFileName(registry.settings.school);
  const existing = folder.getFilesByName(name);
  const file = existing.hasNext() ? existing.next() : folder.createFile(name, '', 'text/html');
  state.set(reportKey, file.getId());
  state.flush();
  file.setContent(html);
  return file.getId();
}

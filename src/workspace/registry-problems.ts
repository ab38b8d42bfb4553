// Everything Validate reports: unreadable cells and references, unknown protocol ids, and the guideline checks.
// The homepage shows the same counts, so the two never disagree.
import { runGuidelineChecks } from '../core/checks';
import type { Problem } from '../core/problems';
import { protocolReferenceProblems } from '../core/protocols/protocol-references';
import { protocolsTab } from '../core/protocols/protocols-tab';
import { wallClock } from '../core/registry/cells';
import { readProtocols } from './read-protocols';
import { openRegistry, type OpenRegistry } from './registry-io';

export function openRegistryWithProblems(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
): { open: OpenRegistry; problems: Problem[] } {
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  const { registry, problems } = open.read;
  const all = [...problems];
  if (registry) {
    const { protocols, problems: protocolProblems } = readProtocols(open);
    all.push(...protocolProblems, ...protocolReferenceProblems(registry, protocols));
    all.push(...runGuidelineChecks(registry, wallClock(now, registry.settings.timeZone).date));
  }
  return { open, problems: all };
}

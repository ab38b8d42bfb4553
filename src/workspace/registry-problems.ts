// Everything Validate reports: unreadable cells and references, unknown protocol ids, and the guideline checks.
// The homepage shows the same counts, so the two never disagree.
import { runGuidelineChecks } from '../core/checks';
import type { Problem } from '../core/problems';
import { protocolReferenceProblems } from '../core/protocols/protocol-references';
import { protocolsTab } from '../core/protocols/protocols-tab';
import { wallClock } from '../core/registry/cells';
import { readProtocols } from './read-protocols';
import { openRegistry, writeProblems, type OpenRegistry } from './registry-io';
import { meetingWhenText } from '../core/schedule/local-style';

export function openRegistryWithProblems(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
): { open: OpenRegistry; problems: Problem[] } {
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  return { open, problems: problemsOf(open, now) };
}

/** Validate's problems for a registry already open (with its Protocols tab, as the sync pass opens it). */
export function problemsOf(open: OpenRegistry, now: Date): Problem[] {
  const { registry, problems } = open.read;
  const all = [...problems];
  if (registry) {
    const { protocols, problems: protocolProblems } = readProtocols(open);
    all.push(...protocolProblems, ...protocolReferenceProblems(registry, protocols));
    all.push(...runGuidelineChecks(registry, wallClock(now, registry.settings.timeZone).date));
  }
  return all;
}

/**
 * Rewrites the Problems tab, saying when: Validate, Preview and Apply all refresh it, so it never shows findings
 * that are no longer true without saying how old they are.
 */
export function refreshProblems(open: OpenRegistry, now: Date): Problem[] {
  const problems = problemsOf(open, now);
  const registry = open.read.registry;
  const asOf = registry
    ? (() => {
        const { date, time } = wallClock(now, registry.settings.timeZone);
        return meetingWhenText(date, time, registry.style);
      })()
    : undefined;
  writeProblems(open, problems, asOf);
  return problems;
}

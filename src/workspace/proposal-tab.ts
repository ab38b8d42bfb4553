// Form groups' Proposal tab: the builder's roster written for the admin to edit (one row per person, every
// person-typed text escaped so a name or department never runs as a formula), and what Propose recorded about it
// (which groups are new, for which date) kept in the registry's own state tab, where Adopt reads it back.
import { buildProposal, type BuilderOptions, type Proposal } from '../core/builder/build-proposal';
import { proposalRows, proposalTabName, recordOf, RecordedProposal } from '../core/builder/proposal-tab';
import { escapeForCell } from '../core/escape';
import { wallClock } from '../core/registry/cells';
import { laterDate } from '../core/schedule/calendar-days';
import { rewriteOwnedTab } from './owned-tab';
import { openRegistry, readableRegistry, type OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';

const recordKey = 'builder.proposal';

/**
 * Reads the registry, proposes for today in the school's zone (the school year's first day in the summer), and
 * writes the Proposal tab; nothing else in the registry changes.
 */
export function proposeGroups(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  choice: Omit<BuilderOptions, 'date'>,
  now: Date,
): Proposal {
  const open = openRegistry(spreadsheet);
  const registry = readableRegistry(open);
  const date = laterDate(wallClock(now, registry.settings.timeZone).date, registry.settings.yearStart);
  const proposal = buildProposal(registry, { ...choice, date });
  if (proposal.refusal) return proposal;
  rewriteOwnedTab(
    spreadsheet,
    proposalTabName,
    proposalRows(proposal).map((row) => row.map((cell) => escapeForCell(cell))),
  );
  const state = RegistryState.of(open);
  state.set(recordKey, JSON.stringify(recordOf(proposal)));
  state.flush();
  return proposal;
}

/** What the last Propose recorded, or undefined when there was none (or it no longer reads). */
export function recordedProposal(open: OpenRegistry): RecordedProposal | undefined {
  const raw = RegistryState.of(open).get(recordKey);
  if (!raw) return undefined;
  try {
    const parsed = RecordedProposal.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

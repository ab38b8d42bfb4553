// Set up and Validate: the admin's first two actions on a registry.
import { describeProblem, type Problem } from '../core/problems';
import { registryTabSpecs, seedRows } from '../workspace/registry-tabs';
import { refreshProblems } from '../workspace/registry-problems';
import { protocolsTab } from '../core/protocols/protocols-tab';
import { matchSpreadsheetZone, setUpRegistry } from '../workspace/setup-registry';
import { openRegistry } from '../workspace/registry-io';
import { UserFacingError } from '../workspace/user-facing-error';
import { button, buttons, card, escapeHtml, paragraph, respond, section } from './cards/widgets';
import { activeRegistry, rememberRegistry, requireEditor } from './registry-context';
import { buildStatusCard } from './sheets-homepage';
import { guarded } from './guarded';

export const onSetUp = guarded('Set up', () => {
  const spreadsheet = requireRegistry();
  const report = setUpRegistry(spreadsheet, registryTabSpecs, seedRows);
  const parts = [
    report.tabsCreated.length ? `added ${report.tabsCreated.length} tabs` : '',
    report.columnsAdded.length ? `added ${report.columnsAdded.length} missing columns` : '',
    report.settingsAdded.length ? `added ${report.settingsAdded.length} settings` : '',
    report.spreadsheetZoneSetTo ? `set the spreadsheet's time zone to ${report.spreadsheetZoneSetTo}` : '',
  ].filter(Boolean);
  const said = parts.length
    ? `Set up ${parts.join(', ')}. Nothing of yours was moved or erased.`
    : 'The registry already has every tab and column.';
  return respond(said, buildStatusCard(spreadsheet));
});

export const onValidate = guarded('Validate', () => {
  const spreadsheet = requireRegistry();
  const { problems } = validateRegistry(spreadsheet);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const shown = [...errors, ...warnings].slice(0, 12);
  const summary =
    problems.length === 0
      ? 'No problems found.'
      : `${errors.length} to fix, ${warnings.length} to consider — all on the Problems tab.`;
  return respond(
    summary,
    card('Validation', [
      section(undefined, [paragraph(escapeHtml(summary))]),
      ...(shown.length
        ? [
            section(
              'First problems',
              shown.map((p) => paragraph(problemLine(p))),
            ),
          ]
        : []),
      ...zoneFix(problems),
      section(undefined, [buttons(button('Back', 'onShowHome'))]),
    ]),
    false,
  );
});

/** The one-press fix for a spreadsheet whose own zone is not the school's (core/registry/registry.ts). */
function zoneFix(problems: readonly Problem[]) {
  const mismatch = problems.find((p) => p.code === 'spreadsheet-time-zone');
  if (!mismatch?.value) return [];
  return [
    section('Time zone', [
      paragraph(escapeHtml(describeProblem(mismatch))),
      buttons(button(`Use ${mismatch.value} for the spreadsheet`, 'onMatchSpreadsheetZone')),
    ]),
  ];
}

/**
 * Gives the spreadsheet the zone Settings names. The zone comes from the registry as read now, never from the
 * button (a card parameter is not to be trusted), and only a valid Settings zone is ever applied.
 */
export const onMatchSpreadsheetZone = guarded('Use the school time zone', () => {
  const spreadsheet = requireRegistry();
  const zone = openRegistry(spreadsheet).read.registry?.settings.timeZone;
  if (!zone) throw new UserFacingError('Settings ▸ Time zone cannot be read — press Validate to see what to fix.');
  if (spreadsheet.getSpreadsheetTimeZone() !== zone) matchSpreadsheetZone(spreadsheet, zone);
  validateRegistry(spreadsheet);
  return respond(
    `The spreadsheet now keeps ${zone}, the school's time zone; every date and time shows what was typed.`,
    buildStatusCard(spreadsheet),
  );
});

export const onShowHome = guarded('Home', () =>
  respond('Registry status refreshed.', buildStatusCard(requireRegistry())),
);

/** Reads the registry, adds the guideline checks, and rewrites the Problems tab. */
export function validateRegistry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): { problems: Problem[] } {
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  return { problems: refreshProblems(open, new Date()) };
}

function problemLine(p: Problem): string {
  const mark =
    p.severity === 'error' ? '<font color="#b3261e"><b>Fix</b></font>' : '<font color="#8a5a00"><b>Consider</b></font>';
  return `${mark} ${escapeHtml(describeProblem(p))}`;
}

/**
 * The registry open in Sheets, for someone who may edit it (addon/registry-context.ts). Whoever acts on a
 * registry looks after it: their own hourly run includes it from now on. An action that only looks (Preview, a
 * Continue with nothing left) leaves the hourly run nothing to do, and passes `remember: false` to spare the read.
 */
export function requireRegistry({ remember = true } = {}): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const spreadsheet = activeRegistry();
  if (!spreadsheet) throw new UserFacingError('Open the PLG registry spreadsheet first.');
  requireEditor(spreadsheet);
  if (remember) rememberRegistry(spreadsheet);
  return spreadsheet;
}

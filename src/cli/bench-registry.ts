// Reading and validating a district-sized registry (about 2,000 staff, 200 groups, a year of meetings): the
// calls one Validate makes (one getValues per tab), and the Node time the core spends reading and checking it.
import { performance } from 'node:perf_hooks';
import { runGuidelineChecks } from '../core/checks';
import { readRegistry, registryTabNames } from '../core/registry/registry';
import { findButtons } from '../emulator/cards/interact';
import { startSchool } from '../emulator/harness';
import { readSheetValues } from '../emulator/spreadsheet';

// The sample school's proportions give about 2,000 staff in groups of 8–12 at this size.
const s = startSchool({ seed: 1, staff: 2_350, withFindings: false });
s.press(s.open('onSheetsHomepage'), 'Set up');
s.fillRegistry();
const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes'); // generates a year of meetings
if (!findButtons(preview).some((b) => b.text.startsWith('Apply'))) throw new Error('Preview offered nothing to apply');

const home = s.open('onSheetsHomepage');
const before = s.ws.meter.snapshot();
s.press(home, 'Validate');
const used = s.ws.meter.since(before);
const reads = used.counts['SpreadsheetApp.Range.getValues'] ?? 0;

const tabs = Object.fromEntries(registryTabNames.map((name) => [name, readSheetValues(s.ws, s.spreadsheetId, name)]));
readRegistry(tabs); // warm-up: zod compiles each cell schema on first use
const runs = 5;
let readMs = 0;
let checkMs = 0;
let size = { staff: 0, groups: 0, meetings: 0 };
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const { registry } = readRegistry(tabs);
  const t1 = performance.now();
  runGuidelineChecks(registry!, '2026-10-05');
  checkMs += performance.now() - t1;
  readMs += t1 - t0;
  size = { staff: registry!.staff.length, groups: registry!.groups.length, meetings: registry!.meetings.length };
}
const figures = {
  staff: size.staff,
  groups: size.groups,
  meetings: size.meetings,
  validateCalls: used.total,
  getValuesCalls: reads,
  registryTabs: registryTabNames.length,
  readAndValidateMs: Math.round(readMs / runs),
  guidelineChecksMs: Math.round(checkMs / runs),
};
console.log(
  `Registry of ${size.staff} staff, ${size.groups} groups, ${size.meetings} meetings: Validate made ${used.total} service calls ` +
    `(${reads} getValues: one per tab, ${registryTabNames.length} registry tabs and Protocols); reading and validating took ` +
    `${figures.readAndValidateMs} ms, the guideline checks ${figures.guidelineChecksMs} ms (Node, mean of ${runs}).`,
);
console.log(`BENCH ${JSON.stringify({ scenario: 'registry read', ...figures })}`);

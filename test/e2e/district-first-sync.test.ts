// A district's first sync, left to the hourly run as its admin would: Apply once, then the hourly trigger. Forms
// and events go in turns (workspace/sync-slice.ts) — each build of forms sized to the next minute of Calendar's
// per-person limit, and no sleeping for Calendar while forms are still to build — so one hourly run writes about
// five minutes of Calendar's limit, and the teachers' cards go while Calendar's minute empties. A school of 1,650
// staff (132 groups, 2,760 events: the size of the district the performance issue measured) is finished by the
// first hourly run; when every build was 40 forms, a run slept for Calendar between them and the cards waited for
// the last event, it took two.
import { appsScriptCpuFactor } from '../../src/emulator/cpu-time';
import { applyButtonText, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { ExecutionRecorder } from '../../src/emulator/bench/execution-recorder';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { syncOutcome } from '../../src/emulator/bench/sync-outcome';
import { startSchool } from '../../src/emulator/harness';
import { lastRun } from '../../src/emulator/demo-flow';

jest.setTimeout(120_000);

it('a 1,650-staff school is synced by Apply and one hourly run, each event once, every run in its limit', () => {
  const s = startSchool({ seed: 1, staff: 1_650, withFindings: false, cpuFactor: appsScriptCpuFactor });
  setUpAndFill(s);
  const recorder = new ExecutionRecorder(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  s.press(preview, applyButtonText(preview)!);
  expect(passAnHour(s)).toBe(true);

  // The hourly run's log counts each group's form once, and says the sync is done.
  const groups = s.school.tabs.Groups!.filter((g) => g.Active !== 'No').length;
  expect(lastRun(s)).toContain(`Feedback forms: ${groups} made`);
  expect(saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))).toBe(true);
  const outcome = syncOutcome(s);
  expect(outcome.duplicated).toEqual([]);
  expect(outcome.unrecorded).toEqual([]);
  const scheduled = Object.values(outcome.meetings).filter((row) => row.includes('Status: scheduled'));
  expect(scheduled.length).toBeGreaterThan(2_700);
  expect(Object.keys(outcome.events).length).toBe(scheduled.length);
  for (const e of recorder.executions) expect(e.modeledMs).toBeLessThanOrEqual(e.limitMs);
});

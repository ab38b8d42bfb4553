// From an adversarial review: the hourly run's budget went from 270 s to 330 s of its 6 minutes, while a Forms
// phase waited for Forms' 150-writes-a-minute limit (forms-api.ts pace) without asking the budget. At 3,000 staff
// the first hourly run's last build checked its budget at about 316 s, then slept about 16 s for Forms before
// publishing, and the run ended at about 336 s: over its own budget, 24 s inside Apps Script's limit. Each phase's
// wait now counts against the budget before the phase starts.
import { appsScriptCpuFactor } from '../../src/emulator/cpu-time';
import { applyButtonText, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { ExecutionRecorder } from '../../src/emulator/bench/execution-recorder';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { startSchool } from '../../src/emulator/harness';
import { triggerBudgetMs } from '../../src/addon/budget';

jest.setTimeout(180_000);

it("a 3,000-staff school's first hourly run, building forms to its budget's end, stays inside 6 minutes", () => {
  const s = startSchool({ seed: 1, staff: 3_000, withFindings: false, cpuFactor: appsScriptCpuFactor });
  setUpAndFill(s);
  const recorder = new ExecutionRecorder(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  s.press(preview, applyButtonText(preview)!);
  passAnHour(s);
  const hourly = recorder.executions.filter((e) => e.entryPoint === 'onHourlyTick');
  expect(hourly).toHaveLength(1);
  for (const e of hourly) {
    expect(e.modeledMs).toBeLessThanOrEqual(e.limitMs);
    // Its own budget too, give or take a step that ran a few seconds past its estimate: a Forms phase's wait for
    // the minute is counted before the phase starts (tracked-form.ts), not slept through after the budget is spent.
    expect(e.modeledMs).toBeLessThanOrEqual(triggerBudgetMs + 5_000);
  }
});

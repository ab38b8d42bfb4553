// Found by an adversarial review of "each slice writes the events already possible first, builds just enough forms
// for the next minute of Calendar's limit" (3e4554d): a card's builds are now smaller (the build leaves 7 s for a
// Calendar round, and is sized to the next round), and a build of fewer than 15 forms sends each Forms phase as
// fewer than 15 writes — under the tenth of Forms' 150-a-minute limit below which rate-log.ts does not keep the
// writes in the person's record. The admin's hourly trigger firing moments after their Apply (it fires at its own
// minute of the hour, README "Long work, limits and resuming") then paces from an empty record, overshoots
// Forms' per-minute write limit, and Google's "slow down" stops the hour's sync.
import { appsScriptCpuFactor } from '../../src/emulator/cpu-time';
import { applyButtonText, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { lastRun } from '../../src/emulator/demo-flow';
import { startSchool } from '../../src/emulator/harness';

jest.setTimeout(120_000);

it('an hourly run that fires moments after Apply carries the sync on instead of being told to slow down by Forms', () => {
  // A large school in a short term: groups with few meetings left, so the hourly run builds forms 40 at a time.
  const s = startSchool({ seed: 1, staff: 1_000, withFindings: false, cpuFactor: appsScriptCpuFactor });
  s.school.settings['School year end'] = '2026-09-30';
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  s.press(preview, applyButtonText(preview)!);
  const afterApply = lastRun(s);
  const madeByApply = Number(/Feedback forms: (\d+) made/.exec(afterApply)?.[1]);
  // The trigger's minute comes right after the Apply: no hour passes between them.
  s.ws.clock.nowMs -= 3_600_000;
  passAnHour(s);

  const hourly = lastRun(s);
  expect(hourly).not.toMatch(/slow down/i);
  expect(Number(/Feedback forms: (\d+) made/.exec(hourly)?.[1])).toBeGreaterThan(madeByApply);
  expect(hourly).toMatch(/agendas wait for the next hour/);
});

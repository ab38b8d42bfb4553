// From an adversarial review of the turns of forms and events (sync-slice.ts): a card's build of fewer than 15 forms
// sends each Forms phase as fewer than 15 writes — under the tenth of Forms' 150-a-minute limit below which
// rate-log.ts kept no record of them — so the admin's hourly trigger firing moments after their Apply (it fires at
// its own minute of the hour, README "Long work, limits and resuming") paced from an empty record, overshot Forms'
// per-minute write limit, and Google's "slow down" stopped the hour's sync. That happened while each card build
// kept time back for a Calendar round (since undone); every Forms write is now kept in the record, one record per
// build (forms-api.ts formsWritePacer). These guard both shapes of school: builds of 40 and builds of 14.
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

it('a school of weekly groups, whose builds are a dozen forms each, is not told to slow down by the hourly run after Apply', () => {
  // About 40 meetings a group: a minute of Calendar writes is 14 groups' events, so each build is 14 forms and each
  // Forms phase 14 writes — fewer than the 15 below which the person's record of them was not kept.
  const s = startSchool({ seed: 1, staff: 1_000, withFindings: false, cpuFactor: appsScriptCpuFactor });
  for (const group of s.school.tabs.Groups!) group.Cadence = 'weekly';
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  s.press(preview, applyButtonText(preview)!);
  expect(lastRun(s)).not.toMatch(/slow down/i);
  s.ws.clock.nowMs -= 3_600_000;
  passAnHour(s);
  const hourly = lastRun(s);
  expect(hourly).not.toMatch(/slow down/i);
  expect(Number(/Feedback forms: (\d+) made/.exec(hourly)?.[1])).toBeGreaterThan(30);
});

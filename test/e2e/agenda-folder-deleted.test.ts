// An agenda folder someone deleted for good (emptied from the trash) while its group's roster stayed the same:
// written as that admin. The other groups' agendas are still made at the next run, and the group whose folder
// is gone is named in the run's problems, not silently skipped.
import { applyButtonText, continueUntilDone } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { tabRecords } from '../../src/emulator/bench/sync-outcome';
import { lastRun } from '../../src/emulator/demo-flow';
import { startSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(120_000);

it("a group's agenda folder emptied from the trash holds up no other group's agendas", () => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  s.school.settings['Agenda lead days'] = 35;
  keepFirstGroups(s.school, 3);
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
  s.ws.clock.nowMs = new Date('2026-09-03T12:00:00Z').getTime();
  passAnHour(s);
  const groups = tabRecords(s, 'Groups').filter((g) => String(g['Agenda folder']));
  expect(groups.length).toBeGreaterThan(1);
  const victim = groups[0]!;
  const othersLinked = () =>
    tabRecords(s, 'Meetings').filter((m) => String(m.Agenda) && m['Group id'] !== victim['Group id']).length;
  const before = othersLinked();
  delete s.ws.files[String(victim['Agenda folder'])];
  // Five weeks on: every group has new meetings inside the lead time; nobody joined or left.
  s.ws.clock.nowMs += 35 * 24 * 3600_000;
  passAnHour(s);
  expect(othersLinked()).toBeGreaterThan(before);
  expect(lastRun(s)).toContain(String(victim.Name));
});

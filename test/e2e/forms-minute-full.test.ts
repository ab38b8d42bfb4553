// The admin moves a meeting and presses Apply moments after the hourly run built forms and so filled their Forms
// minute (Google allows 150 Forms writes a minute per person). The moved meeting's feedback-form dropdown is one
// more Forms write: PLG Hub used to sleep for the minute inside the press, past Apply's 30 seconds. Now the
// dropdown waits for the next press or hour, counted as work left, and the Apply answers in time.
import { applyButtonText, continueUntilDone, smallSchoolSynced } from '../../src/emulator/bench/admin-sync';
import { ExecutionRecorder } from '../../src/emulator/bench/execution-recorder';
import { moveOneMeeting } from '../../src/emulator/bench/registry-edits';
import { formsState } from '../../src/emulator/forms/model';
import { notificationText } from '../../src/emulator/cards/interact';
import type { EmulatedSchool } from '../../src/emulator/harness';

it('a moved meeting applied while the Forms minute is full answers within 30 s, and its dropdown follows later', () => {
  const s = smallSchoolSynced();
  const recorder = new ExecutionRecorder(s);
  const moved = moveOneMeeting(s);
  const [, oldDate, newDate] = /: (\S+) → (\S+)$/.exec(moved) ?? [];
  // The hourly run has just built forms: this person's last minute of Forms writes is full.
  const properties = s.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
  properties
    .getUserProperties()
    .setProperty('plgHub.recentRequests.forms.write', JSON.stringify([[s.ws.clock.nowMs, 150]]));

  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const applied = s.press(preview, applyButtonText(preview)!);
  const apply = recorder.executions.at(-1)!;
  expect(apply.entryPoint).toBe('onApply');
  expect(apply.modeledMs).toBeLessThanOrEqual(apply.limitMs);
  expect(notificationText(applied) ?? '').not.toMatch(/error|went wrong/i);

  // Until the minute has room the dropdown still offers the old date; a minute later the admin presses Continue,
  // and it offers the new one instead.
  expect(dropdownDates(s)).toContain(label(oldDate!));
  s.ws.clock.nowMs += 60_000;
  continueUntilDone(s, applied);
  expect(dropdownDates(s)).toContain(label(newDate!));
  expect(dropdownDates(s)).not.toContain(label(oldDate!));
});

/** Every date the feedback forms' Meeting dropdowns offer. */
function dropdownDates(s: EmulatedSchool): string[] {
  return Object.values(formsState(s.ws).forms).flatMap((f) =>
    f.items.filter((i) => i.title === 'Meeting').flatMap((i) => i.choices ?? []),
  );
}

/** A date as the dropdown words it: "Thu, Oct 29, 2026". */
function label(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

// A large school's first sync left to the hourly run goes in turns — forms built while Calendar's minute empties,
// events written as the minute allows, the teachers' cards once every form is made (workspace/sync-slice.ts).
// Stopped at any of its calls (Google's 6-minute stop, a refused call, "slow down"), the hours after it carry on to
// the calendar, forms, invitations and Meetings tab an uninterrupted run leaves: no event twice, none lost, each
// with its group's feedback link, one form per group. HOURLY_FAULT_SWEEP_STRIDE=1 tries every call.
import { applyButtonText, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { firstDifference, recordingCallKinds } from '../../src/emulator/bench/fault-sweep-support';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { syncOutcome, type SyncOutcome } from '../../src/emulator/bench/sync-outcome';
import type { FaultKind } from '../../src/emulator/errors';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(300_000);

const faults: FaultKind[] = ['timeLimit', 'rateLimit', 'quota'];
const stride = Number(process.env.HOURLY_FAULT_SWEEP_STRIDE ?? 11);
/** Hours after the stopped one in which the sync must be done (an uninterrupted run needs one or two). */
const hoursToCarryOn = 4;

/**
 * The sync's outcome without the agenda links: agendas are the hourly run's work for the coming week once a sync is
 * done, made in the first later hour that does not carry a sync on, so after a stopped run they come an hour later,
 * as new Docs — or not yet, when the sync is found done.
 */
function withoutAgendas(outcome: SyncOutcome): SyncOutcome {
  const events = Object.fromEntries(
    Object.entries(outcome.events).map(([key, e]) => [
      key,
      { ...e, description: e.description.replace(/^Agenda: .*\n?/gm, '') },
    ]),
  );
  const meetings = Object.fromEntries(
    Object.entries(outcome.meetings).map(([key, cells]) => [
      key,
      cells.map((c) => c.replace(/^Agenda: .*$/, 'Agenda: …')),
    ]),
  );
  return { ...outcome, events, meetings };
}

/** Hours pass until a Preview finds nothing to send; the hours it took, or undefined if it never did. */
function hoursUntilSynced(s: EmulatedSchool): number | undefined {
  for (let hours = 1; hours <= hoursToCarryOn; hours++) {
    passAnHour(s);
    if (saysNothingToSend(s.press(s.open('onSheetsHomepage'), 'Preview changes'))) return hours;
  }
  return undefined;
}

describe("a large school's first hourly run stopped at any call", () => {
  let afterApply: SavedSchool;
  let expected: SyncOutcome;
  const kinds = new Map<number, string>();
  let calls = { first: 0, last: 0 };

  beforeAll(() => {
    const s = startSchool({ seed: 3, staff: 400, withFindings: false });
    setUpAndFill(s);
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    s.press(preview, applyButtonText(preview)!);
    afterApply = saveSchool(s);
    const calm = reopenSchool(afterApply);
    calls.first = calm.ws.meter.total + 1;
    recordingCallKinds(calm, kinds, () => passAnHour(calm));
    calls = { ...calls, last: calm.ws.meter.total };
    expect(hoursUntilSynced(calm)).toBeDefined();
    expected = withoutAgendas(syncOutcome(calm));
  });

  it('carries on to the same calendar, forms, invitations and Meetings tab', () => {
    // The uninterrupted run is a sync in turns: it built forms and wrote events in the same hour.
    expect(calls.last - calls.first).toBeGreaterThan(60);
    expect(expected.duplicated).toEqual([]);
    const failures: string[] = [];
    let tried = 0;
    for (let at = calls.first, i = 0; at <= calls.last; at += stride, i++) {
      const fault = faults[i % faults.length]!;
      const where = `${fault} at call ${at} (${kinds.get(at)})`;
      const s = reopenSchool(afterApply);
      s.ws.meter.inject({ atCall: at, fault });
      try {
        passAnHour(s);
      } catch {
        // Stopped before its own error handling began (taking the lock): Apps Script ends the run there.
      }
      tried += 1;
      if (hoursUntilSynced(s) === undefined) {
        failures.push(`${where}: not in sync ${hoursToCarryOn} hours later`);
        continue;
      }
      const outcome = withoutAgendas(syncOutcome(s));
      if (outcome.duplicated.length) failures.push(`${where}: duplicate events ${outcome.duplicated.join(', ')}`);
      if (outcome.unrecorded.length) failures.push(`${where}: writes not recorded ${outcome.unrecorded.join(', ')}`);
      for (const part of ['events', 'forms', 'emails', 'meetings'] as const) {
        if (JSON.stringify(outcome[part]) !== JSON.stringify(expected[part]))
          failures.push(`${where}: ${part} differ, ${firstDifference(outcome[part], expected[part])}`);
      }
    }
    console.log(
      `Hourly turns fault sweep: ${tried} stops at every ${stride}th of the first hourly run's calls ${calls.first}–${calls.last}, faults ${faults.join(', ')}: ${failures.length} failures`,
    );
    expect(failures).toEqual([]);
  });
});

// Two runs never write at once. While another run holds the script lock, an admin pressing Apply is told
// plainly that another run is working and nothing is written; the hourly trigger skips its hour.
import { applyButtonText, offersContinue, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { footprint, type Footprint } from '../../src/emulator/bench/call-floor';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { holdScriptLockElsewhere, releaseScriptLockElsewhere } from '../../src/emulator/base-services/lock';
import { sentInvitations } from '../../src/emulator/calendar';
import { notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';

jest.setTimeout(60_000);

function sameWorkspace(a: Footprint, b: Footprint): boolean {
  return (
    JSON.stringify([...a.tabs]) === JSON.stringify([...b.tabs]) &&
    JSON.stringify([...a.eventEtags]) === JSON.stringify([...b.eventEtags]) &&
    a.files === b.files &&
    a.calendars === b.calendars
  );
}

describe('while another PLG Hub run holds the lock', () => {
  let s: EmulatedSchool;
  let preview: unknown;
  const consoleError = jest.spyOn(console, 'error');

  beforeAll(() => {
    consoleError.mockImplementation(() => undefined);
    // Large enough that one Apply leaves work for the hourly run.
    s = startSchool({ seed: 2, staff: 300, withFindings: false });
    setUpAndFill(s);
    preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  });

  afterAll(() => consoleError.mockRestore());

  it('Apply says another run is working, and writes nothing', () => {
    const before = footprint(s);
    const emails = sentInvitations(s.ws).length;
    holdScriptLockElsewhere(s.ws);
    const answer = s.press(preview, applyButtonText(preview)!);
    releaseScriptLockElsewhere(s.ws);
    expect(notificationText(answer)).toMatch(/another PLG Hub run is working/i);
    expect(offersContinue(answer)).toBe(false);
    expect(sameWorkspace(footprint(s), before)).toBe(true);
    expect(sentInvitations(s.ws)).toHaveLength(emails);
  });

  it('the hourly run skips its hour and writes nothing, then carries on once the lock is free', () => {
    const firstSlice = s.press(preview, applyButtonText(preview)!);
    expect(offersContinue(firstSlice)).toBe(true); // work is left for the hourly run
    const before = footprint(s);
    const emails = sentInvitations(s.ws).length;

    holdScriptLockElsewhere(s.ws);
    expect(passAnHour(s)).toBe(true);
    releaseScriptLockElsewhere(s.ws);
    expect(sameWorkspace(footprint(s), before)).toBe(true);
    expect(sentInvitations(s.ws)).toHaveLength(emails);

    passAnHour(s);
    expect(sentInvitations(s.ws).length).toBeGreaterThan(emails);
  });
});

// An admin's first week, as the cards tell it: what to do after Set up, progress that counts up over Continue and
// the hourly run, the last sync in the school's own clock, and Settings in words. A London school whose admin's
// account is in Los Angeles (the script's zone is New York): any time said in a zone other than the school's shows.
import { applyButtonText, offersContinue } from '../../src/emulator/bench/admin-sync';
import { passAnHour } from '../../src/emulator/bench/hourly-trigger';
import { cardText, notificationText } from '../../src/emulator/cards/interact';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { keepFirstGroups } from '../../src/emulator/sample-school';

jest.setTimeout(120_000);

const zone = 'Europe/London';

function school(): EmulatedSchool {
  const s = startSchool({ seed: 2, staff: 40, withFindings: false, timeZone: zone, locale: 'en_GB' });
  keepFirstGroups(s.school, 4);
  return s;
}

/** A school whose first sync takes several presses: more meetings than one press writes. */
function biggerSchool(): EmulatedSchool {
  return startSchool({ seed: 2, staff: 300, withFindings: false, timeZone: zone, locale: 'en_GB' });
}

function homepage(s: EmulatedSchool): string {
  return cardText(s.open('onSheetsHomepage'));
}

/** The card's "Next step" and what it says, or undefined when the card shows none. */
function nextStep(text: string): string | undefined {
  const lines = text.split('\n');
  const at = lines.indexOf('Next step');
  return at < 0 ? undefined : `${lines[at + 1]}: ${lines[at + 2]}`;
}

/** "calendar: 42 of 145 changes done" → [42, 145]; forms likewise → [made, left]. */
function progress(text: string) {
  const calendar = /calendar: (\d+) of (\d+) changes done/i.exec(text);
  const forms = /feedback forms: (\d+) made(?:, (\d+) to go)?/i.exec(text);
  return {
    done: Number(calendar?.[1]),
    total: Number(calendar?.[2]),
    formsMade: forms ? Number(forms[1]) : undefined,
    formsLeft: forms ? Number(forms[2] ?? 0) : undefined,
  };
}

function setSetting(s: EmulatedSchool, label: string, value: unknown): void {
  const rows = readSheetValues(s.ws, s.spreadsheetId, 'Settings');
  const row = rows.findIndex((r) => r[0] === label);
  expect(row).toBeGreaterThan(0);
  (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
    .openById(s.spreadsheetId)
    .getSheetByName('Settings')!
    .getRange(row + 1, 2)
    .setValue(value);
}

describe("the admin's first week", () => {
  it('always says what to do next, from Set up to the first sync, and nothing once the school runs', () => {
    const s = school();
    const afterSetUp = cardText(s.press(s.open('onSheetsHomepage'), 'Set up'));
    expect(nextStep(afterSetUp)).toMatch(/^Fill in Settings: On the Settings tab, .*Then press Validate\.$/);

    s.fillRegistry();
    expect(nextStep(homepage(s))).toMatch(/^Preview, then apply: Press Preview changes/);

    let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    shown = s.press(shown, applyButtonText(shown)!);
    while (offersContinue(shown)) shown = s.press(shown, 'Continue');
    expect(nextStep(homepage(s))).toBeUndefined();
  });

  it('counts Continue after Continue, and the hourly run, up to the total the first Apply announced', () => {
    const s = biggerSchool();
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    shown = s.press(shown, applyButtonText(shown)!);
    const first = progress(notificationText(shown)!);
    expect(first.total).toBeGreaterThan(20);
    const seen = [first];
    // Continue while the next press leaves work over (a press does about a slice's worth), then stop.
    for (let presses = 0; presses < 3 && offersContinue(shown); presses++) {
      const last = seen.at(-1)!;
      const slice = Math.max(last.done - (seen.at(-2)?.done ?? 0), 1);
      if (last.done + slice >= first.total) break;
      shown = s.press(shown, 'Continue');
      seen.push(progress(notificationText(shown)!));
    }
    // Leave the rest to the hourly run, as the card says one may; the homepage's last sync is its count.
    expect(offersContinue(shown)).toBe(true);
    const lastSync = () => homepage(s).split('\n')[homepage(s).split('\n').indexOf('Last sync') + 1]!;
    for (let hours = 0; hours < 5 && lastSync().includes('to go'); hours++) passAnHour(s);
    seen.push(progress(lastSync()));

    for (const [before, after] of seen.slice(0, -1).map((p, i) => [p, seen[i + 1]!] as const)) {
      expect(after.done).toBeGreaterThanOrEqual(before.done);
      expect(after.total).toBe(first.total);
      if (after.formsMade !== undefined && before.formsMade !== undefined)
        expect(after.formsMade + after.formsLeft!).toBe(before.formsMade + before.formsLeft!);
    }
    expect(seen.at(-1)).toMatchObject({ done: first.total, total: first.total });
    expect(seen.at(-1)!.formsMade).toBe(first.formsMade! + first.formsLeft!);
  });

  it('starts a new count when Apply is pressed on a new preview, even with the last sync unfinished', () => {
    const s = biggerSchool();
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    let shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    shown = s.press(shown, applyButtonText(shown)!);
    const everything = progress(notificationText(shown)!).total;
    while (offersContinue(shown) && progress(notificationText(shown)!).done === 0) shown = s.press(shown, 'Continue');
    const doneBefore = progress(notificationText(shown)!).done;
    expect(doneBefore).toBeGreaterThan(0);
    expect(offersContinue(shown)).toBe(true);

    const meetings = readSheetValues(s.ws, s.spreadsheetId, 'Meetings');
    (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(s.spreadsheetId)
      .getSheetByName('Meetings')!
      .getRange(meetings.length, meetings[0]!.indexOf('Location') + 1)
      .setValue('Library');
    shown = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    shown = s.press(shown, applyButtonText(shown)!);
    // The new Apply counts its own changes: what the first left undone plus the moved meeting, not what it did.
    const again = progress(notificationText(shown)!);
    expect(again.total).toBeLessThanOrEqual(everything - doneBefore + 1);
    // A minute between presses, as a person reading the card takes: Calendar allows each person 600 requests a
    // minute, and presses made back to back can meet that limit (the card then says the hourly run finishes).
    while (offersContinue(shown)) {
      s.ws.clock.nowMs += 60_000;
      shown = s.press(shown, 'Continue');
    }
    expect(progress(notificationText(shown)!)).toMatchObject({ done: again.total, total: again.total });
  });

  it("says the last sync in the school's zone and clock, even when Settings cannot be read", () => {
    const s = startSchool({
      seed: 2,
      staff: 40,
      withFindings: false,
      timeZone: zone,
      locale: 'en_GB',
      userTimeZone: 'America/Los_Angeles',
    });
    keepFirstGroups(s.school, 2);
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    s.press(preview, applyButtonText(preview)!);
    // The run was recorded at the emulator's clock; the card must show that instant on a London wall clock.
    const at = new Date(s.ws.clock.nowMs);
    const london = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    const elsewhere = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    expect(london.format(at)).not.toBe(elsewhere.format(at));
    const lastSync = () => {
      const lines = homepage(s).split('\n');
      return lines[lines.indexOf('Last sync') + 1]!;
    };
    const minutes = (text: string) => /at (\d\d:\d\d)\)$/.exec(text)?.[1];
    const near = (hhmm: string | undefined) => {
      const [h, m] = (hhmm ?? '').split(':').map(Number);
      const [H, M] = london.format(at).split(':').map(Number);
      return Math.abs(h! * 60 + m! - (H! * 60 + M!)) <= 2;
    };
    expect(near(minutes(lastSync()))).toBe(true);

    // Settings unreadable (the school's name cleared): the spreadsheet's own zone is the one left to go by. It was
    // made in the admin's Los Angeles; Validate's one-press fix gives it the school's.
    s.press(s.press(s.open('onSheetsHomepage'), 'Validate'), `Use ${zone} for the spreadsheet`);
    setSetting(s, 'School', '');
    expect(nextStep(homepage(s))).toMatch(/^Fill in Settings/);
    expect(near(minutes(lastSync()))).toBe(true);
  });

  it('says Settings in words: survey months by name in school-year order, the agenda lead days as a number', () => {
    const s = school();
    s.school.settings['Health survey months'] = '4, 10, 1';
    s.school.settings['Agenda lead days'] = 10;
    s.press(s.open('onSheetsHomepage'), 'Set up');
    s.fillRegistry();
    const settings = cardText(s.press(s.open('onSheetsHomepage'), 'Settings'));
    expect(settings).toContain('October, January and April');
    expect(settings).not.toMatch(/Months? \d/);
    expect(homepage(s)).toContain('An agenda Doc for each meeting in the next 10 days');
  });
});

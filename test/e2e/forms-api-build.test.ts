// Feedback forms built through the Forms API (src/workspace/form-builder.ts): a run stopped part-way finishes the
// same form next time — never a second one — and a half-built form takes no answers meanwhile; a meeting moved
// after its form was made is offered in the form, and its link picks it.
import { applyButtonText, previewAndApply, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { cardText, notificationText } from '../../src/emulator/cards/interact';
import { submitResponse } from '../../src/emulator/forms';
import { formsState, type FormData } from '../../src/emulator/forms/model';
import { prefilledAnswerOf } from '../../src/emulator/forms/prefill';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { mimeTypes } from '../../src/emulator/workspace';

jest.setTimeout(120_000);

function smallSchool(): EmulatedSchool {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  return s;
}

/** Apply as far as it goes; a stopped press shows nothing. */
function sync(s: EmulatedSchool): void {
  try {
    previewAndApply(s, s.open('onSheetsHomepage'));
  } catch {
    // the run was stopped; the next sync carries on
  }
}

function formsInDrive(s: EmulatedSchool): FormData[] {
  return Object.values(s.ws.files)
    .filter((f) => f.mimeType === mimeTypes.form && !f.trashed)
    .map((f) => formsState(s.ws).forms[f.id]!);
}

function rows(s: EmulatedSchool, tab: string): Record<string, unknown>[] {
  const [header, ...rest] = readSheetValues(s.ws, s.spreadsheetId, tab);
  return rest.map((r) => Object.fromEntries(header!.map((h, i) => [String(h), r[i]])));
}

const member = 'teacher@school.example';

describe.each([
  ['before their questions were added', 'UrlFetchApp.fetch:forms.forms.batchUpdate'],
  ['before they were published', 'UrlFetchApp.fetch:forms.forms.setPublishSettings'],
])('Apply stopped after the forms were created, %s', (_when, stopAt) => {
  let s: EmulatedSchool;
  let madeIds: string[];

  beforeAll(() => {
    s = smallSchool();
    s.ws.meter.inject({ kind: stopAt, fault: 'timeLimit', times: 1 });
    sync(s);
    madeIds = formsInDrive(s).map((f) => f.id);
    // All of the run's forms are made together, so the stop finds all three begun.
    expect(madeIds).toHaveLength(3);
  });

  it('leaves forms nobody can answer yet', () => {
    for (const id of madeIds) {
      expect(formsState(s.ws).forms[id]!.settings.published).toBe(false);
      expect(() => submitResponse(s.ws, id, {}, { respondentEmail: member })).toThrow('is not published');
    }
  });

  it('finishes those same forms next time, each question once, published, and makes no other', () => {
    sync(s);
    const forms = formsInDrive(s);
    expect(forms.map((f) => f.id).sort()).toEqual([...madeIds].sort());
    const groups = rows(s, 'Groups');
    for (const form of forms) {
      const titles = form.items.map((i) => i.title);
      expect(titles).toEqual([...new Set(titles)]);
      expect(titles[0]).toBe('Meeting');
      expect(form.settings).toMatchObject({ published: true, acceptingResponses: true, requireLogin: true });
      expect(form.settings.emailCollection).toBe('DO_NOT_COLLECT');
      // The Groups tab links one group to each form, not two.
      expect(groups.filter((g) => String(g['Feedback form']).includes(form.id))).toHaveLength(1);
      // Its responses go to one tab of the private responses spreadsheet, linked once.
      expect(form.destination).not.toBeNull();
      const index = readSheetValues(s.ws, form.destination!.spreadsheetId, 'PLG Hub forms');
      expect(index.filter((r) => r[0] === form.id)).toHaveLength(1);
    }
  });
});

describe('Google asks PLG Hub to slow down while it builds a form', () => {
  it('waits and sends the batch again when Google asked once, and the form comes out whole', () => {
    const s = smallSchool();
    s.ws.meter.inject({ kind: 'UrlFetchApp.fetch:forms.forms.batchUpdate', fault: 'rateLimit', times: 1 });
    sync(s);
    const forms = formsInDrive(s);
    expect(forms).toHaveLength(3);
    expect(forms.every((f) => f.settings.published && f.items[0]?.title === 'Meeting')).toBe(true);
    // Three forms, one batch each, and the refused one sent once more.
    expect(s.ws.meter.requests['UrlFetchApp.fetch:forms.forms.batchUpdate']).toBe(4);
  });

  it('says so when Google keeps refusing, and the next Apply finishes the same form', () => {
    const s = smallSchool();
    // Three forms' batches sent together, three times: every one refused each time.
    s.ws.meter.inject({ kind: 'UrlFetchApp.fetch:forms.forms.batchUpdate', fault: 'rateLimit', times: 9 });
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    const shown = s.press(preview, applyButtonText(preview)!);
    expect(`${notificationText(shown) ?? ''} ${cardText(shown)}`).toMatch(/Google asked PLG Hub to slow down/);
    const halfBuilt = formsInDrive(s);
    expect(halfBuilt.every((f) => !f.settings.published)).toBe(true);
    sync(s);
    const forms = formsInDrive(s);
    expect(forms.map((f) => f.id).sort()).toEqual(halfBuilt.map((f) => f.id).sort());
    expect(forms.every((f) => f.settings.published)).toBe(true);
  });
});

describe('a meeting moved after its group’s form was made', () => {
  let s: EmulatedSchool;

  beforeAll(() => {
    s = smallSchool();
    sync(s);
  });

  it('is offered in the form’s dropdown, and its feedback link picks the new date', () => {
    const meetings = rows(s, 'Meetings');
    const index = meetings.findIndex((m) => (m.Date as Date) > new Date('2026-10-01'));
    const group = String(meetings[index]!['Group id']);
    const sheet = (s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .openById(s.spreadsheetId)
      .getSheetByName('Meetings')!;
    const dateColumn = Object.keys(meetings[0]!).indexOf('Date') + 1;
    sheet.getRange(index + 2, dateColumn).setValue('2026-10-21');
    sync(s);

    const link = String(rows(s, 'Meetings')[index]!['Feedback link']);
    const picked = prefilledAnswerOf(link)!;
    expect(picked).toMatch(/Oct 21/);
    const formId = formsInDrive(s).find((f) => link.includes(f.publishedId))!.id;
    const dropdown = formsState(s.ws).forms[formId]!.items.find((i) => i.title === 'Meeting')!;
    expect(dropdown.choices).toContain(picked);
    expect(rows(s, 'Groups').find((g) => g['Group id'] === group)?.['Feedback form']).toContain(formId);
    // A member following the link answers for that meeting.
    const scales = formsState(s.ws).forms[formId]!.items.filter((i) => i.type === 'SCALE');
    submitResponse(
      s.ws,
      formId,
      { Meeting: picked, ...Object.fromEntries(scales.map((i) => [i.title, 4])) },
      {
        respondentEmail: member,
      },
    );
  });
});

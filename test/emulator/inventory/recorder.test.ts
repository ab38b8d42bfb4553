// The recorder stands between the bundle and the emulator: it must name every call the way the inventory
// does, and be invisible otherwise — the add-on sees the same objects, the emulator gets its own back.
import { cardTreeOf } from '../../../src/emulator/cards';
import { callRecorder } from '../../../src/emulator/inventory/recorder';
import { appsScriptGlobals } from '../../../src/emulator/services';
import { Workspace } from '../../../src/emulator/workspace';

function recorded() {
  const ws = new Workspace();
  const recorder = callRecorder();
  const g = recorder.wrapGlobals(appsScriptGlobals(ws)) as unknown as {
    SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    CardService: GoogleAppsScript.Card_Service.CardService;
    Calendar: GoogleAppsScript.Calendar;
    Sheets: GoogleAppsScript.Sheets;
    Session: GoogleAppsScript.Base.Session;
  };
  return { ws, recorder, g };
}

describe('the call recorder', () => {
  test('names service calls "Service.method" and calls on returned objects "Service.Class.method"', () => {
    const { recorder, g } = recorded();
    const sheet = g.SpreadsheetApp.create('Registry').getSheets()[0]!;
    sheet.getRange('A1').setValue('x');
    g.Session.getActiveUser().getEmail();
    expect([...recorder.kinds.keys()].sort()).toEqual([
      'Session.User.getEmail',
      'Session.getActiveUser',
      'SpreadsheetApp.Range.setValue',
      'SpreadsheetApp.Sheet.getRange',
      'SpreadsheetApp.Spreadsheet.getSheets',
      'SpreadsheetApp.create',
    ]);
  });

  test('names a namespace of an advanced service by its path', () => {
    const { recorder, g } = recorded();
    const calendar = g.Calendar.Calendars!.insert({ summary: 'PLG' });
    g.Calendar.Events!.list(calendar.id!);
    expect([...recorder.kinds.keys()]).toEqual(['Calendar.Calendars.insert', 'Calendar.Events.list']);
  });

  // The Sheets advanced service has no methods of its own, only Sheets.Spreadsheets: a registry read through it
  // must still be recorded, or the inventory would miss the one call every sync starts with.
  test('records an advanced service that is nothing but namespaces, down to Sheets.Spreadsheets.Values', () => {
    const { recorder, g } = recorded();
    const id = g.SpreadsheetApp.create('Registry').getId();
    g.Sheets.Spreadsheets!.get(id, { fields: 'properties/timeZone' });
    g.Sheets.Spreadsheets!.Values!.batchGet(id, { ranges: ['Sheet1'] });
    expect([...recorder.kinds.keys()].filter((k) => k.startsWith('Sheets.'))).toEqual([
      'Sheets.Spreadsheets.get',
      'Sheets.Spreadsheets.Values.batchGet',
    ]);
  });

  test('keeps identity, and hands the emulator its own objects back', () => {
    const { recorder, g } = recorded();
    // A builder's chained call returns the very builder the add-on holds, as in Apps Script.
    const section = g.CardService.newCardSection();
    expect(section.addWidget(g.CardService.newTextParagraph().setText('hi'))).toBe(section);
    const card = recorder.unwrap(g.CardService.newCardBuilder().addSection(section).build());
    expect(cardTreeOf(card).sections[0]!.widgets).toHaveLength(1);
    expect(recorder.kinds.get('CardService.CardSection.addWidget')).toBe(1);
    expect(recorder.kinds.has('CardService.CardBuilder.build')).toBe(true);
  });

  test('counts each call', () => {
    const { recorder, g } = recorded();
    const range = g.SpreadsheetApp.create('Registry').getSheets()[0]!.getRange('A1');
    range.getValue();
    range.getValue();
    expect(recorder.kinds.get('SpreadsheetApp.Range.getValue')).toBe(2);
  });
});

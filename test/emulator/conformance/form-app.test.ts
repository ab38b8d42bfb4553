// FormApp as Apps Script behaves, each expectation from gas-fakes test/testform.js, whose expectations run on
// live Apps Script (github.com/brucemcpherson/gas-fakes/blob/main/test/testform.js); the live ones are taken.
import { createDriveApp } from '../../../src/emulator/drive';
import { createFormApp, formSettings, submitResponse } from '../../../src/emulator/forms';
import { createSpreadsheetApp, readSheetValues } from '../../../src/emulator/spreadsheet';
import { Workspace } from '../../../src/emulator/workspace';

function setup() {
  const ws = new Workspace();
  return { ws, forms: createFormApp(ws), drive: createDriveApp(ws), sheets: createSpreadsheetApp(ws) };
}

/** A published feedback form with two questions, linked to a new responses spreadsheet. */
function linkedForm() {
  const { ws, forms, drive, sheets } = setup();
  const form = forms.create('Readers PLG feedback');
  form.addTextItem().setTitle('Meeting');
  form.addScaleItem().setTitle('How useful was today?');
  form.setPublished(true);
  const book = sheets.create('PLG Hub responses');
  form.setDestination(forms.DestinationType.SPREADSHEET, book.getId());
  const respond = (answers: Record<string, string | number>) =>
    submitResponse(ws, form.getId(), answers, { at: new Date('2026-09-03T15:00:00Z') });
  const tab = () => readSheetValues(ws, book.getId(), 'Form Responses 1');
  return { ws, forms, drive, sheets, form, book, respond, tab };
}

describe('FormApp conformance', () => {
  // testform.js "FormApp basics": create() names the Drive file, but on live Apps Script the form's own
  // title stays empty until setTitle (Google issue tracker 442747794); setTitle leaves the file name alone.
  test('FormApp.create names the Drive file; getTitle stays empty until setTitle, which keeps the file name', () => {
    const { forms, drive } = setup();
    const form = forms.create('Readers PLG feedback');
    expect(drive.getFileById(form.getId()).getName()).toBe('Readers PLG feedback');
    expect(form.getTitle()).toBe('');
    expect(forms.openById(form.getId()).getTitle()).toBe('');
    form.setTitle('Readers PLG — feedback').setDescription('Two minutes');
    expect(forms.openById(form.getId()).getTitle()).toBe('Readers PLG — feedback');
    expect(form.getDescription()).toBe('Two minutes');
    expect(drive.getFileById(form.getId()).getName()).toBe('Readers PLG feedback');
  });

  // testform.js "Form.addMultipleChoiceItem" and "Form.addCheckboxItem": "Live creates empty": a new choice
  // item has one choice, whose value is ''. setChoiceValues replaces it.
  test('a new multiple-choice or checkbox item has one empty choice until its choices are set', () => {
    const { forms } = setup();
    const form = forms.create('f');
    for (const item of [form.addMultipleChoiceItem(), form.addCheckboxItem()]) {
      expect(item.getChoices().map((c) => c.getValue())).toEqual(['']);
      expect(item.isRequired()).toBe(false);
      item.setChoiceValues(['Red', 'Green']);
      expect(item.getChoices().map((c) => c.getValue())).toEqual(['Red', 'Green']);
    }
  });

  // testform.js: a Form prints "Form", and each item its class ("MultipleChoiceItem", "CheckboxItem",
  // "GridItem"; testform.js line 189: a text item from getItems() prints "TextItem"... as an Item it is "Item").
  test('a Form and its items print as their Apps Script class', () => {
    const { forms } = setup();
    const form = forms.create('f');
    expect(String(form)).toBe('Form');
    expect(String(form.addMultipleChoiceItem())).toBe('MultipleChoiceItem');
    expect(String(form.addCheckboxItem())).toBe('CheckboxItem');
    expect(String(form.addGridItem())).toBe('GridItem');
    expect(String(form.addScaleItem())).toBe('ScaleItem');
  });

  // testform.js "Form.addGridItem": a new item is not required, and its index is its place in the form.
  test('items are not required when added, and getIndex counts from 0 in form order', () => {
    const { forms } = setup();
    const form = forms.create('f');
    const grid = form.addGridItem();
    const text = form.addTextItem();
    expect(grid.getIndex()).toBe(0);
    expect(text.getIndex()).toBe(1);
    expect(grid.isRequired()).toBe(false);
    grid.setRequired(true);
    expect(grid.isRequired()).toBe(true);
  });
});

describe('FormApp opening by URL', () => {
  // gas-fakes test/testform.js "FormApp basics": "openByUrl() should throw on invalid URL" with the message
  // 'Invalid argument: url', asserted on live Apps Script as well as on the fake.
  test('a URL that names no form is refused with "Invalid argument: url"', () => {
    const { forms } = setup();
    expect(() => forms.openByUrl('http://invalid.url/')).toThrow(/^Invalid argument: url$/);
  });
});

describe('FormApp settings PLG Hub sets', () => {
  // Reference form#getEditUrl(): "the URL that can be used to access the form's edit mode"; gas-fakes
  // test/testform.js (live-passing): "created form URL should contain ID", and openByUrl(editUrl) opens it.
  test('getEditUrl holds the form id and opens the same form', () => {
    const { forms } = setup();
    const form = forms.create('f');
    expect(form.getEditUrl()).toContain(form.getId());
    expect(forms.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
  });

  // Reference form#setLimitOneResponsePerUser(Boolean) / #hasLimitOneResponsePerUser(),
  // #setAllowResponseEdits(Boolean), #setShowLinkToRespondAgain(Boolean), #setEmailCollectionType(type):
  // each setter returns the Form for chaining and its getter reads back what was set.
  test('response settings chain and read back as set', () => {
    const { ws, forms } = setup();
    const form = forms.create('f');
    expect(form.hasLimitOneResponsePerUser()).toBe(false);
    const chained = form
      .setLimitOneResponsePerUser(true)
      .setAllowResponseEdits(true)
      .setShowLinkToRespondAgain(false)
      .setEmailCollectionType(forms.EmailCollectionType.VERIFIED);
    expect(chained.getId()).toBe(form.getId());
    expect(form.hasLimitOneResponsePerUser()).toBe(true);
    expect(form.canEditResponse()).toBe(true);
    expect(String(form.getEmailCollectionType())).toBe('VERIFIED');
    expect(formSettings(ws, form.getId()).showLinkToRespondAgain).toBe(false);
  });
});

describe('FormApp response destination', () => {
  // gas-fakes test/testform.js "Form Destination", its live-only branch: after setDestination, getDestinationId is
  // the spreadsheet's id and getDestinationType SPREADSHEET; setting the same destination again is accepted.
  test('setDestination links the spreadsheet; getDestinationId and getDestinationType read it back', () => {
    const { forms, form, book } = linkedForm();
    expect(form.getDestinationId()).toBe(book.getId());
    expect(form.getDestinationType()).toBe(forms.DestinationType.SPREADSHEET);
    expect(form.setDestination(forms.DestinationType.SPREADSHEET, book.getId()).getDestinationId()).toBe(book.getId());
  });

  // Same test, live branch: an unsupported type throws, its message mentioning "parameters" or "supported" (the
  // exact live wording is not recorded there).
  test('a destination type other than SPREADSHEET is refused', () => {
    const { form } = linkedForm();
    const unsupported = 'UNSUPPORTED_TYPE' as unknown as GoogleAppsScript.Forms.DestinationType;
    expect(() => form.setDestination(unsupported, 'some-id')).toThrow(/parameters|supported/);
  });

  // https://support.google.com/docs/answer/2917686: linking creates a new tab in the spreadsheet whose first row
  // is "Timestamp" and one column per question, in form order.
  test('linking makes a "Form Responses 1" tab headed Timestamp and the question titles; answers land under them', () => {
    const { form, book, respond, tab } = linkedForm();
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Form Responses 1']);
    expect(tab()).toEqual([['Timestamp', 'Meeting', 'How useful was today?']]);
    respond({ Meeting: '3 Sep', 'How useful was today?': 4 });
    expect(tab()[1]).toEqual([new Date('2026-09-03T15:00:00Z'), '3 Sep', 4]);
    expect(form.getResponses()).toHaveLength(1);
  });

  // Not confirmed from a primary source (README, Known limits): a question added after linking gets its column
  // at the end of the header at once, and a renamed question's header is renamed with its answers kept under it.
  test('a question added later gets a column at the end; a renamed question keeps its column and answers', () => {
    const { form, respond, tab } = linkedForm();
    respond({ Meeting: '3 Sep', 'How useful was today?': 4 });
    form.addParagraphTextItem().setTitle('Anything else?');
    expect(tab()[0]).toEqual(['Timestamp', 'Meeting', 'How useful was today?', 'Anything else?']);
    form.getItems()[0]!.setTitle('Which meeting?');
    expect(tab()[0]).toEqual(['Timestamp', 'Which meeting?', 'How useful was today?', 'Anything else?']);
    respond({ 'Which meeting?': '10 Sep', 'Anything else?': 'More time' });
    expect(tab().map((row) => row.slice(1))).toEqual([
      ['Which meeting?', 'How useful was today?', 'Anything else?'],
      ['3 Sep', 4, ''],
      ['10 Sep', '', 'More time'],
    ]);
  });

  // Form#removeDestination(): "Unlinks the form from its current response destination. The unlinked former
  // destination still retains a copy of all previous responses. All forms, including those that do not have a
  // destination set explicitly, save a copy of responses in the form's response store. If the form does not
  // currently have a response destination, this method has no effect."
  // https://developers.google.com/apps-script/reference/forms/form#removeDestination()
  test('removeDestination keeps the rows written, sends no more there, keeps every response in the form, and may repeat', () => {
    const { form, respond, tab } = linkedForm();
    respond({ Meeting: '3 Sep' });
    form.removeDestination();
    respond({ Meeting: '10 Sep' });
    expect(tab().map((row) => row[1])).toEqual(['Meeting', '3 Sep']);
    expect(form.getResponses()).toHaveLength(2);
    expect(() => form.removeDestination()).not.toThrow();
  });

  // Deleting the form is a Drive change to the form's file only: the spreadsheet and its responses tab are
  // another file. (What the tab's "linked form" becomes is not confirmed; PLG Hub does not read it.)
  test('trashing the form leaves the responses tab and its rows in the spreadsheet', () => {
    const { drive, form, respond, tab } = linkedForm();
    respond({ Meeting: '3 Sep' });
    drive.getFileById(form.getId()).setTrashed(true);
    expect(tab()).toHaveLength(2);
  });

  // Not confirmed: the next free number is used when a person already has a tab of that name. Either way PLG Hub
  // finds its tab as the one tab setDestination added (src/workspace/form-builder.ts).
  test('a second form linked to the same spreadsheet gets its own tab, never a person’s tab of that name', () => {
    const { ws, forms, book } = linkedForm();
    book.insertSheet('Form Responses 2').getRange('A1').setValue('my notes');
    const second = forms.create('Survey');
    second.addTextItem().setTitle('Q');
    second.setDestination(forms.DestinationType.SPREADSHEET, book.getId());
    expect(formSettings(ws, second.getId()).destination?.sheetName).toBe('Form Responses 3');
    expect(readSheetValues(ws, book.getId(), 'Form Responses 2')).toEqual([['my notes']]);
    expect(readSheetValues(ws, book.getId(), 'Form Responses 3')).toEqual([['Timestamp', 'Q']]);
  });
});

// Text styling in DocumentApp and list items in FormApp, as Google's reference describes them: the agenda's grey
// italic prompts and the feedback form's meeting dropdown depend on both.
import { createDocumentApp } from '../../../src/emulator/docs';
import { createFormApp } from '../../../src/emulator/forms';
import { Workspace } from '../../../src/emulator/workspace';

describe('DocumentApp Text styling', () => {
  // https://developers.google.com/apps-script/reference/document/text#setitalicstartoffset,-endoffsetinclusive,-italic
  // https://developers.google.com/apps-script/reference/document/text#setforegroundcolorstartoffset,-endoffsetinclusive,-color
  // Offsets are inclusive at both ends; a range styles those characters only; isItalic(offset) and
  // getForegroundColor(offset) read one character back (null where nothing was set).
  test('setItalic and setForegroundColor style an inclusive range and nothing else', () => {
    const doc = createDocumentApp(new Workspace()).create('Agenda');
    const text = doc.getBody().appendParagraph('Add a link to the work here').editAsText();
    text.setItalic(0, 9, true).setForegroundColor(0, 9, '#5f6368');
    expect(text.isItalic(0)).toBe(true);
    expect(text.isItalic(9)).toBe(true);
    expect(text.isItalic(10)).toBe(false);
    expect(text.getForegroundColor(9)).toBe('#5f6368');
    expect(text.getForegroundColor(10)).toBeNull();
    text.setItalic(0, 9, false);
    expect(text.isItalic(0)).toBe(false);
  });
});

describe('FormApp list items', () => {
  // https://developers.google.com/apps-script/reference/forms/form#addlistitem — a new dropdown item; its choices
  // are set with setChoiceValues (https://developers.google.com/apps-script/reference/forms/list-item), and a
  // response is made from one of them with createResponse.
  test('addListItem makes a dropdown whose choices and response are what was set', () => {
    const form = createFormApp(new Workspace()).create('Feedback');
    const item = form.addListItem().setTitle('Meeting').setChoiceValues(['Tue 8 Sep 2026', 'Tue 22 Sep 2026']);
    expect(item.getChoices().map((c) => c.getValue())).toEqual(['Tue 8 Sep 2026', 'Tue 22 Sep 2026']);
    expect(form.getItems()[0]!.getType()).toBe(form.getItems()[0]!.asListItem().getType());
    expect(item.createResponse('Tue 22 Sep 2026').getResponse()).toBe('Tue 22 Sep 2026');
  });
});

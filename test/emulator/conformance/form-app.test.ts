// FormApp as Apps Script behaves, each expectation from gas-fakes test/testform.js, whose expectations run on
// live Apps Script (github.com/brucemcpherson/gas-fakes/blob/main/test/testform.js); the live ones are taken.
import { createDriveApp } from '../../../src/emulator/drive';
import { createFormApp, formSettings } from '../../../src/emulator/forms';
import { Workspace } from '../../../src/emulator/workspace';

function setup() {
  const ws = new Workspace();
  return { ws, forms: createFormApp(ws), drive: createDriveApp(ws) };
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

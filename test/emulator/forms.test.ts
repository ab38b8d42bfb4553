import { createDriveApp } from '../../src/emulator/drive';
import { createFormApp, formSettings, submitResponse } from '../../src/emulator/forms';
import { createSpreadsheetApp, readSheetValues } from '../../src/emulator/spreadsheet';
import { exportFormHtml } from '../../src/emulator/export/form-html';
import { Workspace } from '../../src/emulator/workspace';

function setup(user?: { email: string; domain: string }) {
  const ws = new Workspace(user ? { user } : {});
  return { ws, forms: createFormApp(ws) };
}

/** The feedback form PLG Hub makes per group per year. */
function feedbackForm(forms: GoogleAppsScript.Forms.FormApp) {
  const form = forms.create('Readers PLG feedback 2026–27');
  form.addTextItem().setTitle('Meeting').setRequired(true);
  form.addScaleItem().setTitle('How useful was today?').setBounds(1, 5).setLabels('Not at all', 'Very');
  form.addGridItem().setTitle('Rate').setRows(['Pace', 'Focus']).setColumns(['Low', 'OK', 'High']);
  form.addCheckboxItem().setTitle('What will you try?').setChoiceValues(['Exit tickets', 'Cold call', 'Wait time']);
  form.addParagraphTextItem().setTitle('Anything else?');
  return form;
}

describe('FormApp', () => {
  test('a form made by a script starts unpublished and takes no responses until published', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms);
    expect(form.isPublished()).toBe(false);
    expect(form.isAcceptingResponses()).toBe(false);
    expect(() => submitResponse(ws, form.getId(), { Meeting: '3 Sep' })).toThrow('is not published');
    form.setPublished(true);
    expect(form.isAcceptingResponses()).toBe(true);
    submitResponse(ws, form.getId(), { Meeting: '3 Sep', 'How useful was today?': 4 });
    form.setAcceptingResponses(false);
    expect(() => submitResponse(ws, form.getId(), { Meeting: '10 Sep' })).toThrow('no longer accepting responses');
    expect(form.getResponses()).toHaveLength(1);
  });

  test('responses are checked like the real form would: required questions, choices, scale bounds', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms).setPublished(true);
    expect(() => submitResponse(ws, form.getId(), { 'Anything else?': 'hi' })).toThrow(
      'The question "Meeting" is required.',
    );
    expect(() => submitResponse(ws, form.getId(), { Meeting: 'x', 'How useful was today?': 9 })).toThrow(
      'Invalid data updating form.',
    );
    expect(() => submitResponse(ws, form.getId(), { Meeting: 'x', 'What will you try?': ['Nap'] })).toThrow(
      'Invalid data updating form.',
    );
    expect(() => submitResponse(ws, form.getId(), { Nope: 'x' })).toThrow('has no question "Nope"');
  });

  test('the prefilled link has the published id and one form-encoded entry per answer', () => {
    const { forms } = setup();
    const form = feedbackForm(forms);
    const [meeting, , grid, boxes] = form.getItems();
    const response = form
      .createResponse()
      .withItemResponse(meeting!.asTextItem().createResponse('Readers — 3 Sep & more'))
      .withItemResponse(grid!.asGridItem().createResponse(['OK', null as unknown as string]))
      .withItemResponse(boxes!.asCheckboxItem().createResponse(['Exit tickets', 'Wait time']));
    const url = response.toPrefilledUrl();
    const published = form.getPublishedUrl();
    expect(published).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/1FAIpQLS[\w-]+\/viewform$/);
    expect(url.startsWith(`${published}?usp=pp_url&entry.`)).toBe(true);
    const params = [...new URL(url).searchParams.entries()].filter(([k]) => k.startsWith('entry.'));
    expect(params.map(([, v]) => v)).toEqual(['Readers — 3 Sep & more', 'OK', 'Exit tickets', 'Wait time']);
    expect(url).toContain('=Readers+%E2%80%94+3+Sep+%26+more');
    expect(new Set(params.map(([k]) => k)).size).toBe(3);
  });

  test('requiring sign-in throws for a consumer account and restricts respondents to the domain', () => {
    const consumer = setup({ email: 'teacher@gmail.com', domain: 'gmail.com' });
    const personal = consumer.forms.create('Survey');
    expect(() => personal.setRequireLogin(true)).toThrow('only available for Google Workspace domains');
    expect(personal.requiresLogin()).toBe(false);

    const { ws, forms } = setup();
    const form = feedbackForm(forms).setRequireLogin(true).setPublished(true);
    expect(form.requiresLogin()).toBe(true);
    expect(() => submitResponse(ws, form.getId(), { Meeting: 'x' }, { respondentEmail: 'someone@gmail.com' })).toThrow(
      'Only users in school.example',
    );
    submitResponse(ws, form.getId(), { Meeting: 'x' }, { respondentEmail: 'ann@school.example' });
  });

  test('one response per user and verified email collection', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms).setCollectEmail(true).setLimitOneResponsePerUser(true).setPublished(true);
    expect(form.collectsEmail()).toBe(true);
    expect(form.getEmailCollectionType()).toBe(forms.EmailCollectionType.VERIFIED);
    submitResponse(ws, form.getId(), { Meeting: 'x' }, { respondentEmail: 'Ann@school.example' });
    expect(() => submitResponse(ws, form.getId(), { Meeting: 'y' }, { respondentEmail: 'ann@school.example' })).toThrow(
      'already responded',
    );
    expect(form.getResponses()[0]!.getRespondentEmail()).toBe('ann@school.example');
  });

  test('responses land in the destination sheet under Google’s header row', () => {
    const { ws, forms } = setup();
    const registry = createSpreadsheetApp(ws).create('PLG registry');
    const form = feedbackForm(forms).setCollectEmail(true).setPublished(true);
    const at = new Date('2026-09-03T15:00:00Z');
    submitResponse(ws, form.getId(), { Meeting: 'before linking' }, { respondentEmail: 'bob@school.example', at });
    form.setDestination(forms.DestinationType.SPREADSHEET, registry.getId());
    expect(form.getDestinationId()).toBe(registry.getId());
    submitResponse(
      ws,
      form.getId(),
      {
        Meeting: '3 Sep',
        'How useful was today?': 5,
        Rate: { Focus: 'High' },
        'What will you try?': ['Exit tickets', 'Cold call'],
      },
      { respondentEmail: 'ann@school.example', at },
    );
    const rows = readSheetValues(ws, registry.getId(), 'Form Responses 1');
    expect(rows[0]).toEqual([
      'Timestamp',
      'Email Address',
      'Meeting',
      'How useful was today?',
      'Rate [Pace]',
      'Rate [Focus]',
      'What will you try?',
      'Anything else?',
    ]);
    expect(rows[1]![2]).toBe('before linking');
    expect(rows[2]).toEqual([at, 'ann@school.example', '3 Sep', 5, '', 'High', 'Exit tickets, Cold call', '']);
    const second = forms.create('Survey');
    second.addTextItem().setTitle('Q');
    second.setDestination(forms.DestinationType.SPREADSHEET, registry.getId());
    expect(formSettings(ws, second.getId()).destination?.sheetName).toBe('Form Responses 2');
  });

  test('a renamed responses tab keeps receiving its form’s responses', () => {
    // Google: the form stays linked to the tab, whatever it is called (support.google.com/docs/answer/2917686).
    const { ws, forms } = setup();
    const book = createSpreadsheetApp(ws).create('PLG Hub responses');
    const form = feedbackForm(forms).setPublished(true);
    form.setDestination(forms.DestinationType.SPREADSHEET, book.getId());
    book.getSheetByName('Form Responses 1')!.setName('Math PLG feedback');
    submitResponse(ws, form.getId(), { Meeting: 'after the rename' }, { at: new Date('2026-09-03T15:00:00Z') });
    expect(book.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Math PLG feedback']);
    expect(readSheetValues(ws, book.getId(), 'Math PLG feedback')[1]![1]).toBe('after the rename');
  });

  test('submitted responses read back through the API', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms).setPublished(true);
    const first = new Date('2026-09-03T15:00:00Z');
    const later = new Date('2026-09-10T15:00:00Z');
    submitResponse(ws, form.getId(), { Meeting: '3 Sep', 'How useful was today?': 3 }, { at: first });
    const id = submitResponse(ws, form.getId(), { Meeting: '10 Sep', Rate: { Pace: 'Low' } }, { at: later });
    expect(form.getResponses(later).map((r) => r.getId())).toEqual([id]);
    const answers = form.getResponse(id).getItemResponses();
    expect(answers.map((a) => [a.getItem().getTitle(), a.getResponse()])).toEqual([
      ['Meeting', '10 Sep'],
      ['Rate', ['Low', null]],
    ]);
    expect(form.getResponses()[0]!.getTimestamp()).toEqual(first);
    form.deleteAllResponses();
    expect(form.getResponses()).toEqual([]);
  });

  test('a script can submit a response too, under the same rules', () => {
    const { forms } = setup();
    const form = feedbackForm(forms);
    const meeting = form.getItems(forms.ItemType.TEXT)[0]!.asTextItem();
    const response = form.createResponse().withItemResponse(meeting.createResponse('3 Sep'));
    expect(() => response.submit()).toThrow('is not published');
    form.setPublished(true);
    response.submit();
    expect(form.getResponses()[0]!.getItemResponses()[0]!.getResponse()).toBe('3 Sep');
  });

  test('items: casts, lookup, deletion, and a wrong cast fails', () => {
    const { forms } = setup();
    const form = feedbackForm(forms);
    const scale = form.getItems()[1]!;
    expect(scale.getType()).toBe(forms.ItemType.SCALE);
    expect(scale.asScaleItem().getUpperBound()).toBe(5);
    expect(scale.asScaleItem().getLeftLabel()).toBe('Not at all');
    expect(() => scale.asGridItem()).toThrow('Item of type SCALE cannot be cast to GRID.');
    expect(form.getItemById(scale.getId())!.getTitle()).toBe('How useful was today?');
    form.deleteItem(scale);
    expect(form.getItemById(scale.getId())).toBeNull();
    expect(() => form.addScaleItem().setBounds(2, 5)).toThrow('Invalid data updating form.');
  });

  test('form content and state survive a save and load; copies start unpublished with no responses', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms).setPublished(true);
    submitResponse(ws, form.getId(), { Meeting: 'x' });
    const reloaded = Workspace.load(ws.save());
    const again = createFormApp(reloaded).openById(form.getId());
    expect(again.getItems().map((i) => i.getTitle())).toHaveLength(5);
    expect(again.getResponses()[0]!.getTimestamp()).toBeInstanceOf(Date);
    const copy = createDriveApp(reloaded).getFileById(form.getId()).makeCopy('Copy');
    expect(formSettings(reloaded, copy.getId())).toMatchObject({ published: false, responseCount: 0 });
    expect(createFormApp(reloaded).openById(copy.getId()).getItems()).toHaveLength(5);
  });

  test('creating forms spends the forms quota and each call is counted', () => {
    const { ws, forms } = setup();
    const before = ws.meter.snapshot();
    const form = forms.create('Survey');
    form.addScaleItem().setTitle('Q1');
    form.setPublished(true);
    expect(ws.meter.since(before).counts).toMatchObject({
      'FormApp.create': 1,
      'FormApp.Form.addScaleItem': 1,
      'FormApp.ScaleItem.setTitle': 1,
      'FormApp.Form.setPublished': 1,
    });
    expect(ws.meter.quotaRemaining('formsCreated')).toBe(1499);
    expect(() => forms.openById('missing')).toThrow('No item with the given ID could be found');
  });

  test('the HTML export shows each question as its kind, the settings and the count, with text escaped', () => {
    const { ws, forms } = setup();
    const form = feedbackForm(forms).setDescription('Tell us <honestly> & briefly').setPublished(true);
    submitResponse(ws, form.getId(), { Meeting: 'x' });
    const html = exportFormHtml(ws, form.getId());
    expect(html).toContain('<p>Tell us &lt;honestly&gt; &amp; briefly</p>');
    expect(html).toContain('<span>Not at all</span><label>1<input type="radio"');
    expect(html).toContain('<th>Low</th><th>OK</th><th>High</th>');
    expect(html).toContain('<input type="checkbox" name=');
    expect(html).toMatch(/<dt>Published<\/dt><dd><span class="on">Yes<\/span>/);
    expect(html).toMatch(/<dt>Require sign-in \(domain only\)<\/dt><dd><span class="off">No/);
    expect(html).toContain('<dt>Responses</dt><dd>1</dd>');
    expect(html).not.toContain('<honestly>');
  });
});

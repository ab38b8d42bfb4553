// The Forms API v1 as the emulator answers it through UrlFetchApp (src/emulator/forms/rest/), each expectation
// from Google's reference page it cites, and a form the API built read back through FormApp — the same form,
// whichever door it was built through.
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createDriveApp } from '../../../src/emulator/drive';
import { exportFormHtml } from '../../../src/emulator/export/form-html';
import { createFormApp, formSettings, submitResponse } from '../../../src/emulator/forms';
import { unpublishedByDefaultFrom } from '../../../src/emulator/forms/rest/forms-endpoint';
import { scope } from '../../../src/emulator/scopes';
import { createSpreadsheetApp, readSheetValues } from '../../../src/emulator/spreadsheet';
import { createUrlFetchApp } from '../../../src/emulator/urlfetch/url-fetch-app';
import { Workspace } from '../../../src/emulator/workspace';

const api = 'https://forms.googleapis.com/v1/forms';
const admin = { email: 'admin@school.example', domain: 'school.example', timeZone: 'America/New_York' };

function school(scopes: string[] = [scope.drive, scope.forms, scope.spreadsheets, scope.externalRequest]) {
  const ws = new Workspace({ now: new Date('2026-09-01T12:00:00Z'), user: admin });
  ws.oauthScopes = scopes;
  ws.urlFetchAllowlist = ['https://forms.googleapis.com/'];
  const fetch = createUrlFetchApp(ws);
  const script = createScriptApp(ws);
  const send = (method: 'get' | 'post', url: string, body?: unknown) => {
    const reply = fetch.fetch(url, {
      method,
      headers: { Authorization: `Bearer ${script.getOAuthToken()}` },
      muteHttpExceptions: true,
      ...(body === undefined ? {} : { contentType: 'application/json', payload: JSON.stringify(body) }),
    });
    return { status: reply.getResponseCode(), body: JSON.parse(reply.getContentText() || '{}') };
  };
  return {
    ws,
    send,
    forms: createFormApp(ws),
    drive: createDriveApp(ws),
    sheets: createSpreadsheetApp(ws),
    create: (info: Record<string, unknown>, query = '?unpublished=true') => send('post', `${api}${query}`, { info }),
    batch: (formId: string, body: Record<string, unknown>) => send('post', `${api}/${formId}:batchUpdate`, body),
    get: (formId: string) => send('get', `${api}/${formId}`),
    publish: (formId: string, isPublished = true, isAcceptingResponses = true) =>
      send('post', `${api}/${formId}:setPublishSettings`, {
        publishSettings: { publishState: { isPublished, isAcceptingResponses } },
        updateMask: 'publishState',
      }),
  };
}

const at = (index: number) => ({ location: { index } });
const scale = (title: string) => ({
  createItem: {
    item: {
      title,
      questionItem: {
        question: {
          required: true,
          scaleQuestion: { low: 1, high: 5, lowLabel: 'Strongly disagree', highLabel: 'Strongly agree' },
        },
      },
    },
    ...at(1),
  },
});
const dropdown = (choices: string[]) => ({
  createItem: {
    item: {
      title: 'Meeting',
      description: 'Your link picks it',
      questionItem: {
        question: {
          required: true,
          choiceQuestion: { type: 'DROP_DOWN', options: choices.map((value) => ({ value })) },
        },
      },
    },
    ...at(0),
  },
});
const paragraph = (title: string, index: number) => ({
  createItem: { item: { title, questionItem: { question: { textQuestion: { paragraph: true } } } }, ...at(index) },
});

/** A feedback form as PLG Hub builds it: create, then everything else in one batch. */
function feedbackForm(s: ReturnType<typeof school>) {
  const made = s.create({ title: 'Readers PLG — meeting feedback', documentTitle: 'Readers PLG · a1b2c3' });
  expect(made.status).toBe(200);
  const formId: string = made.body.formId;
  const built = s.batch(formId, {
    includeFormInResponse: true,
    requests: [
      { updateFormInfo: { info: { description: 'A minute at the end' }, updateMask: 'description' } },
      { updateSettings: { settings: { emailCollectionType: 'DO_NOT_COLLECT' }, updateMask: 'emailCollectionType' } },
      dropdown(['Tue, Sep 8', 'Tue, Sep 22']),
      scale('This meeting was useful.'),
      paragraph('One thing to change', 2),
    ],
  });
  expect(built.status).toBe(200);
  return { formId, made: made.body, built: built.body };
}

describe('forms.create (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/create)', () => {
  test('copies only the title and document title: the Drive file is named by documentTitle', () => {
    const s = school();
    const { status, body } = s.create({ title: 'Readers PLG — meeting feedback', documentTitle: 'Readers · a1b2c3' });
    expect(status).toBe(200);
    expect(body.info).toEqual({ title: 'Readers PLG — meeting feedback', documentTitle: 'Readers · a1b2c3' });
    expect(body.items).toBeUndefined();
    expect(s.drive.getFileById(body.formId).getName()).toBe('Readers · a1b2c3');
    expect(s.drive.getFileById(body.formId).getOwner()!.getEmail()).toBe(admin.email);
    expect(body.responderUri).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
  });

  test('"All other fields including the form description, items and settings are disallowed": 400, no form', () => {
    const s = school();
    const before = Object.keys(s.ws.files).length;
    const refused = s.send('post', `${api}?unpublished=true`, {
      info: { title: 'T', description: 'not at create' },
    });
    expect(refused.status).toBe(400);
    const withItems = s.send('post', api, { info: { title: 'T' }, items: [] });
    expect(withItems.status).toBe(400);
    expect(Object.keys(s.ws.files)).toHaveLength(before);
  });

  // https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms: published by default
  // through June 30, 2026, unpublished after; `unpublished` says which explicitly.
  test('a form created after June 30, 2026 without `unpublished` starts unpublished; before, published', () => {
    const s = school();
    s.ws.clock.nowMs = unpublishedByDefaultFrom - 60_000;
    expect(s.create({ title: 'June' }, '').body.publishSettings.publishState.isPublished).toBe(true);
    s.ws.clock.nowMs = unpublishedByDefaultFrom + 60_000;
    expect(s.create({ title: 'July' }, '').body.publishSettings.publishState).toEqual({
      isPublished: false,
      isAcceptingResponses: false,
    });
    expect(s.create({ title: 'Asked' }, '?unpublished=false').body.publishSettings.publishState.isPublished).toBe(true);
  });
  // Every API answers JSON ("Content-Type: application/json; charset=UTF-8"), which PLG Hub's client reads.
  test('answers JSON with its Content-Type, the new form as its body', () => {
    const s = school();
    const reply = createUrlFetchApp(s.ws).fetch(`${api}?unpublished=true`, {
      method: 'post',
      headers: { Authorization: `Bearer ${createScriptApp(s.ws).getOAuthToken()}` },
      contentType: 'application/json',
      payload: JSON.stringify({ info: { title: 'Readers PLG' } }),
      muteHttpExceptions: true,
    });
    expect(reply.getResponseCode()).toBe(200);
    expect(reply.getHeaders()).toMatchObject({ 'Content-Type': 'application/json; charset=UTF-8' });
    expect(JSON.parse(reply.getContentText()).info).toEqual({ title: 'Readers PLG', documentTitle: 'Readers PLG' });
  });
});

describe('forms.setPublishSettings (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/setPublishSettings)', () => {
  test('a respondent cannot answer an unpublished form until it is published', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const answer = { Meeting: 'Tue, Sep 8', 'This meeting was useful.': 4 };
    expect(() => submitResponse(s.ws, formId, answer, { respondentEmail: 't@school.example' })).toThrow(
      'is not published',
    );
    expect(s.forms.openById(formId).isAcceptingResponses()).toBe(false);
    const published = s.publish(formId);
    expect(published.body).toEqual({
      formId,
      publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } },
    });
    submitResponse(s.ws, formId, answer, { respondentEmail: 't@school.example' });
    expect(s.forms.openById(formId).getResponses()).toHaveLength(1);
  });

  test('"If is_published is set to false, [isAcceptingResponses] is forced to false"', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    expect(s.publish(formId, false, true).body.publishSettings.publishState).toEqual({
      isPublished: false,
      isAcceptingResponses: false,
    });
    expect(s.publish(formId, true, false).body.publishSettings.publishState).toEqual({
      isPublished: true,
      isAcceptingResponses: false,
    });
    expect(formSettings(s.ws, formId)).toMatchObject({ published: true, acceptingResponses: false });
  });
});

describe('forms.batchUpdate (https://developers.google.com/workspace/forms/api/reference/rest/v1/forms/batchUpdate)', () => {
  test('replies map 1:1 to the requests; createItem answers the new item and question ids', () => {
    const s = school();
    const { built } = feedbackForm(s);
    expect(built.replies).toHaveLength(5);
    expect(built.replies.slice(0, 2)).toEqual([{}, {}]);
    const created = built.replies[2].createItem;
    expect(created.itemId).toMatch(/^[0-9a-f]+$/);
    expect(created.questionId).toHaveLength(1);
    const meeting = built.form.items.find((i: { title: string }) => i.title === 'Meeting');
    expect(meeting.itemId).toBe(created.itemId);
    expect(meeting.questionItem.question.questionId).toBe(created.questionId[0]);
  });

  test('the form reads back with forms.get in the shapes it was written, in the order asked', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const form = s.get(formId).body;
    expect(form.info).toEqual({
      title: 'Readers PLG — meeting feedback',
      documentTitle: 'Readers PLG · a1b2c3',
      description: 'A minute at the end',
    });
    expect(form.settings).toEqual({ emailCollectionType: 'DO_NOT_COLLECT' });
    expect(form.items.map((i: { title: string }) => i.title)).toEqual([
      'Meeting',
      'This meeting was useful.',
      'One thing to change',
    ]);
    expect(form.items[0].questionItem.question).toMatchObject({
      required: true,
      choiceQuestion: { type: 'DROP_DOWN', options: [{ value: 'Tue, Sep 8' }, { value: 'Tue, Sep 22' }] },
    });
    expect(form.items[1].questionItem.question.scaleQuestion).toEqual({
      low: 1,
      high: 5,
      lowLabel: 'Strongly disagree',
      highLabel: 'Strongly agree',
    });
    // proto3 JSON leaves a field at its default out: the paragraph question is not required.
    expect(form.items[2].questionItem.question.required).toBeUndefined();
    expect(form.items[2].questionItem.question.textQuestion).toEqual({ paragraph: true });
  });

  test('"All the specified updates are made or none of them are": a bad last request changes nothing', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const before = s.get(formId).body;
    const refused = s.batch(formId, {
      requests: [
        { updateFormInfo: { info: { title: 'Renamed' }, updateMask: 'title' } },
        paragraph('Another', 0),
        {
          createItem: {
            item: { title: 'Bad scale', questionItem: { question: { scaleQuestion: { low: 3, high: 5 } } } },
            ...at(0),
          },
        },
      ],
    });
    expect(refused.status).toBe(400);
    expect(s.get(formId).body).toEqual(before);
  });

  test('documentTitle "cannot be modified by a batchUpdate request"', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const refused = s.batch(formId, {
      requests: [{ updateFormInfo: { info: { documentTitle: 'x' }, updateMask: 'documentTitle' } }],
    });
    expect(refused.status).toBe(400);
  });

  test('writeControl.requiredRevisionId: a revision older than the latest is refused with 400, nothing applied', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const revision: string = s.get(formId).body.revisionId;
    // Someone edits the form in FormApp meanwhile: the revision moves.
    s.forms.openById(formId).setDescription('Edited by hand');
    expect(s.get(formId).body.revisionId).not.toBe(revision);
    const stale = s.batch(formId, {
      requests: [{ deleteItem: at(0) }],
      writeControl: { requiredRevisionId: revision },
    });
    expect(stale.status).toBe(400);
    expect(s.get(formId).body.items).toHaveLength(3);
    const current: string = s.get(formId).body.revisionId;
    const fresh = s.batch(formId, { requests: [{ deleteItem: at(2) }], writeControl: { requiredRevisionId: current } });
    expect(fresh.status).toBe(200);
    expect(fresh.body.writeControl.requiredRevisionId).toBe(s.get(formId).body.revisionId);
  });

  test('updateItem changes only what its mask names: new dropdown options keep the question and its prefill id', () => {
    const s = school();
    const { formId, built } = feedbackForm(s);
    const meeting = built.form.items[0];
    const updated = s.batch(formId, {
      includeFormInResponse: true,
      requests: [
        {
          updateItem: {
            item: {
              title: 'ignored, not in the mask',
              questionItem: {
                question: { choiceQuestion: { type: 'DROP_DOWN', options: [{ value: 'Tue, Sep 29' }] } },
              },
            },
            ...at(0),
            updateMask: 'questionItem.question.choiceQuestion.options',
          },
        },
      ],
    });
    expect(updated.status).toBe(200);
    const item = updated.body.form.items[0];
    expect(item.title).toBe('Meeting');
    expect(item.itemId).toBe(meeting.itemId);
    expect(item.questionItem.question).toEqual({
      ...meeting.questionItem.question,
      choiceQuestion: { type: 'DROP_DOWN', options: [{ value: 'Tue, Sep 29' }] },
    });
  });
});

describe('scopes, access and limits', () => {
  // Each method's "Authorization scopes": drive, drive.file or forms.body to write; FormApp's `forms` is not one.
  test('a token with only FormApp’s forms scope is refused: 403 insufficient scopes', () => {
    const s = school([scope.forms, scope.externalRequest]);
    const refused = s.create({ title: 'T' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('Request had insufficient authentication scopes.');
    expect(Object.values(s.ws.files)).toHaveLength(0);
  });

  test('forms.body writes; drive.readonly reads but cannot write', () => {
    feedbackForm(school([scope.formsBody, scope.externalRequest]));
    const s = school([scope.driveReadonly, scope.externalRequest]);
    s.ws.oauthScopes = null; // the form is made beforehand, by another script
    const formId = s.forms.create('Made in FormApp').getId();
    s.ws.oauthScopes = [scope.driveReadonly, scope.externalRequest];
    expect(s.get(formId).status).toBe(200);
    expect(s.batch(formId, { requests: [{ deleteItem: at(0) }] }).status).toBe(403);
    expect(s.publish(formId).status).toBe(403);
  });

  test('an outsider gets 404 for a form they cannot open; a viewer may read it but not change it', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    s.ws.user = { ...admin, email: 'outsider@elsewhere.example', domain: 'elsewhere.example' };
    expect(s.get(formId).status).toBe(404);
    expect(s.publish(formId).status).toBe(404);
    s.ws.user = admin;
    s.drive.getFileById(formId).addViewer('viewer@school.example');
    s.ws.user = { ...admin, email: 'viewer@school.example' };
    expect(s.get(formId).status).toBe(200);
    expect(s.batch(formId, { requests: [{ deleteItem: at(0) }] }).body.error.status).toBe('PERMISSION_DENIED');
    expect(s.publish(formId).status).toBe(403);
  });

  // https://developers.google.com/workspace/forms/api/limits: 150 write and 390 read requests per minute per user.
  test('the 151st write of a minute is refused with 429; reads are counted apart', () => {
    const s = school();
    const { formId } = feedbackForm(s); // 2 writes
    s.ws.meter.executionLimitMs = Infinity;
    // Sent together (fetchAll, in parallel), so all 149 fall within the same minute.
    const fetch = createUrlFetchApp(s.ws);
    const token = createScriptApp(s.ws).getOAuthToken();
    const publish = {
      url: `${api}/${formId}:setPublishSettings`,
      method: 'post' as const,
      headers: { Authorization: `Bearer ${token}` },
      muteHttpExceptions: true,
      contentType: 'application/json',
      payload: JSON.stringify({ publishSettings: { publishState: { isPublished: true, isAcceptingResponses: true } } }),
    };
    const statuses = fetch.fetchAll(Array.from({ length: 149 }, () => publish)).map((r) => r.getResponseCode());
    expect(statuses.filter((c) => c === 200)).toHaveLength(148);
    expect(statuses.at(-1)).toBe(429);
    expect(s.get(formId).status).toBe(200);
    s.ws.clock.nowMs += 60_000;
    expect(s.publish(formId).status).toBe(200);
  });
});

describe('a form the API built, read back through FormApp', () => {
  test('FormApp sees the same title, questions, ids and settings', () => {
    const s = school();
    const { formId, built } = feedbackForm(s);
    const form = s.forms.openById(formId);
    expect(form.getTitle()).toBe('Readers PLG — meeting feedback');
    expect(form.getDescription()).toBe('A minute at the end');
    const items = form.getItems();
    expect(items.map((i) => String(i.getType()))).toEqual(['LIST', 'SCALE', 'PARAGRAPH_TEXT']);
    // Item.getId() is the integer the API's itemId spells in hex.
    expect(items.map((i) => i.getId().toString(16))).toEqual(built.form.items.map((i: { itemId: string }) => i.itemId));
    expect(
      items[0]!
        .asListItem()
        .getChoices()
        .map((c) => c.getValue()),
    ).toEqual(['Tue, Sep 8', 'Tue, Sep 22']);
    expect(items[0]!.getHelpText()).toBe('Your link picks it');
    expect(items[0]!.asListItem().isRequired()).toBe(true);
    const scaleItem = items[1]!.asScaleItem();
    expect([scaleItem.getLowerBound(), scaleItem.getUpperBound(), scaleItem.getLeftLabel()]).toEqual([
      1,
      5,
      'Strongly disagree',
    ]);
    expect(String(form.getEmailCollectionType())).toBe('DO_NOT_COLLECT');
  });

  test("a prefilled link made from the API's questionId is the one FormApp makes", () => {
    const s = school();
    const { formId, built } = feedbackForm(s);
    const question = built.form.items[0].questionItem.question;
    const fromApi = `${built.form.responderUri}?usp=pp_url&entry.${parseInt(question.questionId, 16)}=Tue%2C+Sep+22`;
    const form = s.forms.openById(formId);
    const list = form.getItems()[0]!.asListItem();
    expect(form.createResponse().withItemResponse(list.createResponse('Tue, Sep 22')).toPrefilledUrl()).toBe(fromApi);
    expect(form.getPublishedUrl()).toBe(built.form.responderUri);
  });

  test('FormApp sets a destination; responses land there; forms.get names the linked sheet', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    const book = s.sheets.create('Responses');
    s.forms.openById(formId).setDestination(s.forms.DestinationType.SPREADSHEET, book.getId());
    expect(s.get(formId).body.linkedSheetId).toBe(book.getId());
    s.publish(formId);
    submitResponse(s.ws, formId, { Meeting: 'Tue, Sep 8', 'This meeting was useful.': 5 });
    const [header, row] = readSheetValues(s.ws, book.getId(), 'Form Responses 1');
    expect(header).toEqual(['Timestamp', 'Meeting', 'This meeting was useful.', 'One thing to change']);
    expect(row!.slice(1)).toEqual(['Tue, Sep 8', 5, '']);
    expect(exportFormHtml(s.ws, formId)).toContain('Readers PLG — meeting feedback');
  });

  test('emailCollectionType VERIFIED through the API: FormApp reads it, responses carry the address', () => {
    const s = school();
    const { formId } = feedbackForm(s);
    s.batch(formId, {
      requests: [{ updateSettings: { settings: { emailCollectionType: 'VERIFIED' }, updateMask: '*' } }],
    });
    expect(String(s.forms.openById(formId).getEmailCollectionType())).toBe('VERIFIED');
    s.publish(formId);
    submitResponse(
      s.ws,
      formId,
      { Meeting: 'Tue, Sep 8', 'This meeting was useful.': 3 },
      { respondentEmail: 't@school.example' },
    );
    expect(s.forms.openById(formId).getResponses()[0]!.getRespondentEmail()).toBe('t@school.example');
  });
});

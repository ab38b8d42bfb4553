// Whether a form takes a response, and recording one. A form created through the API starts unpublished
// and accepts nothing until published; "accepting responses" only matters once it is published.
// https://developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms
// https://developers.google.com/workspace/forms/api/reference/rest/v1/forms#PublishState
import { domainOf } from '../drive/sharing';
import type { Workspace } from '../workspace';
import { isAnswered } from './answers';
import { writeResponse } from './destination';
import { notAccepting, notPublished } from './messages';
import { isQuestion, type AnswerValue, type FormData, type ResponseData } from './model';

export interface Submission {
  respondentEmail: string;
  timestamp: Date;
  answers: { itemId: number; value: AnswerValue }[];
}

/** Why the form refuses this submission, or null if it takes it. */
export function refusal(ws: Workspace, form: FormData, submission: Submission): string | null {
  const { settings } = form;
  if (!settings.published) return notPublished(form.title);
  if (!settings.acceptingResponses) return notAccepting(form.title);
  const email = submission.respondentEmail.toLowerCase();
  const needsSignIn =
    settings.requireLogin || settings.limitOneResponsePerUser || settings.emailCollection === 'VERIFIED';
  if (needsSignIn && !email) return 'This form requires respondents to sign in.';
  if (settings.emailCollection === 'RESPONDER_INPUT' && !email) return 'This form requires an email address.';
  if (settings.requireLogin && domainOf(email) !== ws.user.domain) {
    return `Only users in ${ws.user.domain} can respond to this form.`;
  }
  if (settings.limitOneResponsePerUser && form.responses.some((r) => r.account === email)) {
    return 'You have already responded to this form.';
  }
  const answered = new Map(submission.answers.map((a) => [a.itemId, a.value]));
  const missing = form.items.find((item) => isQuestion(item) && item.required && !isAnswered(answered.get(item.id)));
  if (missing) return `The question "${missing.title}" is required.`;
  return null;
}

/** Stores the response and, when the form has a destination, appends its row to the sheet. */
export function recordResponse(ws: Workspace, form: FormData, submission: Submission): ResponseData {
  const collects = form.settings.emailCollection !== 'DO_NOT_COLLECT';
  const response: ResponseData = {
    id: ws.newId('2_ABaOnu'),
    timestamp: new Date(submission.timestamp.getTime()),
    respondentEmail: collects ? submission.respondentEmail.toLowerCase() : '',
    account: submission.respondentEmail.toLowerCase(),
    answers: submission.answers.map((a) => ({ itemId: a.itemId, value: a.value })),
  };
  form.responses.push(response);
  writeResponse(ws, form, response);
  return response;
}

// FormApp's error texts.

export { noSuchItem as missingForm } from '../drive/messages';

/**
 * A change to a form the user may not edit. The emulator's wording: Apps Script's generic refusal ("You do not
 * have permission to perform that action."), not checked for FormApp specifically.
 */
export const cannotEditForm = 'You do not have permission to perform that action.';

/** setRequireLogin on a consumer (gmail.com) account: only Google Workspace forms can require sign-in. */
export const requireLoginNeedsWorkspace =
  'Requiring respondents to sign in is only available for Google Workspace domains.';

export const noDestination = 'This form does not currently have a response destination.';

/** The generic refusal Forms gives for values it cannot store (bounds, choices, grid rows). */
export const invalidData = 'Invalid data updating form.';

export const cannotCast = (from: string, to: string) => `Item of type ${from} cannot be cast to ${to}.`;

/** What a respondent sees instead of the questions. */
export const notPublished = (title: string) => `The form "${title}" is not published; it accepts no responses.`;
export const notAccepting = (title: string) => `The form "${title}" is no longer accepting responses.`;

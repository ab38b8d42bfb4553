// DocumentApp's error texts.

/** openById / openByUrl for a Doc that does not exist or that the user cannot open. */
export const missingDocument = "Document is missing (perhaps it was deleted, or you don't have read access?)";

/**
 * A change to a Doc the user may only view or comment on. The emulator's wording: Apps Script's generic
 * refusal ("You do not have permission to perform that action."), not checked for DocumentApp specifically.
 */
export const cannotEditDocument = 'You do not have permission to perform that action.';

// Drive's error texts, as Apps Script prints them.

/** DriveApp.getFileById / getFolderById for an id that does not exist or the user cannot see. */
export const noSuchItem =
  'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';

/**
 * DriveApp's refusal of a change the user may not make (an editor trashing a file they do not own, a viewer
 * renaming or sharing): "Exception: Access denied: DriveApp." as scripts report it in the field (e.g. a
 * setSharing that Drive refuses); Google's reference gives no text for this case.
 */
export const accessDenied = 'Access denied: DriveApp.';

/** addEditor / addViewer / addCommenter with something that is not an email address. */
export const invalidEmail = (email: string) => `Invalid email: ${email}`;

/** FileIterator.next / FolderIterator.next past the last item. */
export const iteratorExhausted = 'Cannot retrieve the next object: iterator has reached the end.';

export const invalidArgument = (name: string) => `Invalid argument: ${name}`;

/**
 * A call whose arguments fit none of the method's overloads, in Apps Script's wording, e.g. "The parameters
 * (String) don't match the method signature for DriveApp.createFile."
 */
export const signatureMismatch = (types: string[], method: string) =>
  `The parameters (${types.join(',')}) don't match the method signature for ${method}.`;

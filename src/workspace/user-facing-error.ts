// An error whose message is written for the person who pressed the button: the card shows it as it is.
// Anything else is translated by addon/friendly-errors.ts and its details go only to the log.
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

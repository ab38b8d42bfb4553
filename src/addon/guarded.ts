// Every card action runs through here: a failure becomes a plain-words notification (what went wrong, what
// happens next) and the details go to the log, never a stack trace on the card.
import { friendlyError } from './friendly-errors';

type ActionResult = GoogleAppsScript.Card_Service.ActionResponse | GoogleAppsScript.Card_Service.Card;

export function guarded<E>(what: string, action: (event: E) => ActionResult): (event: E) => ActionResult {
  return (event: E) => {
    try {
      return action(event);
    } catch (error) {
      console.error(`${what} failed`, error);
      const isUserFacing = error instanceof Object && (error as Error).name === 'UserFacingError';
      const message = isUserFacing ? (error as Error).message : friendlyError(error).message;
      return CardService.newActionResponseBuilder()
        .setNotification(CardService.newNotification().setText(`${what}: ${message}`))
        .build();
    }
  };
}

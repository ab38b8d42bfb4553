// Every card action runs through here: a failure becomes a plain-words notification (what went wrong, what
// happens next) and the details go to the log, never a stack trace on the card. An action that hands its
// unfinished work to the hourly run sets `run.resumes` once that hand-over is in place, so the message can say
// "the rest will continue automatically" only when it will.
import { friendlyError } from './friendly-errors';

type ActionResult = GoogleAppsScript.Card_Service.ActionResponse | GoogleAppsScript.Card_Service.Card;

export interface ActionRun {
  resumes: boolean;
}

export function guarded<E>(
  what: string,
  action: (event: E, run: ActionRun) => ActionResult,
): (event: E) => ActionResult {
  return (event: E) => {
    const run: ActionRun = { resumes: false };
    try {
      return action(event, run);
    } catch (error) {
      console.error(`${what} failed`, error);
      const isUserFacing = error instanceof Object && (error as Error).name === 'UserFacingError';
      const message = isUserFacing ? (error as Error).message : friendlyError(error, run.resumes).message;
      return CardService.newActionResponseBuilder()
        .setNotification(CardService.newNotification().setText(`${what}: ${message}`))
        .build();
    }
  };
}

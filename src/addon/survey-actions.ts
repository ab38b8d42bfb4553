// Send survey: this month's PLG health survey to members (or all staff, per Settings) and the facilitators'
// survey to facilitators. The hourly run sends them by itself in the survey months Settings names.
import { wallClock } from '../core/registry/cells';
import { openRegistry, readableRegistry } from '../workspace/registry-io';
import { sendSurveyRound } from '../workspace/survey-send';
import { cardBudgetMs, startBudget } from './budget';
import { button, buttons, card, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { ensureHourlyTrigger } from './hourly';
import { requireRegistry } from './registry-actions';
import { withScriptLock } from './script-lock';

export const onSendSurvey = guarded('Send survey', () => {
  const spreadsheet = requireRegistry();
  return withScriptLock(() => {
    const open = openRegistry(spreadsheet);
    const registry = readableRegistry(open);
    const round = Number(wallClock(new Date(), registry.settings.timeZone).date.slice(5, 7));
    ensureHourlyTrigger();
    const report = sendSurveyRound(open, round, new Date(), startBudget(cardBudgetMs));
    const said = report.quotaReached
      ? `Survey sent to ${report.mailed} people; today's email quota is used up, so the other ${report.remaining} get it from tomorrow's hourly runs.`
      : report.remaining
        ? `Survey sent to ${report.mailed} people so far; ${report.remaining} more will get it from the hourly run.`
        : `Survey links sent to ${report.mailed} people.`;
    return respond(
      said,
      card('Survey', [
        section(undefined, [
          fact('Forms made this time', String(report.created), "The health survey and the facilitators' survey"),
          fact(
            'Emailed',
            String(report.mailed),
            report.remaining ? `${report.remaining} still to send` : 'Everyone in the audience has the link',
          ),
          paragraph(
            'Answers are anonymous unless your school chose to collect emails in Settings. Results show on the Dashboard tab once a group has enough responses.',
          ),
          buttons(button('Back', 'onShowHome')),
        ]),
      ]),
      false,
    );
  });
});

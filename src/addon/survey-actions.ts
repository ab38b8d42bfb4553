// Send survey: this month's PLG health survey to members (or all staff, per Settings) and the facilitators'
// survey to facilitators — or, when a round the hourly run is still mailing is under way, that round. The hourly
// run sends them by itself in the survey months Settings names. Each person is mailed once per round; the card
// names anyone whose message may not have gone out (a run stopped while Google was sending it) and offers to send
// to them again.
import { wallClock } from '../core/registry/cells';
import { openRegistry, readableRegistry } from '../workspace/registry-io';
import { currentRound, sendSurveyRound, type SurveyReport } from '../workspace/survey-send';
import { cardBudgetMs, startBudget } from './budget';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { ensureHourlyTrigger } from './hourly';
import { requireRegistry } from './registry-actions';
import { withScriptLock } from './script-lock';

type Event = { commonEventObject?: { parameters?: Record<string, string> }; parameters?: Record<string, string> };

/** How many uncertain people the card lists by name (a batch is 25) before saying "and N more". */
const namesShown = 100;

export const onSendSurvey = guarded('Send survey', (event: Event, run) => {
  const spreadsheet = requireRegistry();
  const resendUncertain = parameter(event, 'resend') === 'uncertain';
  const chosenRound = Number(parameter(event, 'round'));
  return withScriptLock(() => {
    const open = openRegistry(spreadsheet);
    const registry = readableRegistry(open);
    const now = new Date();
    const round =
      chosenRound >= 1 && chosenRound <= 12
        ? chosenRound
        : (currentRound(registry, now, open.id) ?? Number(wallClock(now, registry.settings.timeZone).date.slice(5, 7)));
    ensureHourlyTrigger();
    const report = sendSurveyRound(open, round, now, startBudget(cardBudgetMs), { resendUncertain, run });
    return respond(notice(report), surveyCard(report), false);
  });
});

function notice(report: SurveyReport): string {
  const said = report.quotaReached
    ? `Survey sent to ${report.mailed} people; today's email quota is used up, so the other ${report.remaining} get it from tomorrow's hourly runs.`
    : report.remaining
      ? `Survey sent to ${report.mailed} people so far; ${report.remaining} more will get it from the hourly run.`
      : `Survey links sent to ${report.mailed} people.`;
  const unsure = uncertainCount(report);
  return unsure ? `${said} ${unsure} may not have received it (see the card).` : said;
}

function uncertainCount(report: SurveyReport): number {
  return report.uncertain.length + report.uncertainUnnamed;
}

function surveyCard(report: SurveyReport): GoogleAppsScript.Card_Service.Card {
  const widgets = [
    fact('Forms made this time', String(report.created), "The health survey and the facilitators' survey"),
    fact(
      'Emailed',
      String(report.mailed),
      report.remaining ? `${report.remaining} still to send` : 'Everyone in the audience has the link',
    ),
  ];
  if (report.lateJoiners) {
    widgets.push(fact('Joined since the survey started', String(report.lateJoiners), 'They get the link too'));
  }
  if (report.skipped) {
    widgets.push(fact('Left before their turn', String(report.skipped), 'Not emailed'));
  }
  const unsure = uncertainCount(report);
  if (unsure) {
    const named = report.uncertain.slice(0, namesShown).map(escapeHtml).join(', ');
    const more = unsure - Math.min(report.uncertain.length, namesShown);
    widgets.push(
      paragraph(
        `<b>${unsure} may not have received it.</b> A run stopped while Google was sending their email, so PLG Hub cannot tell whether it went out; it counts as sent, so nobody gets it twice. ${named}${more ? `${named ? ', and ' : ''}${more} more` : ''}.`,
      ),
    );
    if (report.uncertain.length) {
      const again = report.uncertain.length;
      widgets.push(
        buttons(
          button(`Send again to ${again === 1 ? 'this person' : `these ${again}`}`, 'onSendSurvey', {
            resend: 'uncertain',
            round: String(report.round),
          }),
        ),
      );
    }
  }
  if (report.unreadable.length) {
    widgets.push(
      paragraph(
        `PLG Hub could not read its record of who has the ${report.unreadable.length === 1 ? 'survey' : 'surveys'} already, so it emails nobody more this round rather than risk emailing someone twice.`,
      ),
    );
  }
  widgets.push(
    paragraph(
      'Answers are anonymous unless your school chose to collect emails in Settings. Results show on the Dashboard tab once a group has enough responses.',
    ),
    buttons(button('Back', 'onShowHome')),
  );
  return card('Survey', [section(undefined, widgets)]);
}

function parameter(event: Event, name: string): string | undefined {
  return event?.commonEventObject?.parameters?.[name] ?? event?.parameters?.[name];
}

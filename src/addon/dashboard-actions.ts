// Refresh dashboard: responses in, Feedback and Dashboard tabs out, and a card that says what was counted.
import { refreshDashboard } from '../workspace/dashboard-run';
import { button, buttons, card, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';

export const onRefreshDashboard = guarded('Refresh dashboard', () => {
  const report = refreshDashboard(requireRegistry(), new Date());
  const notCounted = report.problems.length;
  const said = `Dashboard refreshed: ${report.meetingResponses} meeting responses and ${report.healthResponses} survey responses counted.`;
  return respond(
    said,
    card('Dashboard', [
      section(undefined, [
        fact('Meeting feedback', `${report.meetingResponses} responses`, 'Per group on the Dashboard tab'),
        fact('Health survey', `${report.healthResponses} responses`),
        ...(notCounted
          ? [fact('Not counted', `${notCounted}`, 'Malformed or for an unknown meeting — listed below')]
          : []),
        paragraph(
          "Groups with fewer responses than the anonymity threshold show only their count. No one's single answer is ever shown.",
        ),
        buttons(button('Back', 'onShowHome')),
      ]),
    ]),
    false,
  );
});

// Refresh dashboard: responses in, Feedback and Dashboard tabs out, and a card that says what was counted, what
// was not and why, and who can see what.
import { uncountedReasons } from '../core/feedback/parse-responses';
import { describeProblem } from '../core/problems';
import { refreshDashboard } from '../workspace/dashboard-run';
import { responsesBookName } from '../workspace/form-builder';
import { button, buttons, card, escapeHtml, fact, linkButton, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';

/** More than this many uncounted responses are summed up, not listed one by one. */
const listedAtMost = 10;

export const onRefreshDashboard = guarded('Refresh dashboard', () => {
  const report = refreshDashboard(requireRegistry(), new Date());
  const { uncounted } = report;
  const said = `Dashboard refreshed: ${report.meetingResponses} meeting responses and ${report.healthResponses} survey responses counted.`;
  const listed = uncounted
    .slice(0, listedAtMost)
    .map((u) => `${u.tab}, row ${u.row}: ${uncountedReasons[u.reason]}`)
    .join('\n');
  // Problems about a whole tab (no row): a tab PLG Hub cannot read, or responses left in the registry.
  const tabProblems = report.problems.filter((p) => p.row === undefined).map(describeProblem);
  return respond(
    said,
    card('Dashboard', [
      section(undefined, [
        fact(
          'Meeting feedback',
          `${report.meetingResponses} responses`,
          'Per group on the Dashboard and Feedback tabs',
        ),
        fact('Health survey', `${report.healthResponses} responses`, 'Each round on its own'),
        ...(uncounted.length
          ? [
              fact('Not counted', `${uncounted.length}`, 'Left out of every figure'),
              paragraph(
                escapeHtml(listed) +
                  (uncounted.length > listedAtMost ? `\n…and ${uncounted.length - listedAtMost} more` : ''),
              ),
            ]
          : []),
        ...tabProblems.map((p) => paragraph(escapeHtml(p))),
        paragraph(
          'A group with fewer responses than the anonymity threshold shows only its count, and the whole-school ' +
            'figures leave it out too, so nothing shown can be worked back to it. A meeting-feedback response ' +
            'counts only for a meeting of the group whose form received it. Individual responses stay in the private ' +
            `"${responsesBookName}" spreadsheet, which only the admin who made the forms can open.`,
        ),
        paragraph(
          'The PLG report (charts of meetings, attendance, presenting and the health survey, and what needs ' +
            'attention) is in the PLG Hub folder, shared with nobody until you share it.',
        ),
        buttons(
          linkButton('Open the PLG report', `https://drive.google.com/file/d/${report.reportFile}/view`),
          button('Year summaries', 'onYearSummaries'),
          button('Back', 'onShowHome'),
        ),
      ]),
    ]),
    false,
  );
});

// Year summaries (on the Dashboard card): one Doc per group with its year's meetings, protocols, outcomes, next
// steps and attendance rate, for the admin to share with the group. Admins only: it works on the registry open in
// Sheets and only for its editors, like every admin action.
import { writeYearSummaries } from '../workspace/year-summary-doc';
import { cardBudgetMs, startBudget } from './budget';
import { button, buttons, card, escapeHtml, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';
import { withScriptLock } from './script-lock';

export const onYearSummaries = guarded('Year summaries', () => {
  const spreadsheet = requireRegistry();
  return withScriptLock(() => {
    const report = writeYearSummaries(spreadsheet, new Date(), startBudget(cardBudgetMs));
    const done = report.made + report.updated;
    const said =
      `Made ${report.made} year summary Docs and brought ${report.updated} up to date` +
      (report.remaining ? `; press again for the other ${report.remaining}.` : '.');
    const links = report.docs
      .map((d) => `<a href="${escapeHtml(d.url).replace(/"/g, '&quot;')}">${escapeHtml(d.group)}</a>`)
      .join('<br>');
    return respond(
      said,
      card('Year summaries', [
        section(undefined, [
          paragraph(escapeHtml(said)),
          ...(done ? [paragraph(links)] : []),
          paragraph(
            "Each group's Doc is in the PLG Hub folder, shared with nobody until you share it (Share in the Doc). " +
              "It shows the group's attendance rate and each meeting's count present, never who was absent.",
          ),
          buttons(
            ...(report.remaining ? [button('Year summaries', 'onYearSummaries', {}, true)] : []),
            button('Back', 'onShowHome'),
          ),
        ]),
      ]),
      false,
    );
  });
});

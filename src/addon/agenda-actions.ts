// Generate agendas (Docs for the meetings inside the lead-time horizon) and Read agendas back (outcomes and
// attendance into the registry). The hourly run does both by itself; these buttons do it now.
import { describeProblem } from '../core/problems';
import { readAgendasBack } from '../workspace/agenda-readback';
import { generateAgendas } from '../workspace/agenda-run';
import { runSyncSlice } from '../workspace/sync-slice';
import { cardBudgetMs, startBudget } from './budget';
import { button, buttons, card, escapeHtml, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { ensureHourlyTrigger } from './hourly';
import { markSyncPending } from './pending-work';
import { requireRegistry } from './registry-actions';
import { withScriptLock } from './script-lock';

export const onGenerateAgendas = guarded('Generate agendas', () => {
  const spreadsheet = requireRegistry();
  return withScriptLock(() => {
    const budget = startBudget(cardBudgetMs);
    ensureHourlyTrigger();
    const report = generateAgendas(spreadsheet, new Date(), budget);
    // New agenda links belong in the invitations: the calendar slice adds them without emailing anyone.
    const sync = runSyncSlice(spreadsheet, new Date(), budget);
    markSyncPending(spreadsheet, report.remaining > 0 || sync.remaining > 0);
    const said = `Made ${report.created} agenda Docs${report.remaining ? `; ${report.remaining} more will be made by the hourly run` : ''}.`;
    return respond(
      said,
      card('Agendas', [
        section(undefined, [
          fact('Agenda Docs made', String(report.created), "In each group's folder, shared with its members only"),
          fact(
            'Roles rotated',
            String(report.rolesFilled),
            'Empty Presenter, Timekeeper and Note-taker cells filled; none changed',
          ),
          fact(
            'Invitations updated',
            `${sync.calendar.done} of ${sync.calendar.total}`,
            "The agenda link is added to each meeting's event",
          ),
          ...report.problems.slice(0, 5).map((p) => paragraph(escapeHtml(describeProblem(p)))),
          buttons(button('Back', 'onShowHome')),
        ]),
      ]),
      false,
    );
  });
});

export const onReadAgendasBack = guarded('Read agendas back', () => {
  const spreadsheet = requireRegistry();
  return withScriptLock(() => {
    const report = readAgendasBack(spreadsheet, new Date(), startBudget(cardBudgetMs));
    const said = `Read ${report.read} agendas: ${report.meetingsUpdated} meetings' outcomes and ${report.attendanceAdded} attendance marks recorded.`;
    return respond(
      said,
      card('Agendas', [
        section(undefined, [
          paragraph(escapeHtml(said)),
          ...report.problems.slice(0, 5).map((p) => paragraph(escapeHtml(describeProblem(p)))),
          paragraph('Only empty cells are filled: anything already typed in the sheet is kept.'),
          buttons(button('Back', 'onShowHome')),
        ]),
      ]),
      false,
    );
  });
});

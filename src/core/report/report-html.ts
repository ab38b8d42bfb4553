// The PLG report: one page a principal can open, print or share — meetings held against planned (and those canceled
// or used for other business), attendance over time, presenters so far, the health survey term over term, feedback
// averages, the facilitator support survey, and what needs attention with the
// guidance's strategies ("Monitor progress toward agreed-upon outcomes … use surveys to collect and act on
// feedback from staff", shared/seeds 001 "Sustainability"). It is built only from what the Dashboard tab may show:
// figures past the anonymity threshold, no response, no comment of a hidden group, no name of a respondent.
import type { Diagnosis } from '../diagnosis/diagnose';
import type { MonthlyAttendance } from '../metrics/attendance-by-month';
import type { FacilitatorRound, HealthRound } from '../metrics/dashboard';
import type { GroupFeedbackSummary } from '../metrics/feedback-summary';
import type { MonthCount } from '../metrics/meeting-counts';
import type { PresenterCoverage } from '../metrics/presenter-coverage';
import { traitIds, traits } from '../feedback/traits';
import { escapeHtml } from './html-escape';
import { barChart, lineChart } from './svg-charts';

export interface ReportInput {
  school: string;
  /** "Tue, Oct 6, 2026", in the school's style. */
  asOf: string;
  /** "Sep" for "2026-09", in the school's style. */
  monthLabel: (month: string) => string;
  meetings: readonly MonthCount[];
  attendance: readonly MonthlyAttendance[];
  coverage: readonly PresenterCoverage[];
  health: readonly HealthRound[];
  facilitators: readonly FacilitatorRound[];
  feedback: readonly GroupFeedbackSummary[];
  diagnosis: readonly Diagnosis[];
  groupNames: ReadonlyMap<string, string>;
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

export function reportHtml(input: ReportInput): string {
  const name = (id: string) => input.groupNames.get(id) ?? id;
  const months = input.meetings.map((m) => m.month);
  const labels = months.map(input.monthLabel);
  const sections: string[] = [];

  sections.push(
    barChart('Meetings held and planned, by month', labels, [
      { name: 'Planned', values: input.meetings.map((m) => m.planned) },
      { name: 'Held so far', values: input.meetings.map((m) => m.held) },
      { name: 'Canceled', values: input.meetings.map((m) => m.canceled) },
      { name: 'Used for other business', values: input.meetings.map((m) => m.repurposed) },
    ]),
  );
  sections.push(
    input.attendance.length
      ? lineChart(
          'Attendance rate by month (meetings with attendance recorded)',
          labels,
          input.attendance.map((a) => ({ name: name(a.group), values: months.map((m) => a.rates.get(m)) })),
          1,
          percent,
        )
      : note('Attendance', 'No attendance recorded yet.'),
  );
  sections.push(
    input.coverage.length
      ? barChart(
          'Members who have presented work, by group',
          input.coverage.map((c) => name(c.group)),
          [
            { name: 'Members', values: input.coverage.map((c) => c.members) },
            { name: 'Have presented', values: input.coverage.map((c) => c.presented.length) },
          ],
        )
      : note('Presenting', 'No groups yet.'),
  );
  const shownRounds = input.health.filter((r) => 'traits' in r.summary.school);
  sections.push(
    shownRounds.length
      ? lineChart(
          'PLG health survey, whole school, round by round (1–5)',
          shownRounds.map((r) => r.label),
          traitIds.map((t) => ({
            name: traits[t].label,
            values: shownRounds.map((r) => {
              const school = r.summary.school;
              return 'traits' in school ? school.traits.find((x) => x.trait === t)?.mean : undefined;
            }),
          })),
          5,
          (v) => v.toFixed(1),
        )
      : note('PLG health survey', 'No round has enough responses to show yet.'),
  );
  sections.push(feedbackTable(input.feedback));
  sections.push(facilitatorTable(input.facilitators));
  sections.push(attentionList(input.diagnosis));

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`PLG report — ${input.school}`)}</title>
<style>
body{font:14px/1.45 Roboto,Arial,sans-serif;color:#202124;max-width:720px;margin:24px auto;padding:0 16px}
h1{font-size:22px;margin:0}h2{font-size:17px;margin:28px 0 8px}.asof{color:#5f6368;margin:4px 0 20px}
figure.chart{margin:20px 0}figcaption{font-weight:500;margin-bottom:6px}.legend{font-size:12px;color:#3c4043}
.key{margin-right:14px;white-space:nowrap}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px}
table{border-collapse:collapse;width:100%;font-size:13px}td,th{border-bottom:1px solid #e0e0e0;padding:6px;text-align:left;vertical-align:top}
.quote{color:#5f6368;font-style:italic}ul{margin:4px 0 8px 18px;padding:0}.note{color:#5f6368}
</style></head><body>
<h1>${escapeHtml(`PLG report — ${input.school}`)}</h1>
<p class="asof">As of ${escapeHtml(input.asOf)}. Averages appear only for groups with enough responses to keep them anonymous.</p>
${sections.join('\n')}
</body></html>
`;
}

function note(title: string, text: string): string {
  return `<h2>${escapeHtml(title)}</h2><p class="note">${escapeHtml(text)}</p>`;
}

function feedbackTable(feedback: readonly GroupFeedbackSummary[]): string {
  if (feedback.length === 0) return note('End-of-meeting feedback', 'No feedback yet.');
  const rows = feedback.map((g) => {
    const cells =
      'hidden' in g
        ? `<td colspan="2">${escapeHtml(g.hidden)}</td>`
        : `<td>${g.items.map((i) => `${escapeHtml(i.title.replace(/\.$/, ''))}: <b>${i.mean ?? escapeHtml(i.hidden ?? '')}</b>`).join('<br>')}</td>`;
    return `<tr><td>${escapeHtml(g.name)}</td><td>${g.responses}</td>${cells}</tr>`;
  });
  return `<h2>End-of-meeting feedback</h2><table><tr><th>Group</th><th>Responses</th><th>Averages (1–5)</th></tr>${rows.join('')}</table>`;
}

function facilitatorTable(rounds: readonly FacilitatorRound[]): string {
  const title = 'Facilitator support survey';
  if (rounds.length === 0) return note(title, 'No survey responses yet.');
  const rows = rounds.map(({ label, summary }) => {
    const cells =
      'hidden' in summary
        ? `<td>${escapeHtml(summary.hidden)}</td>`
        : `<td>${summary.items.map((i) => `${escapeHtml(i.title.replace(/\.$/, ''))}: <b>${i.mean ?? escapeHtml(i.hidden ?? '')}</b>`).join('<br>')}</td>`;
    return `<tr><td>${escapeHtml(label)}</td><td>${summary.responses}</td>${cells}</tr>`;
  });
  return `<h2>${title}</h2><table><tr><th>Round</th><th>Responses</th><th>Averages (1–5)</th></tr>${rows.join('')}</table>`;
}

function attentionList(diagnosis: readonly Diagnosis[]): string {
  if (diagnosis.length === 0) return note('What needs attention', 'Nothing the data shows yet.');
  const items = diagnosis.map(
    ({ challenge, findings }) =>
      `<h3>${escapeHtml(challenge.title)}</h3>` +
      `<p class="quote">“${escapeHtml(challenge.quote)}” (${escapeHtml(challenge.source)})</p>` +
      `<ul>${findings
        .slice(0, 8)
        .map((f) => `<li>${escapeHtml(`${f.where}: ${f.evidence}`)}</li>`)
        .join('')}${findings.length > 8 ? `<li>… and ${findings.length - 8} more</li>` : ''}</ul>` +
      `<p>What the guidance suggests:</p><ul>${challenge.strategies.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>`,
  );
  return `<h2>What needs attention</h2>${items.join('')}`;
}

// The Dashboard tab: what the school's PLGs add up to, section by section, with the guidance's strategies next
// to every weak area ("Monitor progress toward agreed-upon outcomes … use surveys to collect and act on feedback
// from staff", shared/seeds 001 "Sustainability"). Only counts and means pass the anonymity threshold; no row
// ever holds one person's answer, the whole school is made only of groups that are shown (anonymity.ts), and
// every comment is escaped before it can reach a cell.
import { escapeAsText, escapeForCell } from '../escape';
import { uncountedReasons, type UncountedReason } from '../feedback/parse-responses';
import type { GroupAttendance } from './attendance-rates';
import type { FacilitatorSummary } from './facilitator-summary';
import type { GroupFeedbackSummary } from './feedback-summary';
import type { HealthSummary } from './health-summary';
import type { PresenterCoverage } from './presenter-coverage';
import type { PersonHours } from './plg-hours';
import type { ProtocolsUsed } from './protocols-used';
import type { Diagnosis } from '../diagnosis/diagnose';
import { commentLines, groupComments } from './comment-groups';

/** One survey round's results ("October 2026–27"). */
export interface HealthRound {
  label: string;
  summary: HealthSummary;
}

/** One facilitator support survey round's results. */
export interface FacilitatorRound {
  label: string;
  summary: FacilitatorSummary;
}

export interface DashboardInput {
  asOf: string;
  feedback: readonly GroupFeedbackSummary[];
  /** Each round on its own, oldest first: one person answers each round once, so rounds are never added up. */
  health: readonly HealthRound[];
  /** The facilitator support survey, each round on its own, oldest first. */
  facilitators: readonly FacilitatorRound[];
  /** The guidance's common challenges the data shows (core/diagnosis), each once with where it was seen. */
  diagnosis: readonly Diagnosis[];
  attendance: readonly GroupAttendance[];
  coverage: readonly PresenterCoverage[];
  protocols: readonly ProtocolsUsed[];
  hours: readonly PersonHours[];
  groupNames: ReadonlyMap<string, string>;
  /** Responses left out of every count, by reason. */
  notCounted: Partial<Record<UncountedReason, number>>;
}

export const dashboardWidth = 4;
/** Findings listed per challenge; the rest are counted. */
const maxFindings = 8;

export function dashboardRows(input: DashboardInput): string[][] {
  const rows: string[][] = [];
  const line = (...cells: (string | number | undefined)[]) =>
    rows.push([...cells.map((c) => (c === undefined ? '' : String(c))), '', '', '', ''].slice(0, dashboardWidth));
  // A group's name is what an admin typed (or a department a staff import brought): text, never a formula or a number.
  const name = (id: string) => escapeAsText(input.groupNames.get(id) ?? id);
  const percent = (x: number) => `${Math.round(x * 100)}%`;

  line(
    'PLG dashboard',
    `as of ${input.asOf}`,
    'Charts are to the right, from column F; the figures they draw are on the Dashboard data tab',
  );
  line();
  line('End-of-meeting feedback', 'Responses', 'Averages (1–5)', 'Suggestions');
  for (const g of input.feedback) {
    if ('hidden' in g) line(escapeAsText(g.name), g.responses, g.hidden);
    else {
      const means = g.items.map((i) => `${label(i.title)}: ${i.mean ?? i.hidden}`).join('\n');
      const comments = commentLines(groupComments(g.comments.flatMap((c) => c.comments)));
      line(escapeAsText(g.name), g.responses, means, escapeForCell(comments));
    }
  }
  const reasons = (Object.entries(input.notCounted) as [UncountedReason, number][]).filter(([, n]) => n > 0);
  if (reasons.length > 0)
    line(
      'Responses not counted',
      reasons.reduce((sum, [, n]) => sum + n, 0),
      reasons.map(([reason, n]) => `${n} ${uncountedReasons[reason]}`).join('\n'),
      'Counted nowhere; listed on the Refresh dashboard card',
    );
  line();
  if (input.health.length === 0) {
    line('PLG health survey', 'Responses', 'Averages by trait (1–5)');
    line('No survey responses yet');
  }
  for (const round of input.health) {
    const { school, threshold } = round.summary;
    line(`PLG health survey — ${round.label}`, 'Responses', 'Averages by trait (1–5)');
    const scopes = [
      { label: 'Whole school', scope: school },
      ...round.summary.groups.map((g) => ({ label: escapeAsText(g.group), scope: g })),
    ];
    for (const { label, scope } of scopes) {
      if ('hidden' in scope) line(label, scope.responses, scope.hidden);
      else line(label, scope.responses, scope.traits.map((t) => `${t.label}: ${t.mean ?? t.hidden}`).join('\n'));
    }
    if (school.groupsLeftOut > 0)
      line(
        'Whole school leaves out',
        `${school.groupsLeftOut} ${school.groupsLeftOut === 1 ? 'group' : 'groups'}`,
        `Groups with fewer than ${threshold} responses are not in the whole-school figures either, so no figure ` +
          'here can be worked back to them.',
      );
    line();
  }
  if (input.facilitators.length === 0) {
    line('Facilitator support survey', 'Responses', 'Averages (1–5)');
    line('No survey responses yet');
    line();
  }
  for (const round of input.facilitators) {
    const { summary } = round;
    line(`Facilitator support survey — ${round.label}`, 'Responses', 'Averages (1–5)', 'What facilitators wrote');
    if ('hidden' in summary) line('All facilitators', summary.responses, summary.hidden);
    else {
      const means = summary.items.map((i) => `${label(i.title)}: ${i.mean ?? i.hidden}`).join('\n');
      const comments = summary.comments
        .map(
          (c) =>
            `${c.question}\n${commentLines(groupComments(c.comments), 20_000, 'in the private responses spreadsheet')}`,
        )
        .join('\n\n');
      line('All facilitators', summary.responses, means, escapeForCell(comments));
    }
    line();
  }
  line('What needs attention', 'Where, and what shows it', 'What the guidance suggests', 'The challenge, in its words');
  if (input.diagnosis.length === 0) line('Nothing the data shows yet');
  for (const { challenge, findings } of input.diagnosis) {
    const shown = findings.slice(0, maxFindings).map((f) => `• ${f.where}: ${f.evidence}`);
    if (findings.length > maxFindings) shown.push(`… and ${findings.length - maxFindings} more`);
    line(
      challenge.title,
      escapeForCell(shown.join('\n')),
      challenge.strategies.map((s) => `• ${s}`).join('\n'),
      `“${challenge.quote}” (${challenge.source})`,
    );
  }
  line();
  line('Attendance', 'Meetings held', 'Attendance rate', 'Meetings with no attendance recorded');
  for (const a of input.attendance)
    line(name(a.group), a.held, a.rate === undefined ? 'not recorded yet' : percent(a.rate), a.unrecorded.length);
  line();
  line('Presenting', 'Members', 'Have presented', 'Still to present');
  for (const c of input.coverage)
    line(
      name(c.group),
      c.members,
      `${c.presented.length} (${percent(c.coverage)})`,
      c.notYet.length + c.scheduled.length,
    );
  line();
  line('Protocols used', 'Meetings held with one', 'Protocols, most used first');
  if (input.protocols.length === 0) line('No meetings held yet');
  for (const p of input.protocols)
    line(
      name(p.group),
      p.counts.reduce((n, c) => n + c.meetings, 0),
      escapeForCell(p.counts.map((c) => `${c.protocol} ×${c.meetings}`).join(', ')),
    );
  line();
  line('PLG hours', 'People with hours', 'Hours in all', 'Each person’s hours are on the PLG hours tab');
  const hours = input.hours.reduce((n, h) => n + h.minutes, 0) / 60;
  line('Whole school', input.hours.length, Math.round(hours * 10) / 10);
  return rows;
}

/** A question as a label: up to its dash or colon, without its closing full stop ("…for my practice: 3.7"). */
function label(title: string): string {
  return title.split(/[—:]/)[0]!.trim().replace(/\.$/, '');
}

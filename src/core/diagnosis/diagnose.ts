// Which of the guidance's common challenges the school's own data shows, and where: one rule per challenge
// (challenges.ts), each reading only what anyone may see — averages released past the anonymity threshold,
// attendance the facilitators recorded, meetings the Meetings tab marks as repurposed, the registry's own
// schedule and rosters (the guideline checks Validate runs). A challenge is reported once, with every group it was seen in and the evidence, so its strategies are
// printed once, not group after group.
import { administratorsPlg } from '../checks/administrators-plg';
import { facilitation } from '../checks/facilitation';
import { facilitatorsPlg } from '../checks/facilitators-plg';
import type { GuidelineCheck } from '../checks/guideline-check';
import { groupSize } from '../checks/group-size';
import { meetingFrequency } from '../checks/meeting-frequency';
import { meetingLength } from '../checks/meeting-length';
import type { TraitId } from '../feedback/traits';
import type { MeetingScaleId } from '../feedback/meeting-feedback-form';
import type { AttendanceTrend } from '../metrics/attendance-trend';
import type { FacilitatorSummary } from '../metrics/facilitator-summary';
import type { GroupFeedbackSummary } from '../metrics/feedback-summary';
import type { HealthSummary } from '../metrics/health-summary';
import type { PresenterCoverage } from '../metrics/presenter-coverage';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import { daysBetween } from '../schedule/calendar-days';
import { dayText } from '../schedule/local-style';
import { challenges, type Challenge, type ChallengeId } from './challenges';

export interface DiagnosisInput {
  registry: Registry;
  today: IsoDate;
  feedback: readonly GroupFeedbackSummary[];
  /** The latest health-survey round, if any. */
  health?: HealthSummary;
  trends: readonly AttendanceTrend[];
  coverage: readonly PresenterCoverage[];
  /** The latest facilitator support survey round, if any, with its label ("January 2027"). */
  facilitators?: { label: string; summary: FacilitatorSummary };
  /** Below this average (of 5) members do not agree; the dashboard's weak-area cut. */
  cut?: number;
}

export interface Finding {
  /** A group's name, "Whole school", or where in the registry. */
  where: string;
  evidence: string;
  /** The ids of the groups it concerns (none for the whole school): the weekly digest sends it to their leads. */
  groups?: readonly string[];
}

export interface Diagnosis {
  challenge: Challenge;
  findings: readonly Finding[];
}

/** Attendance this much lower in the later half of the recorded meetings is a fall, not a bad week. */
export const attendanceDrop = 0.15;
/**
 * Meetings of one group this year used for other business before the slot counts as a pattern rather than a fire
 * drill: one lost meeting is news, two are a habit forming ("Hold this time sacred", shared/seeds 000).
 */
export const repurposedPattern = 2;
/** Presenting lags when the share who presented trails the share of the year gone by more than this. */
export const presentingLag = 0.25;

const percent = (x: number) => `${Math.round(x * 100)}%`;
const score = (x: number) => x.toFixed(1);

export function diagnose(input: DiagnosisInput): Diagnosis[] {
  const cut = input.cut ?? 3.5;
  const found = new Map<ChallengeId, Finding[]>();
  const add = (id: ChallengeId, finding: Finding) => found.set(id, [...(found.get(id) ?? []), finding]);
  const nameOf = new Map(input.registry.groups.map((g) => [g.row.id, g.row.name]));
  const name = (id: string) => nameOf.get(id) ?? id;
  const idsNamed = (groupName: string) =>
    input.registry.groups.filter((g) => g.row.name === groupName).map((g) => g.row.id);

  // Meeting feedback: averages only where the group's figures are released.
  const feedbackRule = (id: ChallengeId, item: MeetingScaleId, what: string) => {
    for (const g of input.feedback) {
      if ('hidden' in g) continue;
      const mean = g.items.find((i) => i.item === item)?.mean;
      if (mean !== undefined && mean < cut)
        add(id, {
          where: g.name,
          evidence: `meeting feedback: "${what}" averages ${score(mean)} of 5`,
          groups: [g.group],
        });
    }
  };
  feedbackRule('timeRepurposed', 'plgTime', 'the time was used for PLG work');
  feedbackRule('lowSafety', 'safeToShare', 'I felt safe sharing real work and giving honest feedback');

  // The health survey: the whole school (only groups shown) and each group shown.
  const healthRule = (id: ChallengeId, trait: TraitId) => {
    if (!input.health) return;
    const scopes = [
      { where: 'Whole school', scope: input.health.school },
      ...input.health.groups.map((g) => ({ where: g.group, scope: g })),
    ];
    for (const { where, scope } of scopes) {
      if ('hidden' in scope) continue;
      const t = scope.traits.find((x) => x.trait === trait);
      if (t?.mean !== undefined && t.mean < cut)
        add(id, {
          where,
          evidence: `health survey: "${t.label}" averages ${score(t.mean)} of 5`,
          groups: where === 'Whole school' ? [] : idsNamed(where),
        });
    }
  };
  healthRule('timeRepurposed', 'protectedTime');
  healthRule('lowSafety', 'collaborationTrust');
  healthRule('facilitatorSupport', 'skilledFacilitation');
  healthRule('purposeUnclear', 'sharedPurpose');
  healthRule('littleReflection', 'reflection');
  healthRule('workFocus', 'focusOnWork');
  healthRule('leadershipWithAdmins', 'sharedLeadership');

  // The facilitator support survey: every item is about the support facilitators have, so a low one is this
  // challenge, with the item's own words as the evidence.
  const facilitators = input.facilitators;
  if (facilitators && 'items' in facilitators.summary) {
    for (const item of facilitators.summary.items) {
      if (item.mean === undefined || item.mean >= cut) continue;
      add('facilitatorSupport', {
        where: `Facilitators (${facilitators.label})`,
        evidence: `facilitator survey: "${item.title.replace(/\.$/, '')}" averages ${score(item.mean)} of 5`,
      });
    }
  }

  // Meetings the Meetings tab marks as repurposed: the slot was held, and used for other business.
  const { yearStart } = input.registry.settings;
  const repurposed = new Map<string, string[]>();
  const planned = new Map<string, number>();
  for (const { row } of input.registry.meetings) {
    if (row.date < yearStart || row.date > input.today || row.status === 'canceled') continue;
    planned.set(row.group, (planned.get(row.group) ?? 0) + 1);
    if (row.status === 'repurposed') repurposed.set(row.group, [...(repurposed.get(row.group) ?? []), row.date]);
  }
  for (const [group, dates] of [...repurposed].sort(([a], [b]) => a.localeCompare(b))) {
    if (dates.length < repurposedPattern) continue;
    const days = dates.sort().map((d) => dayText(d, input.registry.style));
    add('timeRepurposed', {
      where: name(group),
      evidence: `${dates.length} of ${planned.get(group)} meetings so far this year were used for other business (${days.join('; ')})`,
    });
  }

  for (const t of input.trends) {
    if (t.earlier === undefined || t.later === undefined || t.earlier - t.later < attendanceDrop) continue;
    add('fallingAttendance', {
      where: name(t.group),
      evidence: `attendance fell from ${percent(t.earlier)} to ${percent(t.later)} over ${t.meetings} recorded meetings`,
      groups: [t.group],
    });
  }

  const { yearEnd } = input.registry.settings;
  const yearGone = Math.min(1, Math.max(0, daysBetween(yearStart, input.today) / daysBetween(yearStart, yearEnd)));
  if (yearGone >= presentingLag) {
    for (const c of input.coverage) {
      if (c.members === 0 || c.coverage >= yearGone - presentingLag) continue;
      add('presenterCoverage', {
        where: name(c.group),
        evidence: `${c.presented.length} of ${c.members} members have presented (${percent(c.coverage)}), with ${percent(yearGone)} of the year gone`,
        groups: [c.group],
      });
    }
  }

  // What Validate's guideline checks find in the registry itself.
  const fromChecks: [ChallengeId, GuidelineCheck][] = [
    ['lengthFrequency', meetingLength],
    ['lengthFrequency', meetingFrequency],
    ['facilitatorSupport', facilitation],
    ['leadersPlgs', administratorsPlg],
    ['leadersPlgs', facilitatorsPlg],
    ['groupSize', groupSize],
  ];
  const groupOfRow = rowGroups(input.registry);
  for (const [id, check] of fromChecks) {
    for (const problem of check(input.registry, input.today)) {
      const where = problem.tab ? `${problem.tab}${problem.row ? `, row ${problem.row}` : ''}` : 'Registry';
      const group = groupOfRow(problem.tab, problem.row);
      add(id, { where, evidence: problem.message, groups: group ? [group] : [] });
    }
  }

  return (Object.keys(challenges) as ChallengeId[])
    .filter((id) => found.has(id))
    .map((id) => ({ challenge: challenges[id], findings: found.get(id)! }));
}

/** The group a Groups or Meetings row belongs to (a meeting may name its group by id in any case, or by key). */
function rowGroups(registry: Registry): (tab: string | undefined, row: number | undefined) => string | undefined {
  const idOf = new Map<string, string>();
  for (const { row: g } of registry.groups)
    for (const name of [g.id, g.key]) if (name) idOf.set(name.toUpperCase(), g.id);
  const groupRows = new Map(registry.groups.map((g) => [g.rowNumber, g.row.id]));
  const meetingRows = new Map(registry.meetings.map((m) => [m.rowNumber, idOf.get(m.row.group.toUpperCase())]));
  return (tab, row) =>
    row === undefined
      ? undefined
      : tab === 'Groups'
        ? groupRows.get(row)
        : tab === 'Meetings'
          ? meetingRows.get(row)
          : undefined;
}

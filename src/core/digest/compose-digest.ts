// What each facilitator's and liaison's weekly digest says, per group they lead, from the registry alone:
// - what needs attention: the Dashboard's rules (diagnosis/diagnose.ts) that the registry's own records show —
//   attendance falling, presenting lagging, meetings too short or rare, a facilitator without training, a group
//   outside 8–12 — each with the guidance's first strategy for it;
// - members below Settings' "Attendance below" over at least two recorded meetings (one missed meeting is not a
//   pattern), named only in the digests of that group's own facilitators and liaison;
// - the next seven days' meetings and who presents (or that nobody is named yet);
// - past meetings whose agenda Doc exists but no outcomes came back into the Meetings tab.
// No feedback or survey figure is in a digest, not even ones past the anonymity threshold: a weekly mail to the
// group's own facilitator would let them compare one week's averages with the next and read one response's
// answers (README, "What a threshold cannot stop"). Those stay on the Dashboard and the PLG report, for admins.
// A group with none of the four says nothing, and a person whose groups all say nothing gets no digest that week.
import { diagnose } from '../diagnosis/diagnose';
import { groupRoster } from '../my-plg';
import { attendanceRates } from '../metrics/attendance-rates';
import { attendanceTrends } from '../metrics/attendance-trend';
import { presenterCoverage } from '../metrics/presenter-coverage';
import type { IsoDate } from '../registry/cells';
import type { Registry } from '../registry/registry';
import type { MeetingRow } from '../registry/tabs';
import { addDays } from '../schedule/calendar-days';
import { digestRecipients, type DigestRole } from './recipients';

/** Fewer recorded meetings than this say nothing about a person's attendance. */
export const fewestRecordedForAttendance = 2;
/** How far ahead "coming up" looks: a week, to the next digest. */
export const comingUpDays = 7;

export interface AttentionLine {
  title: string;
  evidence: string;
  /** The guidance's first strategy for it. */
  strategy: string;
}

export interface LowAttendance {
  email: string;
  name: string;
  attended: number;
  recorded: number;
}

export interface ComingUp {
  date: IsoDate;
  startTime: string;
  /** The presenter's name; absent when nobody is named yet. */
  presenter?: string;
}

export interface WithoutOutcomes {
  date: IsoDate;
  agenda: string;
}

export interface DigestGroup {
  id: string;
  name: string;
  roles: readonly DigestRole[];
  attention: readonly AttentionLine[];
  lowAttendance: readonly LowAttendance[];
  comingUp: readonly ComingUp[];
  withoutOutcomes: readonly WithoutOutcomes[];
}

export interface Digest {
  email: string;
  name: string;
  groups: readonly DigestGroup[];
}

export function composeDigests(registry: Registry, today: IsoDate): Digest[] {
  const { settings } = registry;
  const nameOf = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const name = (email: string) => nameOf.get(email) ?? email;
  // The Meetings tab may name a group by its id in any letter case, or by the id it had (its key).
  const idOf = new Map<string, string>();
  for (const { row: g } of registry.groups) for (const n of [g.id, g.key]) if (n) idOf.set(n.toUpperCase(), g.id);
  const meetings: MeetingRow[] = registry.meetings.flatMap(({ row }) => {
    const group = idOf.get(row.group.toUpperCase());
    return group ? [{ ...row, group }] : [];
  });
  const attendance = registry.attendance.map((a) => a.row);
  const rosters = new Map(registry.groups.map((g) => [g.row.id, groupRoster(registry, g.row.id, today)]));
  const diagnosis = diagnose({
    registry,
    today,
    feedback: [],
    trends: attendanceTrends(meetings, attendance, today),
    coverage: presenterCoverage(meetings, rosters, today),
  });
  // Attendance up to yesterday: today's meeting may not have happened yet.
  const rates = new Map(attendanceRates(meetings, attendance, addDays(today, -1)).map((r) => [r.group, r]));
  const lastDay = addDays(today, comingUpDays - 1);

  const groupDigest = (id: string, roles: DigestRole[]): DigestGroup | undefined => {
    const group = registry.groups.find((g) => g.row.id === id)!.row;
    const roster = new Set(rosters.get(id));
    const own = meetings
      .filter((m) => m.group === id && m.status === 'scheduled')
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
    const attention = diagnosis.flatMap((d) =>
      d.findings
        .filter((f) => f.groups?.includes(id))
        .map((f) => ({ title: d.challenge.title, evidence: f.evidence, strategy: d.challenge.strategies[0]! })),
    );
    const lowAttendance = (rates.get(id)?.people ?? [])
      .filter(
        (p) =>
          roster.has(p.email) &&
          p.recorded >= fewestRecordedForAttendance &&
          p.attended * 100 < settings.attendanceBelow * p.recorded,
      )
      .map((p) => ({ email: p.email, name: name(p.email), attended: p.attended, recorded: p.recorded }))
      .sort((a, b) => a.attended / a.recorded - b.attended / b.recorded || a.name.localeCompare(b.name));
    const comingUp = own
      .filter((m) => m.date >= today && m.date <= lastDay)
      .map((m) => ({ date: m.date, startTime: m.startTime, presenter: m.presenter && name(m.presenter) }));
    const withoutOutcomes = own
      .filter((m) => m.date >= settings.yearStart && m.date < today && m.agenda && !m.outcomes)
      .map((m) => ({ date: m.date, agenda: m.agenda! }));
    const says = attention.length + lowAttendance.length + comingUp.length + withoutOutcomes.length > 0;
    return says ? { id, name: group.name, roles, attention, lowAttendance, comingUp, withoutOutcomes } : undefined;
  };

  return digestRecipients(registry).flatMap((recipient) => {
    const groups = [...recipient.groups].flatMap(([id, roles]) => groupDigest(id, roles) ?? []);
    return groups.length ? [{ email: recipient.email, name: name(recipient.email), groups }] : [];
  });
}

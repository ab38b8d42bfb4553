// A group's school year on one page ("Maintain records of PLG work, including agenda outcomes, notes and
// attendance", shared/seeds 001): meetings held and canceled, the protocols used, and each held meeting's
// presenter, focus, outcomes and next steps as read back from its agenda into the Meetings tab. Made for the
// admin to share with the group, so attendance is the group's own rate and each meeting's count present — never
// who was absent: member-by-member attendance stays on the Attendance and PLG hours tabs, which only the
// registry's editors see (README, "Who can see what").
import type { AgendaBlock } from '../agenda/agenda-blocks';
import { attendanceMarks } from '../metrics/attendance-marks';
import type { Protocol } from '../protocols/protocol';
import type { IsoDate } from '../registry/cells';
import { plgTitle } from '../registry/plg-title';
import type { Registry } from '../registry/registry';
import { dayText, type LocalStyle } from '../schedule/local-style';

export interface YearSummaryMeeting {
  date: IsoDate;
  protocol?: string;
  presenter?: string;
  focus?: string;
  outcomes?: string;
  nextSteps?: string;
  /** Marked present / marked at all; absent when nobody recorded attendance. */
  present?: { present: number; marked: number };
}

export interface YearSummary {
  school: string;
  groupName: string;
  purpose?: string;
  goal?: string;
  /** "2026–27" */
  year: string;
  asOf: IsoDate;
  held: number;
  canceled: number;
  /** Scheduled meetings still to come this year. */
  toCome: number;
  protocols: readonly { name: string; meetings: number }[];
  meetings: readonly YearSummaryMeeting[];
  /** Present marks over all marks of the held meetings; absent when none was recorded. */
  attendanceRate?: number;
  /** Held meetings with no attendance recorded. */
  unrecorded: number;
}

export function schoolYearLabel(yearStart: IsoDate, yearEnd: IsoDate): string {
  const [from, to] = [yearStart.slice(0, 4), yearEnd.slice(0, 4)];
  return from === to ? from : `${from}–${to.slice(2)}`;
}

export function yearSummary(
  registry: Registry,
  groupId: string,
  today: IsoDate,
  protocols: readonly Protocol[],
): YearSummary {
  const { settings } = registry;
  const group = registry.groups.find((g) => g.row.id === groupId)!.row;
  const names = [group.id, group.key].filter(Boolean).map((n) => n!.toUpperCase());
  const nameOf = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const protocolName = (id: string | undefined) =>
    id === undefined ? undefined : (protocols.find((p) => p.id === id.trim().toLowerCase())?.name ?? id);
  const own = registry.meetings
    .map((m) => m.row)
    .filter((m) => names.includes(m.group.toUpperCase()) && m.date >= settings.yearStart && m.date <= settings.yearEnd)
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
  const held = own.filter((m) => m.status === 'scheduled' && m.date <= today);
  const marks = attendanceMarks(registry.attendance.map((a) => a.row));
  const counts = new Map<string, number>();
  let present = 0;
  let marked = 0;
  const meetings = held.map((m): YearSummaryMeeting => {
    const protocol = protocolName(m.protocol ?? group.defaultProtocol);
    if (protocol) counts.set(protocol, (counts.get(protocol) ?? 0) + 1);
    const byPerson = marks.get(m.key);
    const here = byPerson ? [...byPerson.values()].filter(Boolean).length : 0;
    present += here;
    marked += byPerson?.size ?? 0;
    return {
      date: m.date,
      protocol,
      presenter: m.presenter && (nameOf.get(m.presenter) ?? m.presenter),
      focus: m.focus,
      outcomes: m.outcomes,
      nextSteps: m.nextSteps,
      present: byPerson ? { present: here, marked: byPerson.size } : undefined,
    };
  });
  return {
    school: settings.school,
    groupName: group.name,
    purpose: group.purpose,
    goal: group.goal === undefined ? undefined : registry.goals.find((g) => g.row.id === group.goal)?.row.goal,
    year: schoolYearLabel(settings.yearStart, settings.yearEnd),
    asOf: today,
    held: held.length,
    canceled: own.filter((m) => m.status === 'canceled').length,
    toCome: own.filter((m) => m.status === 'scheduled' && m.date > today).length,
    protocols: [...counts]
      .map(([name, n]) => ({ name, meetings: n }))
      .sort((a, b) => b.meetings - a.meetings || a.name.localeCompare(b.name)),
    meetings,
    attendanceRate: marked === 0 ? undefined : present / marked,
    unrecorded: meetings.filter((m) => !m.present).length,
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary as Doc blocks (workspace/doc-blocks.ts writes them as headings, lists and a table). */
export function yearSummaryBlocks(summary: YearSummary, style: LocalStyle): AgendaBlock[] {
  const blocks: AgendaBlock[] = [
    { kind: 'heading', level: 1, text: `${plgTitle(summary.groupName)}: the ${summary.year} school year` },
    { kind: 'paragraph', text: `${summary.school} · as of ${dayText(summary.asOf, style)}` },
  ];
  if (summary.purpose) blocks.push({ kind: 'paragraph', text: `Purpose: ${summary.purpose}` });
  if (summary.goal) blocks.push({ kind: 'paragraph', text: `School goal: ${summary.goal}` });
  blocks.push(
    { kind: 'heading', level: 2, text: 'Meetings' },
    {
      kind: 'paragraph',
      text: `${plural(summary.held, 'meeting')} held, ${summary.canceled} canceled, ${summary.toCome} still to come this year.`,
    },
    { kind: 'heading', level: 2, text: 'Attendance' },
    {
      kind: 'paragraph',
      text:
        (summary.attendanceRate === undefined
          ? 'No attendance recorded yet.'
          : `${Math.round(summary.attendanceRate * 100)}% of the group present, over the meetings with attendance recorded.`) +
        (summary.unrecorded ? ` ${plural(summary.unrecorded, 'held meeting')} without attendance recorded.` : ''),
    },
    { kind: 'heading', level: 2, text: 'Protocols used' },
    summary.protocols.length
      ? { kind: 'list', items: summary.protocols.map((p) => `${p.name}: ${plural(p.meetings, 'meeting')}`) }
      : { kind: 'paragraph', text: 'None yet.' },
    { kind: 'heading', level: 2, text: 'Meeting by meeting' },
  );
  if (summary.meetings.length === 0) blocks.push({ kind: 'paragraph', text: 'No meeting held yet.' });
  else
    blocks.push({
      kind: 'table',
      rows: [
        ['Date', 'Protocol and presenter', 'Outcomes', 'Next steps', 'Present'],
        ...summary.meetings.map((m) => [
          dayText(m.date, style),
          [m.protocol, m.presenter && `Presenter: ${m.presenter}`, m.focus && `Focus: ${m.focus}`]
            .filter(Boolean)
            .join('\n'),
          m.outcomes ?? '—',
          m.nextSteps ?? '—',
          m.present ? `${m.present.present} of ${m.present.marked}` : '—',
        ]),
      ],
    });
  return blocks;
}

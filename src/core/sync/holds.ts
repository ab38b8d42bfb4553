// What could not be read is held, never cancelled. A row, tab or header that fails to read governs events,
// Docs, forms and mail it can no longer describe: those are left exactly as they are — not updated, not
// cancelled, not re-created — until the row reads again. Only a row that reads cleanly and says so (group
// inactive, meeting canceled, membership ended) cancels anything. (STYLE.md, "Hold what you cannot read".)
import type { Problem } from '../problems';

/** Where the fix is: the tab and row (when there is one) whose reading failed. */
export interface HoldCause {
  tab: string;
  row?: number;
  /** What is wrong there, in the words of the problem it raised. */
  reason: string;
}

export interface Holds {
  /** A whole tab could not be used (missing, or a required header renamed): every meeting is held. */
  all?: HoldCause;
  /** By group key or id, upper-cased: every meeting of the group is held. */
  groups: ReadonlyMap<string, HoldCause>;
  /** By meeting key, upper-cased. */
  meetings: ReadonlyMap<string, HoldCause>;
}

export const noHolds: Holds = { groups: new Map(), meetings: new Map() };

/** The group part of a meeting key ("MATH-1-20260908" → "MATH-1"). */
export function groupKeyOfMeeting(meetingKey: string): string {
  return meetingKey.replace(/-\d{4}-?\d{2}-?\d{2}$/, '');
}

/** Why a meeting is held, or undefined when it may be planned as usual. */
export function holdOf(holds: Holds, meetingKey: string, groupIds: readonly string[] = []): HoldCause | undefined {
  return (
    holds.all ??
    holds.meetings.get(meetingKey.toUpperCase()) ??
    holds.groups.get(groupKeyOfMeeting(meetingKey).toUpperCase()) ??
    groupIds.map((id) => holds.groups.get(id.toUpperCase())).find(Boolean)
  );
}

/** "Groups row 3: "Tusday" is not one of …" — where to look and what is wrong. */
export function describeHoldCause(cause: HoldCause): string {
  return `${cause.tab}${cause.row !== undefined ? ` row ${cause.row}` : ''}: ${cause.reason}`;
}

/** The cause for a tab and row, worded from the first problem found there. */
export function causeAt(problems: readonly Problem[], tab: string, row?: number): HoldCause {
  const problem =
    problems.find((p) => p.tab === tab && p.row === row && p.severity === 'error') ??
    problems.find((p) => p.tab === tab && p.severity === 'error');
  const found = problem?.value ? `"${problem.value}" ` : '';
  const column = problem?.column ? `column "${problem.column}": ` : '';
  return { tab, row, reason: problem ? `${column}${found}${problem.message}` : 'this row could not be read' };
}

/** Whether a whole group is held: everything of the registry, or the group's rows, could not be read. */
export function isHeldGroup(holds: Holds, group: { id: string; key?: string }): boolean {
  return (
    holds.all !== undefined ||
    holds.groups.has(group.id.toUpperCase()) ||
    (group.key !== undefined && holds.groups.has(group.key.toUpperCase()))
  );
}

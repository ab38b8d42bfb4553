// The plan in sentences and rows, for the sync card and the Preview tab: what will happen to which meeting,
// before anything is written.
import type { CalendarPlan } from './calendar-plan';
import type { FieldChange, When } from './event-changes';
import { guestEmails } from './fingerprint';
import { minutesOfDay } from './wall-time';
import { describeHoldCause, groupKeyOfMeeting } from '../sync/holds';
import type { WelcomePlan } from '../sync/welcome-plan';
import { clockText, dayText, neutralStyle, shortDayText, type LocalStyle } from '../schedule/local-style';

export interface PlanCounts {
  creates: number;
  updates: number;
  cancels: number;
  drift: number;
  /** Events held until what governs them reads again. */
  holds: number;
  /** Meetings tab rows that only need the event id and Synced columns filled. */
  records: number;
  unchanged: number;
  warnings: number;
}

export interface PlanSummary {
  counts: PlanCounts;
  lines: string[];
}

export const previewHeaders = ['Action', 'Meeting', 'Group', 'When', 'Details'] as const;

/** True when a sync would write nothing at all, to Calendar or to the Meetings tab. */
export function planIsEmpty(plan: CalendarPlan): boolean {
  return (
    plan.creates.length + plan.updates.length + plan.cancels.length + plan.records.length + plan.drift.length === 0
  );
}

export function summarizePlan(
  plan: CalendarPlan,
  style: LocalStyle = neutralStyle,
  welcomes?: WelcomePlan,
): PlanSummary {
  const counts: PlanCounts = {
    creates: plan.creates.length,
    updates: plan.updates.length,
    cancels: plan.cancels.length,
    drift: plan.drift.length,
    holds: plan.holds.length,
    records: plan.records.length,
    unchanged: plan.unchanged,
    warnings: plan.warnings.length,
  };
  const lines = previewRows(plan, style, welcomes).slice(1).map(sentenceOf);
  const zoneMove = zoneMoveText(plan);
  if (zoneMove) lines.unshift(zoneMove);
  const quiet = welcomes && quietStartText(welcomes);
  if (quiet) lines.unshift(quiet);
  if (planIsEmpty(plan) && !welcomes?.audience.length)
    lines.unshift(`Calendar is up to date: nothing to change (${plan.unchanged} meetings checked).`);
  return { counts, lines };
}

/**
 * Quiet start in one sentence: "Quiet start: 88 welcome emails instead of 1,496 invitations …" when it is on, or
 * what it would change when it is off and the plan would invite people for the first time.
 */
export function quietStartText(welcomes: WelcomePlan): string | undefined {
  const n = welcomes.audience.length;
  if (n > 0) {
    return `Quiet start: ${welcomeCountText(welcomes)} — one email per person listing their group, facilitator, role and every meeting with its links; their new meetings are added to their calendars without an invitation each. Later moves, cancellations and guest changes are emailed as usual.`;
  }
  if (!welcomes.quietStart && welcomes.couldWelcome > 0 && welcomes.couldSave > welcomes.couldWelcome) {
    return `Quiet start (Settings) would send ${count(welcomes.couldWelcome, 'welcome email')} instead of these ${count(welcomes.couldSave, 'invitation')} to ${count(welcomes.couldWelcome, 'person', 'people')} invited for the first time.`;
  }
  return undefined;
}

/** "88 welcome emails instead of 1,496 invitations". */
export function welcomeCountText(welcomes: Pick<WelcomePlan, 'audience' | 'invitationsInstead'>): string {
  return `${count(welcomes.audience.length, 'welcome email')} instead of ${count(welcomes.invitationsInstead, 'invitation')}`;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${n === 1 ? one : many}`;
}

/** The Preview tab: a header row, then one row per planned action, drift, kept orphan or warning. */
export function previewRows(plan: CalendarPlan, style: LocalStyle = neutralStyle, welcomes?: WelcomePlan): string[][] {
  const rows: string[][] = [[...previewHeaders]];
  // Held first: what could not be read is what the admin must fix, and nothing of it will be touched.
  for (const held of plan.holds) {
    rows.push([
      'Held until fixed',
      held.meetingKey,
      groupKeyOfMeeting(held.meetingKey),
      `${held.summary}, ${whenText(held.when, style)}`,
      `${describeHoldCause(held.cause)} — its event stays exactly as it is`,
    ]);
  }
  for (const create of plan.creates) {
    const guests = guestEmails(create.event).length;
    rows.push([
      'Create',
      create.meetingKey,
      create.group,
      `${create.event.summary}, ${whenText(eventWhen(create.event), style)}`,
      `${guests} guest${guests === 1 ? '' : 's'}`,
    ]);
  }
  // One row per welcome email, each listing the meetings it replaces invitations for (quiet start).
  for (const welcome of welcomes?.audience ?? []) {
    rows.push([
      'Welcome email',
      welcome.email,
      welcome.groups.join(', '),
      '',
      `one email listing ${count(welcome.meetings, 'meeting')} and their links`,
    ]);
  }
  for (const update of plan.updates) {
    rows.push([
      'Update',
      update.meetingKey,
      update.group,
      `${update.event.summary}, ${shortDayText(eventWhen(update.event).date, style)}`,
      changesText(update.changes, style),
    ]);
  }
  for (const cancel of plan.cancels) {
    rows.push([
      'Cancel',
      cancel.meetingKey,
      cancel.group,
      `${cancel.summary}, ${whenText(cancel.when, style)}`,
      'canceled in the Meetings tab',
    ]);
  }
  for (const drift of plan.drift) {
    rows.push([
      'Changed in Calendar',
      drift.meetingKey,
      drift.group,
      `${drift.summary}, ${shortDayText(eventWhen(drift.restoreRegistry.event).date, style)}`,
      `${changesText(drift.changes, style) || 'deleted in Calendar'} — choose: keep Calendar's version, or restore the registry's`,
    ]);
  }
  for (const warning of plan.warnings) {
    rows.push([
      'Warning',
      warning.kind === 'overlap' ? warning.meetingKey : warning.meetingKeys.join(', '),
      warning.kind === 'overlap' ? warning.group : '',
      warning.kind === 'overlap' ? whenText(warning.when, style) : '',
      warning.message,
    ]);
  }
  return rows;
}

function sentenceOf([action, meeting, , when, details]: string[]): string {
  switch (action) {
    case 'Create':
      return `Create: ${when}, ${details}`;
    case 'Cancel':
    case 'Held until fixed':
      return `${action}: ${when} (${details})`;
    case 'Warning':
      return `Warning: ${details}`;
    case 'Welcome email':
      return `Welcome email: ${meeting}, ${details}`;
    default:
      return `${action}: ${when}: ${details}`;
  }
}

export function changesText(changes: readonly FieldChange[], style: LocalStyle = neutralStyle): string {
  return changes.map((change) => changeText(change, style)).join('; ');
}

function changeText(change: FieldChange, style: LocalStyle): string {
  switch (change.field) {
    case 'time':
      return timeChangeText(change.from, change.to, style, change.zone);
    case 'place':
      return `place ${change.from || '(none)'}→${change.to || '(none)'}`;
    case 'title':
      return `title "${change.from}"→"${change.to}"`;
    case 'description':
      return 'description';
    case 'guests':
      return `guests ${[...change.added.map((e) => `+${e}`), ...change.removed.map((e) => `−${e}`)].join(', ')}`;
  }
}

/**
 * A change of Settings ▸ Time zone, said once at the top of the preview: how many meetings keep their
 * wall-clock times in the new zone, and who is emailed the new times. Nothing moves before Apply.
 */
export function zoneMoveText(plan: CalendarPlan): string | undefined {
  const moves = plan.updates.flatMap((u) =>
    u.changes.flatMap((c) => (c.field === 'time' && c.zone ? [{ zone: c.zone, guests: guestEmails(u.event) }] : [])),
  );
  if (moves.length === 0) return undefined;
  const { from, to } = moves[0]!.zone;
  const told = new Set(moves.flatMap((m) => m.guests)).size;
  const meetings = `${moves.length} meeting${moves.length === 1 ? '' : 's'}`;
  return `Time zone ${from} → ${to}: ${meetings} keep their wall-clock times in ${to} (so they move for anyone reading them in ${from}); ${told} guest${told === 1 ? ' is' : 's are'} emailed the new times when you apply.`;
}

function timeChangeText(from: When, to: When, style: LocalStyle, zone?: { from: string; to: string }): string {
  const at = (time: string) => clockText(time, style);
  if (zone && from.date === to.date && from.start === to.start && from.end === to.end) {
    return `time zone ${zone.from}→${zone.to} (${at(to.start)} stays ${at(to.start)})`;
  }
  if (zone) return `time zone ${zone.from}→${zone.to}, ${whenText(from, style)}→${whenText(to, style)}`;
  if (from.date !== to.date) return `date ${whenText(from, style)}→${whenText(to, style)}`;
  const sameLength =
    minutesOfDay(from.end) - minutesOfDay(from.start) === minutesOfDay(to.end) - minutesOfDay(to.start);
  return sameLength
    ? `time ${at(from.start)}→${at(to.start)}`
    : `time ${at(from.start)}–${at(from.end)}→${at(to.start)}–${at(to.end)}`;
}

function whenText(when: When, style: LocalStyle): string {
  return `${dayText(when.date, style)} ${when.start ? clockText(when.start, style) : ''}`.trim();
}

function eventWhen(event: { start: { dateTime: string }; end: { dateTime: string } }): When {
  // Wanted events carry the school's wall-clock time in their RFC 3339 text; no zone arithmetic needed.
  return {
    date: event.start.dateTime.slice(0, 10),
    start: event.start.dateTime.slice(11, 16),
    end: event.end.dateTime.slice(11, 16),
  };
}

// The part of an approved plan a slice can write now, when it builds feedback forms and writes events in turns
// (workspace/sync-slice.ts). An event's text names its group's feedback form, so a group whose form is not made yet
// has its new and changed events wait (written once, with the link, never twice); a cancellation needs no link and
// goes. Writes this slice already made are left out: the plan was made before them, from the calendar as listed.
import type { CalendarPlan } from '../calendar/calendar-plan';

export function readyPart(
  plan: CalendarPlan,
  /** Groups (id or key, upper case) whose feedback form is still to be made. */
  awaitingForms: ReadonlySet<string>,
  /** Meeting keys (upper case) written earlier in this slice. */
  written: ReadonlySet<string>,
): CalendarPlan {
  const fresh = (key: string) => !written.has(key.toUpperCase());
  const linked = (group: string) => !awaitingForms.has(group.toUpperCase());
  return {
    ...plan,
    creates: plan.creates.filter((c) => fresh(c.meetingKey) && linked(c.group)),
    updates: plan.updates.filter((u) => fresh(u.meetingKey) && linked(u.group)),
    cancels: plan.cancels.filter((c) => fresh(c.meetingKey)),
    records: plan.records.filter((r) => fresh(r.meetingKey)),
  };
}

/**
 * How many more feedback forms to build so that about `writes` more of the plan's writes become ready: on the
 * average of the groups still waiting for theirs, at least one. A slice builds just enough forms for the next
 * Calendar round instead of its largest build: a district's first events go out after 26 forms, not 40, and
 * every minute of Calendar's limit from then on has events to send.
 */
export function formsForWrites(
  plan: CalendarPlan,
  awaitingForms: ReadonlySet<string>,
  groupsAwaiting: number,
  writes: number,
): number {
  if (groupsAwaiting <= 0) return 0;
  const waiting = (group: string) => awaitingForms.has(group.toUpperCase());
  const held =
    plan.creates.filter((c) => waiting(c.group)).length + plan.updates.filter((u) => waiting(u.group)).length;
  if (held === 0) return groupsAwaiting;
  return Math.min(groupsAwaiting, Math.max(1, Math.ceil(writes / (held / groupsAwaiting))));
}

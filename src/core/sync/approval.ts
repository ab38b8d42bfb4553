// Destructive changes only after a preview. The admin approves a plan by pressing Apply on its preview; what
// they approved is recorded (per meeting: create, change to exactly these visible fields, or cancel) before
// anything is written. Every later slice — Apply's own, Continue, the hourly run — plans afresh from the
// registry and carries out only what was approved, plus what is silent and additive: a description that gains
// an agenda link or a presenter's name, and the Meetings tab's own bookkeeping. Anything else waits for the
// next preview: a group made inactive between Apply and Continue, a Settings time-zone change, a typo.
import type { CalendarPlan, PlannedUpdate } from '../calendar/calendar-plan';
import { visibleFingerprint } from '../calendar/fingerprint';

/** Meeting key (upper-cased) → what was approved for it. */
export type Approvals = ReadonlyMap<string, string>;

const approvalOfCreate = (event: PlannedUpdate['event']) => `c${visibleFingerprint(event)}`;
const approvalOfUpdate = (event: PlannedUpdate['event']) => `u${visibleFingerprint(event)}`;
const approvalOfCancel = 'x';

/** An update guests would not notice: only the description changes (links, names), sent without email. */
export function isSilent(update: Pick<PlannedUpdate, 'changes'>): boolean {
  return update.changes.every((change) => change.field === 'description');
}

/** What pressing Apply on this plan's preview approves. */
export function approvalsOf(plan: CalendarPlan): Map<string, string> {
  const approvals = new Map<string, string>();
  for (const create of plan.creates) approvals.set(create.meetingKey.toUpperCase(), approvalOfCreate(create.event));
  for (const update of plan.updates) {
    if (!isSilent(update)) approvals.set(update.meetingKey.toUpperCase(), approvalOfUpdate(update.event));
  }
  for (const cancel of plan.cancels) approvals.set(cancel.meetingKey.toUpperCase(), approvalOfCancel);
  return approvals;
}

export interface GatedPlan {
  /** What may be written now. */
  plan: CalendarPlan;
  /** Changes the registry now asks for that no preview approved: they wait for the next Preview and Apply. */
  waiting: number;
}

/** Keeps what was approved (exactly as approved), silent updates and bookkeeping; everything else waits. */
export function gatePlan(plan: CalendarPlan, approvals: Approvals): GatedPlan {
  const approved = (key: string, code: string) => approvals.get(key.toUpperCase()) === code;
  const creates = plan.creates.filter((c) => approved(c.meetingKey, approvalOfCreate(c.event)));
  const updates = plan.updates.filter((u) => isSilent(u) || approved(u.meetingKey, approvalOfUpdate(u.event)));
  const cancels = plan.cancels.filter((c) => approved(c.meetingKey, approvalOfCancel));
  const waiting =
    plan.creates.length - creates.length + plan.updates.length - updates.length + plan.cancels.length - cancels.length;
  return { plan: { ...plan, creates, updates, cancels }, waiting };
}

/** Stored as "KEY=code;KEY=code", keys percent-encoded (a hand-made meeting key may hold any character). */
export function serializeApprovals(approvals: Approvals): string {
  return [...approvals].map(([key, code]) => `${encodeURIComponent(key)}=${code}`).join(';');
}

/** Reads what serializeApprovals wrote; anything malformed is dropped (and so waits for a new preview). */
export function parseApprovals(text: string | undefined): Map<string, string> {
  const approvals = new Map<string, string>();
  for (const item of (text ?? '').split(';')) {
    const match = /^([^=;]{1,1000})=([cux][0-9a-z]*)$/.exec(item);
    if (!match) continue;
    try {
      approvals.set(decodeURIComponent(match[1]!), match[2]!);
    } catch {
      // a damaged key approves nothing
    }
  }
  return approvals;
}

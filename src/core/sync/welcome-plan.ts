// Quiet start (Settings ▸ Quiet start): on day one a teacher would otherwise get one invitation email per
// meeting — 17 at the median, 44 for a facilitator in two groups. With quiet start, the meetings of a person
// who has never been told about any PLG meeting are added to their calendar without email, and that person gets
// one welcome email listing their group(s), facilitator, role and every meeting (welcome-content.ts). The rule
// that keeps it honest: nobody is ever left with events they were never told about.
//  - "Told" means: welcomed before (any record, even one whose send was interrupted), or a guest of any PLG Hub
//    event already on the calendar (they had invitations). So turning quiet start on after the first sync
//    welcomes nobody who was already invited; a newcomer (a new Members row) is welcomed the same way.
//  - A write is silent only when every person it would email is to be welcomed: a new event whose guests are all
//    newcomers, or a guest-list change that only adds newcomers. Anything else (a move, a cancellation, a new
//    meeting for people already told) is announced as it always was.
//  - Whoever Apply records as due is welcomed even if quiet start is turned off later: their events were added
//    in silence, so the welcome is what tells them.
// The welcome emails are part of the preview (plan-summary.ts) and of its token (plan-token.ts): Apply sends
// exactly the welcomes the admin saw.
import type { CalendarPlan, PlannedCreate, PlannedUpdate, WantedMeetingEvent } from '../calendar/calendar-plan';
import type { LiveEvent } from '../calendar/calendar-event';
import type { FieldChange } from '../calendar/event-changes';
import { guestEmails } from '../calendar/fingerprint';

/** What the registry's state remembers of one person's welcome (workspace/welcome-send.ts). */
export type WelcomeState = 'due' | 'sending' | 'mailed' | 'uncertain';

/** One welcome email as the preview lists it. */
export interface PlannedWelcome {
  email: string;
  /** Group ids whose meetings it lists. */
  groups: string[];
  /** Upcoming meetings it lists. */
  meetings: number;
}

export interface WelcomePlan {
  /** Settings ▸ Quiet start as this plan read it. */
  quietStart: boolean;
  /** The people this Apply welcomes (by email): newcomers when quiet start is on, and any welcome still due. */
  audience: PlannedWelcome[];
  /** Invitation emails the silent writes replace: one per guest of each silent new event, one per silent addition. */
  invitationsInstead: number;
  /**
   * With quiet start off: how many newcomers there are and how many invitations they would get, so the preview can
   * say what quiet start would change (nothing of it is sent).
   */
  couldWelcome: number;
  couldSave: number;
  /**
   * People whose welcome a stopped run may not have sent (it counts as sent: nobody gets two). The preview names
   * them and offers to send theirs again; nothing is re-sent unless the admin asks.
   */
  uncertain: string[];
}

export interface WelcomePlanInput {
  plan: CalendarPlan;
  /** PLG Hub's events on the calendar (cancelled and past ones too): their guests have been told before. */
  live: Readonly<Record<string, LiveEvent>>;
  /** Welcome records by lower-cased email. */
  records: ReadonlyMap<string, WelcomeState>;
  quietStart: boolean;
  /**
   * The events the registry wants: a welcome still due from an earlier Apply is listed only while its person has an
   * upcoming meeting to read about (their group may be held since; the welcome waits for it).
   */
  wanted: readonly Pick<WantedMeetingEvent, 'event' | 'isPast' | 'canceled' | 'group'>[];
  /** The person whose Apply writes the events: Calendar never emails them an invitation, so none is saved. */
  actingUser?: string;
}

export const noWelcomes: WelcomePlan = {
  quietStart: false,
  audience: [],
  invitationsInstead: 0,
  couldWelcome: 0,
  couldSave: 0,
  uncertain: [],
};

export function planWelcomes(input: WelcomePlanInput): WelcomePlan {
  const told = new Set<string>(input.records.keys());
  for (const event of Object.values(input.live)) for (const guest of guestEmails(event)) told.add(guest);
  const newcomers = new Set<string>();
  for (const create of input.plan.creates)
    for (const g of guestEmails(create.event)) if (!told.has(g)) newcomers.add(g);
  for (const update of input.plan.updates)
    for (const g of addedGuests(update.changes)) if (!told.has(g)) newcomers.add(g);

  const listed = new Map<string, PlannedWelcome>();
  for (const w of input.wanted) {
    if (w.isPast || w.canceled) continue;
    for (const email of guestEmails(w.event)) {
      const entry = listed.get(email) ?? { email, groups: [], meetings: 0 };
      if (!entry.groups.includes(w.group)) entry.groups.push(w.group);
      entry.meetings += 1;
      listed.set(email, entry);
    }
  }
  const stillDue = [...input.records]
    .filter(([email, state]) => state === 'due' && listed.has(email))
    .map(([email]) => email);
  const emails = [...new Set([...(input.quietStart ? newcomers : []), ...stillDue])].sort();
  const welcomed = new Set(emails);
  const audience = emails.map((email) => listed.get(email) ?? { email, groups: [], meetings: 0 });
  const me = input.actingUser?.toLowerCase();
  const could = savedInvitations(input.plan, (email) => newcomers.has(email), me);
  return {
    quietStart: input.quietStart,
    audience,
    invitationsInstead: savedInvitations(input.plan, (email) => welcomed.has(email), me),
    couldWelcome: input.quietStart ? 0 : newcomers.size,
    couldSave: input.quietStart ? 0 : could,
    uncertain: [...input.records]
      .filter(([, state]) => state === 'uncertain' || state === 'sending')
      .map(([email]) => email)
      .sort(),
  };
}

/** A new event is written without email when every guest is to be welcomed (and there is a guest at all). */
export function createIsSilent(create: Pick<PlannedCreate, 'event'>, toWelcome: (email: string) => boolean): boolean {
  const guests = guestEmails(create.event);
  return guests.length > 0 && guests.every(toWelcome);
}

/**
 * A changed event is written without email when the only change a guest would be told of is people being added,
 * all of them to be welcomed: a move, a new place or someone removed is announced to everyone as always.
 */
export function updateIsSilentAddition(
  update: Pick<PlannedUpdate, 'changes'>,
  toWelcome: (email: string) => boolean,
): boolean {
  const guests = update.changes.filter((c) => c.field === 'guests');
  if (guests.length === 0) return false;
  const othersQuiet = update.changes.every((c) => c.field === 'guests' || c.field === 'description');
  const added = addedGuests(update.changes);
  const removed = guests.flatMap((c) => (c.field === 'guests' ? c.removed : []));
  return othersQuiet && removed.length === 0 && added.length > 0 && added.every(toWelcome);
}

function savedInvitations(plan: CalendarPlan, toWelcome: (email: string) => boolean, me?: string): number {
  const mailed = (emails: string[]) => emails.filter((e) => e !== me).length;
  let saved = 0;
  for (const create of plan.creates) if (createIsSilent(create, toWelcome)) saved += mailed(guestEmails(create.event));
  for (const update of plan.updates)
    if (updateIsSilentAddition(update, toWelcome)) saved += mailed(addedGuests(update.changes));
  return saved;
}

/** Whether the plan invites anyone at all (a new event or new guests): only then is there anything to count. */
export function invitesAnyone(plan: CalendarPlan): boolean {
  return plan.creates.length > 0 || plan.updates.some((u) => addedGuests(u.changes).length > 0);
}

function addedGuests(changes: readonly FieldChange[]): string[] {
  return changes.flatMap((c) => (c.field === 'guests' ? c.added : []));
}

// The emails Calendar sends guests on the organizer's behalf. The API sends none unless the call says so:
// sendUpdates "all" mails every guest, "externalOnly" only guests outside the organizer's domain, "none"
// (the default) nobody (https://developers.google.com/workspace/calendar/api/v3/reference/events/insert).
// The organizer never mails themself.
import type { Workspace } from '../workspace';
import { badRequest } from './api-error';
import { calendarState, copyOf, type SentInvitation, type StoredEvent } from './state';

export type SendUpdates = 'all' | 'externalOnly' | 'none';

export function sendUpdatesOption(value: unknown): SendUpdates {
  if (value === undefined) return 'none';
  if (value === 'all' || value === 'externalOnly' || value === 'none') return value;
  throw badRequest(
    `Invalid value '${String(value)}'. Values must match the following regular expression: '(all|externalOnly|none)'`,
  );
}

/** Fields a guest sees; a change to anything else (private properties, colour) is not worth an email. */
const guestVisibleFields = ['summary', 'description', 'location', 'start', 'end', 'recurrence', 'status'] as const;

export function guestVisibleChange(before: StoredEvent, after: StoredEvent): boolean {
  return guestVisibleFields.some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

export function attendeeEmails(event: StoredEvent): string[] {
  return (event.attendees ?? [])
    .filter((attendee) => !attendee.organizer && attendee.email)
    .map((attendee) => attendee.email!.toLowerCase());
}

export function notifyGuests(
  ws: Workspace,
  calendarId: string,
  event: StoredEvent,
  kind: SentInvitation['kind'],
  recipients: string[],
  sendUpdates: SendUpdates,
): void {
  if (sendUpdates === 'none') return;
  const organizer = (event.organizer?.email ?? '').toLowerCase();
  const outbox = calendarState(ws).outbox;
  for (const to of recipients) {
    if (to === organizer || to === ws.user.email.toLowerCase()) continue;
    if (sendUpdates === 'externalOnly' && to.endsWith(`@${ws.user.domain.toLowerCase()}`)) continue;
    outbox.push({
      kind,
      to,
      calendarId,
      eventId: event.id,
      summary: event.summary ?? '',
      sentAt: ws.now().toISOString(),
    });
  }
}

/** Every email Calendar has sent for the workspace's events, oldest first. */
export function sentInvitations(ws: Workspace): SentInvitation[] {
  return copyOf(calendarState(ws).outbox);
}

// A small school for the calendar tests: one Math 6 PLG meeting on Tuesdays at 15:30 in New York.
import type { LiveEvent } from '../../../src/core/calendar/calendar-event';
import type { WantedMeetingEvent } from '../../../src/core/calendar/calendar-plan';
import { fingerprint } from '../../../src/core/calendar/fingerprint';
import { wantedEvent, type WantedEventInput } from '../../../src/core/calendar/wanted-event';

export const timeZone = 'America/New_York';
export const now = new Date('2026-09-20T12:00:00-04:00');

export const staff = [
  { email: 'ana@school.org', name: 'Ana Diaz', active: true },
  { email: 'bo@school.org', name: 'Bo Chen', active: true },
  { email: 'cy@school.org', name: 'Cy Park', active: true },
  { email: 'di@school.org', name: 'Di Okafor', active: true },
  { email: 'fac@school.org', name: 'Fran Facilitator', active: true },
];

export const group: WantedEventInput['group'] = {
  name: 'Math 6',
  purpose: 'Raise proportional reasoning across grade 6.',
  facilitator: 'fac@school.org',
  coFacilitator: undefined,
  cadence: 'every other week',
  weekday: 'Tuesday',
  weeksOfMonth: [],
  startTime: '15:30',
  location: 'Room 204',
  norms: 'Start and end on time\nAssume good intent',
};

export interface MeetingSpec {
  key: string;
  date: string;
  time?: string;
  minutes?: number;
  roster?: string[];
  location?: string;
  canceled?: boolean;
  staff?: WantedEventInput['staff'];
  allowExternalGuests?: boolean;
  presenter?: string;
  agenda?: string;
  feedback?: string;
}

export const roster = ['ana@school.org', 'bo@school.org', 'cy@school.org'];

export function wanted(spec: MeetingSpec, rowNumber = 2): WantedMeetingEvent {
  const start = new Date(`${spec.date}T${spec.time ?? '15:30'}:00-04:00`);
  const end = new Date(start.getTime() + (spec.minutes ?? 50) * 60000);
  const { event, refusedGuests } = wantedEvent({
    meeting: {
      key: spec.key,
      location: spec.location,
      presenter: spec.presenter,
      focus: undefined,
      agenda: spec.agenda,
      feedback: spec.feedback,
    },
    group,
    schoolGoal: 'Every student reasons proportionally.',
    start,
    end,
    timeZone,
    roster: spec.roster ?? roster,
    staff: spec.staff ?? staff,
    settings: { domain: 'school.org', allowExternalGuests: spec.allowExternalGuests ?? false },
  });
  return {
    meetingKey: spec.key,
    rowNumber,
    group: 'MATH-6',
    event,
    isPast: end.getTime() <= now.getTime(),
    canceled: spec.canceled ?? false,
    refusedGuests,
  };
}

/** The event as Calendar hands it back: UTC instants, guests with responses in its own order, an etag. */
export function asCalendarHasIt(w: WantedMeetingEvent, edits: Partial<LiveEvent> = {}): LiveEvent {
  return {
    ...w.event,
    etag: `"etag-${w.meetingKey}"`,
    start: { dateTime: new Date(w.event.start.dateTime).toISOString(), timeZone },
    end: { dateTime: new Date(w.event.end.dateTime).toISOString(), timeZone },
    attendees: [...w.event.attendees]
      .reverse()
      .map((a) => ({ email: a.email.toUpperCase(), responseStatus: 'accepted' })),
    ...edits,
  };
}

/** The state after a successful sync of these meetings: Calendar and the Meetings tab agree with them. */
export function syncedState(meetings: WantedMeetingEvent[]) {
  const live: Record<string, LiveEvent> = {};
  const recorded: Record<string, { eventId: string; synced: string }> = {};
  for (const m of meetings) {
    live[m.event.id] = asCalendarHasIt(m);
    recorded[m.meetingKey] = { eventId: m.event.id, synced: fingerprint(m.event) };
  }
  return { live, recorded };
}

export const season = [
  { key: 'MATH-6-2026-09-08', date: '2026-09-08' },
  { key: 'MATH-6-2026-09-22', date: '2026-09-22' },
  { key: 'MATH-6-2026-10-06', date: '2026-10-06' },
  { key: 'MATH-6-2026-10-20', date: '2026-10-20' },
];

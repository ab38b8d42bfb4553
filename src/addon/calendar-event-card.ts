// Teachers' card when they open an event in Calendar: for a PLG meeting, their group and its purpose, who
// facilitates, who presents this time, this meeting's agenda and feedback links, and their own role. Any other
// event gets a one-line card, nothing intrusive.
import { localStyle, meetingWhenText } from '../core/schedule/local-style';
import { groupOfMeetingKey, meetingKeyOfEvent, type DirectoryEntry, type DirectoryMeeting } from '../core/directory';
import { readDirectoryEntry } from '../workspace/directory-store';
import { meetingRolesOf, rolesOn } from '../core/role-words';
import { buttons, card, escapeHtml, fact, linkButton, paragraph, section } from './cards/widgets';

interface CalendarEvent {
  calendar?: {
    id?: string;
    calendarId?: string;
    recurringEventId?: string;
    organizer?: { email?: string };
    attendees?: { email?: string; self?: boolean }[];
  };
}

/**
 * Nothing in the event object is taken on trust: an id that decodes to a meeting key is only a claim. The card
 * shows a meeting when the event is organized by the PLG calendar its group's events are on, and only to one of
 * that event's guests; anyone else (or any other event) gets the one quiet line.
 */
export function onCalendarEventOpen(event: CalendarEvent): GoogleAppsScript.Card_Service.Card {
  const key = meetingKeyOfEvent(event?.calendar?.id ?? '');
  const me = Session.getActiveUser().getEmail().toLowerCase();
  const organizer = String(event?.calendar?.organizer?.email ?? '').toLowerCase();
  const found = key
    ? readDirectoryEntry(groupOfMeetingKey(key), (e) => e.calendarId?.toLowerCase() === organizer)
    : undefined;
  const guests = (event?.calendar?.attendees ?? []).map((a) => String(a.email ?? '').toLowerCase());
  const entry =
    found && found.calendarId && organizer === found.calendarId.toLowerCase() && me && guests.includes(me)
      ? found
      : undefined;
  if (!key || !entry) {
    return card('Calendar', [
      section(undefined, [
        paragraph('This is not a PLG meeting. Open a PLG meeting to see your group, your role and the agenda.'),
      ]),
    ]);
  }
  return buildMeetingCard(
    entry,
    // A meeting already held keeps its agenda and feedback links: the card file carries this year's past ones.
    entry.meetings.find((m) => m.key === key) ?? entry.pastMeetings.find((m) => m.key === key),
    me,
  );
}

/** What each part asks of the person holding it, said where they will read it before the meeting. */
const partAdvice: Record<string, string> = {
  Presenter: 'Bring the work you want feedback on and one focus question.',
  Timekeeper: "Keep each step of the protocol to its time, and say when it's time to move on.",
  'Note-taker': "Write the discussion, outcomes and next steps into the agenda's Notes as the meeting goes.",
};

export function buildMeetingCard(
  entry: DirectoryEntry,
  meeting: DirectoryMeeting | undefined,
  me: string,
): GoogleAppsScript.Card_Service.Card {
  const name = (email?: string) => (email ? (entry.names[email] ?? email) : undefined);
  const roles = rolesOn(entry, me, meeting);
  const about = [
    fact(
      roles.length > 1 ? 'Your roles' : 'Your role',
      roles.length ? roles.join(', ') : 'Guest',
      entry.roles[me] ? undefined : "You are not on this group's roster",
    ),
    fact('Group', entry.name, entry.schedule),
    ...(entry.purpose ? [fact('Purpose', entry.purpose, entry.goal ? `School goal: ${entry.goal}` : undefined)] : []),
    fact('Facilitator', name(entry.facilitator) ?? 'Not named yet'),
  ];
  const thisMeeting = meeting
    ? [
        fact(
          'When',
          meetingWhenText(meeting.date, meeting.time, localStyle(entry.locale)),
          `${meeting.minutes} minutes${meeting.location ? ` · ${meeting.location}` : ''}`,
        ),
        fact(
          'Presenter',
          name(meeting.presenter) ?? 'To be announced',
          meeting.focus ? `Focus: ${meeting.focus}` : undefined,
        ),
        ...(meeting.timekeeper ? [fact('Timekeeper', name(meeting.timekeeper)!)] : []),
        ...(meeting.noteTaker ? [fact('Note-taker', name(meeting.noteTaker)!)] : []),
      ]
    : [paragraph('The agenda and feedback links appear here about a week before the meeting.')];
  const links = [
    ...(meeting?.agenda ? [linkButton('Open agenda', meeting.agenda)] : []),
    ...(meeting?.feedback ? [linkButton('Give feedback', meeting.feedback)] : []),
  ];
  const parts = meetingRolesOf(meeting, me);
  return card(entry.name, [
    section(undefined, about),
    section('This meeting', [...thisMeeting, ...(links.length ? [buttons(...links)] : [])]),
    ...(parts.length
      ? [
          section(
            undefined,
            parts.map((part) => paragraph(`<b>${escapeHtml(`You are ${part}:`)}</b> ${escapeHtml(partAdvice[part]!)}`)),
          ),
        ]
      : []),
  ]);
}

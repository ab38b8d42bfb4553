// What one person's welcome email lists (quiet start, welcome-plan.ts): every upcoming meeting they are a guest
// of — exactly the events that were added to their calendar without an invitation — grouped by PLG, with their
// part in each group and who facilitates it. It answers the three questions every staff member should be able
// to answer (shared/seeds, "Structure"): who is in my PLG, who facilitates it, when and where does it meet.
import type { WantedMeetingEvent } from '../calendar/calendar-plan';
import { guestEmails } from '../calendar/fingerprint';
import type { ReadRow } from '../registry/read-tab';
import type { Registry } from '../registry/registry';
import type { MeetingRow } from '../registry/tabs';
import { isMemberOn, type Person } from '../my-plg';

export interface WelcomeMeeting {
  /** The school's wall-clock date and times (Settings ▸ Time zone), as the event holds them. */
  date: string;
  start: string;
  end: string;
  location?: string;
  agenda?: string;
  feedback?: string;
  eventId: string;
}

export interface WelcomeGroup {
  id: string;
  name: string;
  /** 'facilitator', 'co-facilitator', 'member' or 'observer' (role-words.ts says them). */
  role: string;
  purpose?: string;
  facilitator?: Person;
  coFacilitator?: Person;
  meetings: WelcomeMeeting[];
}

export interface WelcomeLetter {
  person: Person;
  groups: WelcomeGroup[];
}

/** Each listed person's letter, from the events the registry wants (upcoming, not canceled) and its meeting rows. */
export function welcomeLetters(
  registry: Registry,
  wanted: readonly WantedMeetingEvent[],
  meetings: readonly ReadRow<MeetingRow>[],
  people: readonly string[],
): Map<string, WelcomeLetter> {
  const wantedPeople = new Set(people.map((p) => p.toLowerCase()));
  const nameOf = new Map(registry.staff.map((s) => [s.row.email.toLowerCase(), s.row.name]));
  const person = (email: string): Person => ({ email, name: nameOf.get(email.toLowerCase()) ?? email });
  const groups = new Map(registry.groups.map((g) => [g.row.id, g.row]));
  const rowByKey = new Map(meetings.map((m) => [m.row.key.toUpperCase(), m.row]));
  const letters = new Map<string, WelcomeLetter>();

  const upcoming = wanted
    .filter((w) => !w.isPast && !w.canceled)
    .sort((a, b) => a.event.start.dateTime.localeCompare(b.event.start.dateTime));
  for (const w of upcoming) {
    const group = groups.get(w.group);
    if (!group) continue;
    const row = rowByKey.get(w.meetingKey.toUpperCase());
    const meeting: WelcomeMeeting = {
      // Wanted events carry the school's wall-clock time in their RFC 3339 text (wanted-event.ts).
      date: w.event.start.dateTime.slice(0, 10),
      start: w.event.start.dateTime.slice(11, 16),
      end: w.event.end.dateTime.slice(11, 16),
      location: w.event.location || undefined,
      agenda: row?.agenda || undefined,
      feedback: row?.feedback || undefined,
      eventId: w.event.id,
    };
    for (const email of guestEmails(w.event)) {
      if (!wantedPeople.has(email)) continue;
      const letter = letters.get(email) ?? { person: person(email), groups: [] };
      letters.set(email, letter);
      let entry = letter.groups.find((g) => g.id === group.id);
      if (!entry) {
        entry = {
          id: group.id,
          name: group.name,
          role: roleOf(registry, group, email, meeting.date),
          purpose: group.purpose,
          facilitator: group.facilitator ? person(group.facilitator) : undefined,
          coFacilitator: group.coFacilitator ? person(group.coFacilitator) : undefined,
          meetings: [],
        };
        letter.groups.push(entry);
      }
      entry.meetings.push(meeting);
    }
  }
  return letters;
}

function roleOf(
  registry: Registry,
  group: Registry['groups'][number]['row'],
  email: string,
  date: string,
): WelcomeGroup['role'] {
  if (group.facilitator?.toLowerCase() === email) return 'facilitator';
  if (group.coFacilitator?.toLowerCase() === email) return 'co-facilitator';
  const membership = registry.members.find(
    (m) => m.row.group === group.id && m.row.email.toLowerCase() === email && isMemberOn(m.row, date),
  );
  return membership?.row.role ?? 'member';
}

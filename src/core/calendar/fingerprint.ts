// A short hash of the fields PLG Hub manages on an event. Stored in the Meetings tab's Synced column (and on
// the event itself) after each write, it tells "someone edited this in Calendar" apart from "the registry
// changed". Values are normalised the way Calendar may rewrite them — an instant in another offset, guests
// in another order or case, a description re-saved as HTML by the Calendar editor — so a round trip through
// Calendar alone never looks like an edit.
import type { LiveEvent } from './calendar-event';
import { contentHash as hash } from '../content-hash';

export type ManagedFields = Pick<LiveEvent, 'summary' | 'location' | 'description' | 'start' | 'end' | 'attendees'>;

export function fingerprint(event: ManagedFields): string {
  const managed = [
    (event.summary ?? '').trim(),
    (event.location ?? '').trim(),
    plainDescription(event.description ?? ''),
    instantOf(event.start),
    instantOf(event.end),
    guestEmails(event).join(','),
  ];
  return hash(JSON.stringify(managed));
}

/**
 * The fields a guest sees change in their own calendar — title, place, time, guest list — without the
 * description, whose links and names PLG Hub fills in silently. What an admin approves in a preview.
 */
export function visibleFingerprint(event: ManagedFields): string {
  return hash(
    JSON.stringify([
      (event.summary ?? '').trim(),
      (event.location ?? '').trim(),
      instantOf(event.start),
      instantOf(event.end),
      guestEmails(event).join(','),
    ]),
  );
}

/** Guests as PLG Hub compares them: lower-case addresses, rooms left out, sorted. */
export function guestEmails(event: Pick<LiveEvent, 'attendees'>): string[] {
  return (event.attendees ?? [])
    .filter((a) => !a.resource && a.email)
    .map((a) => a.email!.trim().toLowerCase())
    .sort();
}

export function instantOf(time: LiveEvent['start']): string {
  if (time?.dateTime) return String(Date.parse(time.dateTime));
  return time?.date ?? '';
}

export function plainDescription(description: string): string {
  // PLG Hub writes plain text: with no tag and no entity, the HTML steps below change nothing, and a sync compares
  // every event of the year, so they are skipped. (The same text comes out either way.)
  if (!description.includes('<') && !/&(?:nbsp|lt|gt|quot|#39|amp);/.test(description))
    return normalizedLines(description);
  return normalizedLines(htmlAsText(description));
}

/** A description the Calendar editor re-saved as HTML, read back as the text it shows. */
function htmlAsText(description: string): string {
  return description
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * White space that normalizedLines would change: any but a space or a line break, two spaces in a row, a space at
 * either edge of a line, or a line break at either end of the text.
 */
const untidy = /[^\S \n]| {2}| \n|\n |^ | $|^\n|\n$/;

/** Each line's runs of white space as one space, lines trimmed, the whole trimmed. */
function normalizedLines(text: string): string {
  // The text PLG Hub writes is tidy already: one scan finds that, where splitting and rebuilding every line of
  // every event of the year took most of a district sync's comparing. (The same text comes out either way.)
  if (!untidy.test(text)) return text;
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

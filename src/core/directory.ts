// The staff directory a teacher's card reads. Teachers cannot open the registry spreadsheet (it holds feedback
// and records), so each sync publishes, per group, just what a member needs to answer "Who is in my PLG? Who is
// facilitating my PLG? When and where does my PLG meet?" (shared/seeds 001, "Structure"), plus each upcoming
// meeting's presenter and links. Each group's entry goes into a card file shared with its roster only
// (core/directory-card.ts); entries stay compact — roles as one-letter codes, agenda links as Doc ids, feedback
// links as one prefix per group — so a card reads a few kilobytes, and are expanded when read.
import { z } from 'zod';
import { myPlgRoles } from './directory-roles';
import { fileIdOf } from './drive-id';
import type { Registry } from './registry/registry';
import { instantToLocal } from './schedule/zoned-time';
import { clockText, type LocalStyle } from './schedule/local-style';

/** Where entries lived in script properties before card files: removed by the first publish after the upgrade. */
export const legacyDirectoryPrefix = 'plg.group.';
const meetingsPublished = 6;

const roleCodes: Record<string, string> = {
  f: 'facilitator',
  c: 'co-facilitator',
  m: 'member',
  o: 'observer',
  k: 'coach',
  l: 'administrator liaison',
};
const codeOfRole = Object.fromEntries(Object.entries(roleCodes).map(([code, role]) => [role, code]));

const StoredMeeting = z.object({
  k: z.string(),
  d: z.string(),
  t: z.string(),
  n: z.number(),
  l: z.string().optional(),
  p: z.string().optional(),
  q: z.string().optional(),
  r: z.string().optional(),
  a: z.string().optional(),
  f: z.string().optional(),
  /** Timekeeper and note-taker: a card tells each person every part they hold that day. */
  tk: z.string().optional(),
  nt: z.string().optional(),
});

const StoredEntry = z.object({
  id: z.string(),
  /** The group's PLG Hub key, which its meeting keys start with (absent before the key existed). */
  gk: z.string().optional(),
  name: z.string(),
  purpose: z.string().optional(),
  goal: z.string().optional(),
  facilitator: z.string().optional(),
  location: z.string().optional(),
  schedule: z.string(),
  roles: z.record(z.string(), z.enum(Object.keys(roleCodes) as [string, ...string[]])),
  names: z.record(z.string(), z.string()),
  feedbackBase: z.string().optional(),
  meetings: z.array(StoredMeeting),
  /** This school year's meetings already held, newest first: an event opened afterwards keeps its links. */
  past: z.array(StoredMeeting).optional(),
  /** email → date of their next presenting turn, however far ahead (the published meetings are only six). */
  tn: z.record(z.string(), z.string()).optional(),
  /** The registry's locale, so a teacher's card writes dates and times as the school does. */
  lc: z.string().optional(),
  /** The PLG calendar the group's events are on: a card shows a meeting only for an event organized there. */
  cal: z.string().optional(),
});
type StoredEntry = z.infer<typeof StoredEntry>;

export interface DirectoryMeeting {
  key: string;
  date: string;
  time: string;
  minutes: number;
  location?: string;
  presenter?: string;
  focus?: string;
  protocol?: string;
  agenda?: string;
  feedback?: string;
  timekeeper?: string;
  noteTaker?: string;
}

export interface DirectoryEntry {
  id: string;
  /** The group's PLG Hub key: its meeting keys start with it. */
  key?: string;
  name: string;
  purpose?: string;
  goal?: string;
  facilitator?: string;
  location?: string;
  schedule: string;
  /** email → role in this group (facilitator, co-facilitator, member, observer, coach, administrator liaison) */
  roles: Record<string, string>;
  /** email → name, for everyone on the roster and everyone holding a part in a published meeting */
  names: Record<string, string>;
  /** The next meetings, soonest first. */
  meetings: DirectoryMeeting[];
  /** This school year's meetings already held, newest first. */
  pastMeetings: DirectoryMeeting[];
  /** email → date of their next presenting turn this year (absent: none planned). */
  nextTurns: Record<string, string>;
  /** The school's locale (the registry spreadsheet's), e.g. "en-GB". */
  locale?: string;
  /** The PLG calendar the group's events are on. */
  calendarId?: string;
}

export interface PublishedEntry {
  /** The group's PLG Hub key (or id before keys existed), upper case: its card file is named with it. */
  key: string;
  /** The entry as stored (compact JSON), the same text for the same registry content. */
  json: string;
  /** Who may read it: the roster on `today` (workspace/group-sharing.ts decides who is entitled). */
  groupId: string;
}

/** One entry per active group, by its upper-case key. */
export function directoryEntries(registry: Registry, now: Date): Map<string, PublishedEntry> {
  const today = instantToLocal(now, registry.settings.timeZone).date;
  const names = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const goals = new Map(registry.goals.map((g) => [g.row.id, g.row.goal]));
  const entries = new Map<string, PublishedEntry>();
  for (const { row: group } of registry.groups) {
    if (!group.active) continue;
    const held = registry.meetings
      .map((m) => m.row)
      .filter((m) => m.group === group.id && m.status === 'scheduled' && m.date >= registry.settings.yearStart)
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime));
    const upcoming = held.filter((m) => m.date >= today);
    const meetings = upcoming.slice(0, meetingsPublished);
    const past = held.filter((m) => m.date < today).reverse();
    const nextTurns: Record<string, string> = {};
    for (const m of upcoming) if (m.presenter && !nextTurns[m.presenter]) nextTurns[m.presenter] = m.date;
    const roles = myPlgRoles(registry, group, today);
    // Everyone a card names: the roster (so "who is in my PLG?" has names) and each meeting's parts.
    const named = [
      ...Object.keys(roles),
      ...[...meetings, ...past].flatMap((m) => [m.presenter, m.timekeeper, m.noteTaker]),
    ].filter((e): e is string => Boolean(e));
    const feedbackBase = commonFeedbackBase([...meetings, ...past]);
    const compact = (m: (typeof held)[number]): z.infer<typeof StoredMeeting> => ({
      k: m.key,
      d: m.date,
      t: m.startTime,
      n: m.minutes,
      l: m.location,
      p: m.presenter,
      q: m.focus,
      r: m.protocol ?? group.defaultProtocol,
      a: fileIdOf(m.agenda),
      f: feedbackBase !== undefined && m.feedback === feedbackBase + encodeURIComponent(m.key) ? undefined : m.feedback,
      tk: m.timekeeper,
      nt: m.noteTaker,
    });
    const stored: StoredEntry = {
      id: group.id,
      gk: group.key,
      name: group.name,
      purpose: group.purpose,
      goal: group.goal ? goals.get(group.goal) : undefined,
      facilitator: group.facilitator,
      location: group.location,
      schedule: scheduleText(group, registry.style),
      roles: Object.fromEntries(Object.entries(roles).map(([e, role]) => [e, codeOfRole[role] ?? 'm'])),
      names: Object.fromEntries(named.map((e) => [e, names.get(e) ?? e])),
      feedbackBase,
      meetings: meetings.map(compact),
      past: past.length ? past.map(compact) : undefined,
      tn: Object.keys(nextTurns).length ? nextTurns : undefined,
      lc: registry.style.locale,
      cal: registry.settings.calendarId,
    };
    const key = (group.key ?? group.id).toUpperCase();
    entries.set(key, { key, json: JSON.stringify(stored), groupId: group.id });
  }
  return entries;
}

/** "Every other week, Tuesdays at 3:30 PM for 60 minutes" — in the school's own clock style. */
function scheduleText(
  group: { cadence: string; weekday: string; startTime: string; minutes: number },
  style: LocalStyle,
): string {
  const cadence = group.cadence.charAt(0).toUpperCase() + group.cadence.slice(1);
  return `${cadence}, ${group.weekday}s at ${clockText(group.startTime, style)} for ${group.minutes} minutes`;
}

/** Each meeting's feedback link is its group form's prefilled link ending in the meeting key: store the rest once. */
function commonFeedbackBase(meetings: readonly { key: string; feedback?: string }[]): string | undefined {
  const bases = meetings
    .filter((m) => m.feedback?.endsWith(encodeURIComponent(m.key)))
    .map((m) => m.feedback!.slice(0, -encodeURIComponent(m.key).length));
  return bases.length > 0 && bases.every((b) => b === bases[0]) ? bases[0] : undefined;
}

/** Reads a stored entry back; a damaged or foreign property is ignored, never trusted. */
export function parseDirectoryEntry(raw: string | null | undefined): DirectoryEntry | undefined {
  if (!raw) return undefined;
  let parsed;
  try {
    parsed = StoredEntry.safeParse(JSON.parse(raw));
  } catch {
    return undefined;
  }
  if (!parsed.success) return undefined;
  const s = parsed.data;
  const expand = (m: z.infer<typeof StoredMeeting>): DirectoryMeeting => ({
    key: m.k,
    date: m.d,
    time: m.t,
    minutes: m.n,
    location: m.l,
    presenter: m.p,
    focus: m.q,
    protocol: m.r,
    agenda: m.a ? `https://docs.google.com/document/d/${m.a}/edit` : undefined,
    feedback: m.f ?? (s.feedbackBase !== undefined ? s.feedbackBase + encodeURIComponent(m.k) : undefined),
    timekeeper: m.tk,
    noteTaker: m.nt,
  });
  return {
    id: s.id,
    key: s.gk,
    name: s.name,
    purpose: s.purpose,
    goal: s.goal,
    facilitator: s.facilitator,
    location: s.location,
    schedule: s.schedule,
    roles: Object.fromEntries(Object.entries(s.roles).map(([e, code]) => [e, roleCodes[code]!])),
    names: s.names,
    meetings: s.meetings.map(expand),
    pastMeetings: (s.past ?? []).map(expand),
    nextTurns: s.tn ?? {},
    locale: s.lc,
    calendarId: s.cal,
  };
}

const base32hex = '0123456789abcdefghijklmnopqrstuv';

/** The meeting key inside a PLG Hub event id (the inverse of calendar/event-id.ts), or undefined for other events. */
export function meetingKeyOfEvent(eventId: string): string | undefined {
  const match = /^plghub([0-9a-v]+)(_\w+)?$/.exec(eventId);
  if (!match) return undefined;
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of match[1]!) {
    buffer = (buffer << 5) | base32hex.indexOf(ch);
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
      buffer &= (1 << bits) - 1;
    }
  }
  try {
    // Apps Script has no TextDecoder; percent-decoding the bytes is UTF-8 decoding with the same strictness.
    return decodeURIComponent(bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
  } catch {
    return undefined;
  }
}

/** The group id in a meeting key ("MATH-1-20260908" → "MATH-1"). */
export function groupOfMeetingKey(key: string): string {
  return key.replace(/-\d{8}$/, '');
}

// The staff directory a teacher's card reads. Teachers cannot open the registry spreadsheet (it holds feedback
// and records), so each sync publishes, per group, just what a member needs to answer "Who is in my PLG? Who is
// facilitating my PLG? When and where does my PLG meet?" (shared/seeds 001, "Structure"), plus each upcoming
// meeting's presenter and links. One small entry per group keeps every entry far below the 9 KB property limit.
import { z } from 'zod';
import { myPlgRoles } from './directory-roles';
import type { Registry } from './registry/registry';
import { instantToLocal } from './schedule/zoned-time';

export const directoryPrefix = 'plg.group.';
const meetingsPublished = 6;

const DirectoryMeeting = z.object({
  key: z.string(),
  date: z.string(),
  time: z.string(),
  minutes: z.number(),
  location: z.string().optional(),
  presenter: z.string().optional(),
  focus: z.string().optional(),
  protocol: z.string().optional(),
  agenda: z.string().optional(),
  feedback: z.string().optional(),
});

export const DirectoryEntry = z.object({
  id: z.string(),
  name: z.string(),
  purpose: z.string().optional(),
  goal: z.string().optional(),
  facilitator: z.string().optional(),
  location: z.string().optional(),
  schedule: z.string(),
  /** email → role in this group (facilitator, member, observer, coach, liaison) */
  roles: z.record(z.string(), z.string()),
  /** email → name, for everyone in `roles` and every presenter */
  names: z.record(z.string(), z.string()),
  meetings: z.array(DirectoryMeeting),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;
export type DirectoryMeeting = z.infer<typeof DirectoryMeeting>;

export function directoryEntries(registry: Registry, now: Date): Record<string, string> {
  const today = instantToLocal(now, registry.settings.timeZone).date;
  const names = new Map(registry.staff.map((s) => [s.row.email, s.row.name]));
  const goals = new Map(registry.goals.map((g) => [g.row.id, g.row.goal]));
  const entries: Record<string, string> = {};
  for (const { row: group } of registry.groups) {
    if (!group.active) continue;
    const roles = myPlgRoles(registry, group, today);
    const meetings = registry.meetings
      .map((m) => m.row)
      .filter((m) => m.group === group.id && m.status === 'scheduled' && m.date >= today)
      .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
      .slice(0, meetingsPublished);
    const people = new Set([...Object.keys(roles), ...meetings.flatMap((m) => (m.presenter ? [m.presenter] : []))]);
    const entry: DirectoryEntry = {
      id: group.id,
      name: group.name,
      purpose: group.purpose,
      goal: group.goal ? goals.get(group.goal) : undefined,
      facilitator: group.facilitator,
      location: group.location,
      schedule: `${group.cadence}, ${group.weekday}s at ${group.startTime} for ${group.minutes} minutes`,
      roles,
      names: Object.fromEntries([...people].map((e) => [e, names.get(e) ?? e])),
      meetings: meetings.map((m) => ({
        key: m.key,
        date: m.date,
        time: m.startTime,
        minutes: m.minutes,
        location: m.location,
        presenter: m.presenter,
        focus: m.focus,
        protocol: m.protocol ?? group.defaultProtocol,
        agenda: m.agenda,
        feedback: m.feedback,
      })),
    };
    entries[directoryPrefix + group.id] = fitted(entry);
  }
  return entries;
}

/** Script properties hold at most 9 KB per value: a very large group publishes fewer meetings, then no names. */
const largestEntry = 8_500;

function fitted(entry: DirectoryEntry): string {
  let json = JSON.stringify(entry);
  const trimmed = { ...entry, meetings: [...entry.meetings] };
  while (json.length > largestEntry && trimmed.meetings.length > 1) {
    trimmed.meetings.pop();
    json = JSON.stringify(trimmed);
  }
  if (json.length > largestEntry) json = JSON.stringify({ ...trimmed, names: {} });
  return json;
}

/** Reads a stored entry back; a damaged or foreign property is ignored, never trusted. */
export function parseDirectoryEntry(raw: string | null | undefined): DirectoryEntry | undefined {
  if (!raw) return undefined;
  try {
    const parsed = DirectoryEntry.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
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

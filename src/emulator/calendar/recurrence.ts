// RFC 5545 recurrence (RRULE, RDATE, EXDATE) expansion, in the series' own wall-clock time so a weekly 15:30
// meeting stays at 15:30 across a DST change. Covers the parts Google Calendar's UI and Apps Script write:
// FREQ DAILY/WEEKLY/MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals for MONTHLY), BYMONTHDAY,
// BYMONTH, WKST.
import { badRequest } from './api-error';
import {
  dateOfDayNumber,
  dayNumber,
  formatBasic,
  instantToWall,
  wallToInstant,
  weekdayOfDayNumber,
  type WallTime,
} from './time-zones';

const weekdayCodes = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
export type WeekdayCode = (typeof weekdayCodes)[number];

interface RecurrenceRule {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval: number;
  count?: number;
  until?: { instantMs?: number; day?: number };
  byDay: { weekday: number; ordinal?: number }[];
  byMonthDay: number[];
  byMonth: number[];
  weekStart: number;
}

interface RecurrenceSet {
  rules: RecurrenceRule[];
  /** Extra and excluded occurrence starts, in the series' wall-clock time. */
  added: WallTime[];
  excluded: WallTime[];
}

const maxPeriods = 100_000;

/**
 * The occurrence start times (wall clock in `timeZone`) of a series whose first occurrence is `first`, in
 * order, up to but excluding `horizonMs`, at most `limit` of them.
 */
export function expandRecurrence(
  lines: string[],
  first: WallTime,
  timeZone: string,
  horizonMs: number,
  limit: number,
): WallTime[] {
  const set = parseRecurrence(lines, first, timeZone);
  const byKey = new Map<string, { wall: WallTime; ms: number }>();
  const add = (wall: WallTime) => {
    const ms = wallToInstant(wall, timeZone);
    if (ms < horizonMs) byKey.set(formatBasic(wall), { wall, ms });
  };
  add(first);
  for (const rule of set.rules) for (const wall of expandRule(rule, first, timeZone, horizonMs, limit)) add(wall);
  for (const wall of set.added) add(wall);
  for (const wall of set.excluded) byKey.delete(formatBasic(wall));
  return [...byKey.values()]
    .sort((a, b) => a.ms - b.ms)
    .slice(0, limit)
    .map((entry) => entry.wall);
}

/** Checks recurrence lines the way the API does on insert, throwing its 400 for ones it cannot read. */
export function validateRecurrence(lines: string[], first: WallTime, timeZone: string): void {
  parseRecurrence(lines, first, timeZone);
}

function parseRecurrence(lines: string[], first: WallTime, timeZone: string): RecurrenceSet {
  const set: RecurrenceSet = { rules: [], added: [], excluded: [] };
  for (const line of lines) {
    const colon = line.indexOf(':');
    const [name, ...params] = line.slice(0, colon).toUpperCase().split(';');
    const value = line.slice(colon + 1);
    if (colon < 0) throw badRequest('Invalid recurrence rule.');
    if (name === 'RRULE') set.rules.push(parseRule(value, timeZone, first));
    else if (name === 'RDATE' || name === 'EXDATE') {
      const tzParam = params.find((p) => p.startsWith('TZID='));
      const zone = tzParam ? line.slice(line.indexOf('TZID=') + 5, colon).split(';')[0]! : timeZone;
      const walls = value.split(',').map((text) => parseDateValue(text.trim(), zone, timeZone, first));
      (name === 'RDATE' ? set.added : set.excluded).push(...walls);
    } else throw badRequest('Invalid recurrence rule.');
  }
  return set;
}

/** A DATE or DATE-TIME value as a wall time in the series' zone; a bare date keeps the series' start time. */
function parseDateValue(text: string, valueZone: string, seriesZone: string, first: WallTime): WallTime {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  if (!match) throw badRequest('Invalid recurrence rule.');
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (match[4] === undefined) return { ...date, hour: first.hour, minute: first.minute, second: first.second };
  const wall = { ...date, hour: Number(match[4]), minute: Number(match[5]), second: Number(match[6]) };
  const zone = match[7] ? 'UTC' : valueZone;
  if (zone === seriesZone) return wall;
  return instantToWall(wallToInstant(wall, zone), seriesZone);
}

function parseRule(text: string, timeZone: string, first: WallTime): RecurrenceRule {
  const parts = new Map<string, string>();
  for (const piece of text.split(';')) {
    const [key, value] = piece.split('=');
    if (!key || value === undefined) throw badRequest('Invalid recurrence rule.');
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  const freq = parts.get('FREQ');
  if (freq !== 'DAILY' && freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') {
    throw badRequest('Invalid recurrence rule.');
  }
  const known = new Set(['FREQ', 'INTERVAL', 'COUNT', 'UNTIL', 'BYDAY', 'BYMONTHDAY', 'BYMONTH', 'WKST']);
  for (const key of parts.keys()) {
    if (!known.has(key)) throw new Error(`The emulated Calendar does not expand RRULE part ${key}`);
  }
  const rule: RecurrenceRule = {
    freq,
    interval: Number(parts.get('INTERVAL') ?? '1'),
    byDay: [],
    byMonthDay: [],
    byMonth: [],
    weekStart: weekdayIndex(parts.get('WKST') ?? 'MO'),
  };
  if (!(rule.interval >= 1)) throw badRequest('Invalid recurrence rule.');
  if (parts.has('COUNT')) rule.count = Number(parts.get('COUNT'));
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    const untilWall = parseDateValue(until, timeZone, timeZone, first);
    rule.until = /^\d{8}$/.test(until)
      ? { day: dayNumber(untilWall) }
      : { instantMs: until.endsWith('Z') ? parseUtcBasic(until) : wallToInstant(untilWall, timeZone) };
  }
  for (const entry of (parts.get('BYDAY') ?? '').split(',').filter(Boolean)) {
    const match = /^([+-]?\d{1,2})?(SU|MO|TU|WE|TH|FR|SA)$/.exec(entry);
    if (!match) throw badRequest('Invalid recurrence rule.');
    rule.byDay.push({ weekday: weekdayIndex(match[2]!), ordinal: match[1] ? Number(match[1]) : undefined });
  }
  rule.byMonthDay = (parts.get('BYMONTHDAY') ?? '').split(',').filter(Boolean).map(Number);
  rule.byMonth = (parts.get('BYMONTH') ?? '').split(',').filter(Boolean).map(Number);
  return rule;
}

function parseUtcBasic(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text)!;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function weekdayIndex(code: string): number {
  const index = weekdayCodes.indexOf(code as WeekdayCode);
  if (index < 0) throw badRequest('Invalid recurrence rule.');
  return index;
}

function expandRule(
  rule: RecurrenceRule,
  first: WallTime,
  timeZone: string,
  horizonMs: number,
  limit: number,
): WallTime[] {
  const firstDay = dayNumber(first);
  const out: WallTime[] = [];
  let counted = 0;
  for (let period = 0; period < maxPeriods; period++) {
    for (const day of daysOfPeriod(rule, first, firstDay, period)) {
      if (day < firstDay) continue;
      const wall = { ...dateOfDayNumber(day), hour: first.hour, minute: first.minute, second: first.second };
      const ms = wallToInstant(wall, timeZone);
      if (rule.until?.instantMs !== undefined && ms > rule.until.instantMs) return out;
      if (rule.until?.day !== undefined && day > rule.until.day) return out;
      if (ms >= horizonMs || out.length >= limit) return out;
      out.push(wall);
      counted += 1;
      if (rule.count !== undefined && counted >= rule.count) return out;
    }
  }
  return out;
}

/** The candidate days of the `period`-th period (day, week, month or year) of a rule, in order. */
function daysOfPeriod(rule: RecurrenceRule, first: WallTime, firstDay: number, period: number): number[] {
  const matchesByDay = (day: number) =>
    rule.byDay.length === 0 || rule.byDay.some((entry) => entry.weekday === weekdayOfDayNumber(day));
  switch (rule.freq) {
    case 'DAILY': {
      const day = firstDay + period * rule.interval;
      return matchesByDay(day) ? [day] : [];
    }
    case 'WEEKLY': {
      const weekStartDay = firstDay - ((weekdayOfDayNumber(firstDay) - rule.weekStart + 7) % 7);
      const base = weekStartDay + 7 * rule.interval * period;
      const weekdays = rule.byDay.length > 0 ? rule.byDay.map((e) => e.weekday) : [weekdayOfDayNumber(firstDay)];
      return [...new Set(weekdays.map((wd) => base + ((wd - rule.weekStart + 7) % 7)))].sort((a, b) => a - b);
    }
    case 'MONTHLY': {
      const monthIndex = first.year * 12 + (first.month - 1) + period * rule.interval;
      return daysInMonthMatching(rule, Math.floor(monthIndex / 12), (monthIndex % 12) + 1, first.day);
    }
    case 'YEARLY': {
      const year = first.year + period * rule.interval;
      const months = rule.byMonth.length > 0 ? rule.byMonth : [first.month];
      return months.flatMap((month) => daysInMonthMatching(rule, year, month, first.day));
    }
  }
}

function daysInMonthMatching(rule: RecurrenceRule, year: number, month: number, defaultDay: number): number[] {
  const firstOfMonth = dayNumber({ year, month, day: 1 });
  const length = dayNumber({ year: month === 12 ? year + 1 : year, month: (month % 12) + 1, day: 1 }) - firstOfMonth;
  const days = new Set<number>();
  for (const monthDay of rule.byMonthDay) {
    const index = monthDay > 0 ? monthDay - 1 : length + monthDay;
    if (index >= 0 && index < length) days.add(firstOfMonth + index);
  }
  for (const entry of rule.byDay) {
    const matching: number[] = [];
    for (let i = 0; i < length; i++) {
      if (weekdayOfDayNumber(firstOfMonth + i) === entry.weekday) matching.push(firstOfMonth + i);
    }
    if (entry.ordinal === undefined) matching.forEach((day) => days.add(day));
    else {
      const pick = entry.ordinal > 0 ? matching[entry.ordinal - 1] : matching[matching.length + entry.ordinal];
      if (pick !== undefined) days.add(pick);
    }
  }
  if (rule.byMonthDay.length === 0 && rule.byDay.length === 0 && defaultDay <= length) {
    days.add(firstOfMonth + defaultDay - 1);
  }
  return [...days].sort((a, b) => a - b);
}

// Utilities.formatDate's patterns. Google documents formatDate as formatting "according to the specification
// described in the Java SE SimpleDateFormat class":
//   https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
//   https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
// So this follows java.text.SimpleDateFormat with Locale.US (English names; weeks start on Sunday and week 1 is
// the week holding 1 January, the "minimal days in first week = 1" of java.util.GregorianCalendar for the US):
//   G era (AD/BC)            y year (yy: two digits; otherwise the full year, zero-padded to the count)
//   Y week year              M/L month (M, MM: number; MMM: Jan; MMMM: January)
//   w week in year           W week in month            D day in year        d day in month
//   F day of week in month   E day name (E–EEE: Wed; EEEE+: Wednesday)        u day number (1 Monday … 7 Sunday)
//   a AM/PM                  H 0–23   k 1–24   K 0–11   h 1–12               m minute   s second
//   S milliseconds as a number (S: 5, SSS: 005 — not a fraction of a second)
//   z zone name (z–zzz: EST, zzzz: Eastern Standard Time)    Z RFC 822 offset (-0500)
//   X ISO 8601 offset (X: -05, XX: -0500, XXX: -05:00, and Z for a zero offset; XXXX is an error)
//   'text' is literal and '' is one quote; any other ASCII letter is an error, as Java's
//   IllegalArgumentException "Illegal pattern character 'q'".
// Zone offsets are Java's too: before 1900 java.util.TimeZone has no history and uses today's standard offset
// (javaZoneOffsetMs). And like Java's GregorianCalendar, days before 15 October 1582 are Julian-calendar days.
// Checked against OpenJDK 17's SimpleDateFormat (Locale.US) with every letter, over every zone, for 150,000
// random instants from 1970 to 2037 and as many from 1850 to 1970 and from 300 BC to 1700: every mismatch left
// is a zone name or offset in some zone's historical transition (see the zone names below) or the week year 'Y'
// at the turn of a year BC. Which Java release Apps Script runs is not documented; zone names differ between
// releases.
import { monthNames, weekdayNames } from '../../core/calendar-names';
import { appsScriptError } from '../errors';
import { zoneOffsetMs } from './zoned-time';
import { isDaylight, januaryAndJulyOffsets, javaStandardOffsetMinutes, zoneName } from './java-zone-names';

/** The letters java.text.SimpleDateFormat knows (DateFormatSymbols.patternChars plus Y, u, X and L). */
const patternLetters = 'GyMdkHmsSEDFwWahKzZYuXL';

type Token = string | { letter: string; count: number };

const compiled = new Map<string, Token[]>();

/** Splits a pattern into literal text and letter runs, failing as SimpleDateFormat's constructor does. */
function compile(pattern: string): Token[] {
  const cached = compiled.get(pattern);
  if (cached) return cached;
  const tokens: Token[] = [];
  let literal = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        literal += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw appsScriptError('Unterminated quote');
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          j++;
        }
        literal += pattern[j];
        j++;
      }
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      if (!patternLetters.includes(ch)) throw appsScriptError(`Illegal pattern character '${ch}'`);
      let count = 1;
      while (pattern[i + count] === ch) count++;
      if (ch === 'X' && count > 3) throw appsScriptError(`invalid ISO 8601 format: length=${count}`);
      if (literal) tokens.push(literal);
      literal = '';
      tokens.push({ letter: ch, count });
      i += count;
      continue;
    }
    literal += ch;
    i++;
  }
  if (literal) tokens.push(literal);
  if (compiled.size > 500) compiled.clear();
  compiled.set(pattern, tokens);
  return tokens;
}

const dayMs = 86_400_000;
/** 1582-10-15, the first Gregorian day of java.util.GregorianCalendar's default cutover, in days since 1970. */
const gregorianCutoverDay = -141427;

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function gregorianEpochDay(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.floor(utc.getTime() / dayMs);
}

/** Days since 1970-01-01 of a Julian-calendar date (astronomical year: 0 is 1 BC). */
function julianEpochDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const jdn = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4) - 32083;
  return jdn - 2440588;
}

/** The date GregorianCalendar shows for a local day: Julian before the cutover, Gregorian from it. */
function calendarDate(epochDay: number): { year: number; month: number; day: number } {
  if (epochDay >= gregorianCutoverDay) {
    const utc = new Date(epochDay * dayMs);
    return { year: utc.getUTCFullYear(), month: utc.getUTCMonth() + 1, day: utc.getUTCDate() };
  }
  const c = epochDay + 2440588 + 32082;
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    year: d - 4800 + Math.floor(m / 10),
    month: m + 3 - 12 * Math.floor(m / 10),
    day: e - Math.floor((153 * m + 2) / 5) + 1,
  };
}

/** 1 January of `year` in the calendar in force on that day (1582 began in the Julian calendar). */
function newYearEpochDay(year: number): number {
  return year > 1582 ? gregorianEpochDay(year, 1, 1) : julianEpochDay(year, 1, 1);
}

interface Fields {
  /** astronomical: 0 is 1 BC */
  year: number;
  month: number;
  day: number;
  /** 0 = Sunday */
  weekday: number;
  dayOfYear: number;
  weekOfYear: number;
  weekYear: number;
  weekOfMonth: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

function calendarFields(localMs: number): Fields {
  const epochDay = Math.floor(localMs / dayMs);
  const msOfDay = localMs - epochDay * dayMs;
  const { year, month, day } = calendarDate(epochDay);
  const weekday = (((epochDay + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  const newYear = newYearEpochDay(year);
  const dayOfYear = epochDay - newYear + 1;
  const daysInYear = newYearEpochDay(year + 1) - newYear;
  const newYearWeekday = (((newYear + 4) % 7) + 7) % 7;
  // Week 1 is the Sunday-to-Saturday week holding 1 January, so the last days of December can be week 1 of the
  // next week year; with one minimal day, early January never belongs to the previous year's last week.
  const inNextYearsFirstWeek = dayOfYear + (6 - weekday) > daysInYear;
  const firstOfMonthWeekday = (((weekday - (day - 1)) % 7) + 7) % 7;
  return {
    year,
    month,
    day,
    weekday,
    dayOfYear,
    weekOfYear: inNextYearsFirstWeek ? 1 : Math.floor((dayOfYear - 1 + newYearWeekday) / 7) + 1,
    weekYear: inNextYearsFirstWeek ? year + 1 : year,
    weekOfMonth: Math.floor((day - 1 + firstOfMonthWeekday) / 7) + 1,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
    millisecond: msOfDay % 1000,
  };
}

export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const tokens = compile(pattern);
  const instantMs = date.getTime();
  const offsetMs = javaZoneOffsetMs(instantMs, timeZone);
  const f = calendarFields(instantMs + offsetMs);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  /** Java reads the year of the era: 1 BC is year 1, 2 BC year 2. */
  const yearOfEra = (year: number) => (year > 0 ? year : 1 - year);
  /** Two letters keep the last two digits; any other count is the whole number, zero-padded to the count. */
  const numberText = (n: number, count: number) =>
    (n < 0 ? '-' : '') + (count === 2 ? pad(Math.abs(n) % 100, 2) : pad(Math.abs(n), count));
  const field = (letter: string, count: number): string => {
    switch (letter) {
      case 'G':
        return f.year > 0 ? 'AD' : 'BC';
      case 'y':
        return numberText(yearOfEra(f.year), count);
      case 'Y': // Java's week year is not a year of era: 2 BC prints as -1
        return numberText(f.weekYear, count);
      case 'M':
      case 'L':
        if (count >= 4) return monthNames[f.month - 1]!;
        if (count === 3) return monthNames[f.month - 1]!.slice(0, 3);
        return pad(f.month, count);
      case 'w':
        return pad(f.weekOfYear, count);
      case 'W':
        return pad(f.weekOfMonth, count);
      case 'D':
        return pad(f.dayOfYear, count);
      case 'd':
        return pad(f.day, count);
      case 'F':
        return pad(Math.floor((f.day - 1) / 7) + 1, count);
      case 'E':
        return count >= 4 ? weekdayNames[f.weekday]! : weekdayNames[f.weekday]!.slice(0, 3);
      case 'u':
        return pad(f.weekday === 0 ? 7 : f.weekday, count);
      case 'a':
        return f.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(f.hour, count);
      case 'k':
        return pad(f.hour === 0 ? 24 : f.hour, count);
      case 'K':
        return pad(f.hour % 12, count);
      case 'h':
        return pad(f.hour % 12 || 12, count);
      case 'm':
        return pad(f.minute, count);
      case 's':
        return pad(f.second, count);
      case 'S':
        return pad(f.millisecond, count);
      case 'z':
        return zoneName(timeZone, isDaylight(instantMs, offsetMs, timeZone), count >= 4 ? 'long' : 'short');
      case 'Z':
        return rfc822Offset(offsetMs);
      default: // 'X'; compile() admits no other letter
        return isoOffset(offsetMs, count);
    }
  };
  let out = '';
  for (const token of tokens) out += typeof token === 'string' ? token : field(token.letter, token.count);
  return out;
}

/** 1900-01-01T00:00:00Z. Java's java.util.TimeZone keeps no zone history before it. */
const javaHistoryStartMs = -2208988800000;

/**
 * The zone's offset as java.util.TimeZone has it: the tz database's from 1900 on, and before 1900 the zone's
 * present standard offset (Java drops earlier transitions, local mean time included), so an instant in 1850
 * reads -05:00 in New York, not the -04:56:02 of New York's local mean time that Intl gives. Checked against
 * OpenJDK 17: 1850 in Europe/Paris formats as +0100, 1900 as +0009.
 */
function javaZoneOffsetMs(instantMs: number, timeZone: string): number {
  if (instantMs >= javaHistoryStartMs) return zoneOffsetMs(new Date(instantMs), timeZone);
  return javaRawOffsetMs(timeZone);
}

const rawOffsets = new Map<string, number>();

/** Java's TimeZone.getRawOffset(): today's standard offset (see javaStandardOffsetMinutes for the exceptions). */
function javaRawOffsetMs(timeZone: string): number {
  let raw = rawOffsets.get(timeZone);
  if (raw === undefined) {
    const override = javaStandardOffsetMinutes[timeZone];
    raw = override === undefined ? Math.min(...januaryAndJulyOffsets(2026, timeZone)) : override * 60_000;
    rawOffsets.set(timeZone, raw);
  }
  return raw;
}

/** Java's 'Z': sign, then hours and minutes as four digits; seconds of an offset are dropped. */
function rfc822Offset(offsetMs: number): string {
  const minutes = Math.trunc(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60) * 100 + (abs % 60)).padStart(4, '0')}`;
}

/** Java's 'X': 'Z' for a zero offset, else ±hh, ±hhmm or ±hh:mm for one, two or three letters. */
function isoOffset(offsetMs: number, count: number): string {
  if (offsetMs === 0) return 'Z';
  const minutes = Math.trunc(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  const hours = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}`;
  if (count === 1) return hours;
  return `${hours}${count === 3 ? ':' : ''}${String(abs % 60).padStart(2, '0')}`;
}

// Utilities.formatDate patterns, which are Java SimpleDateFormat patterns: yyyy, yy, M/MM/MMM/MMMM,
// d/dd, E/EEE (short day), EEEE (full day), H/HH, h/hh, m/mm, s/ss, S, a, z (zone name), Z (-0500),
// X/XXX (ISO offset), and 'quoted literals' with '' for a quote.
// https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
import { monthNames, weekdayNames } from '../../core/calendar-names';
import { appsScriptError } from '../errors';
import { wallClockIn, zoneOffsetMs } from './zoned-time';

export function formatSimpleDate(date: Date, timeZone: string, pattern: string): string {
  const wall = wallClockIn(date, timeZone);
  const offsetMinutes = Math.round(zoneOffsetMs(date, timeZone) / 60000);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const field = (letter: string, count: number): string => {
    switch (letter) {
      case 'y':
        return count === 2 ? pad(wall.year % 100, 2) : pad(wall.year, count);
      case 'M':
        if (count >= 4) return monthNames[wall.month - 1]!;
        if (count === 3) return monthNames[wall.month - 1]!.slice(0, 3);
        return pad(wall.month, count);
      case 'd':
        return pad(wall.day, count);
      case 'E':
        return count >= 4 ? weekdayNames[wall.weekday]! : weekdayNames[wall.weekday]!.slice(0, 3);
      case 'u':
        return String(wall.weekday === 0 ? 7 : wall.weekday);
      case 'H':
        return pad(wall.hour, count);
      case 'k':
        return pad(wall.hour === 0 ? 24 : wall.hour, count);
      case 'h':
        return pad(wall.hour % 12 || 12, count);
      case 'K':
        return pad(wall.hour % 12, count);
      case 'm':
        return pad(wall.minute, count);
      case 's':
        return pad(wall.second, count);
      case 'S':
        return pad(wall.millisecond, count);
      case 'a':
        return wall.hour < 12 ? 'AM' : 'PM';
      case 'z':
        return count >= 4 ? zoneName(date, timeZone, 'long') : zoneName(date, timeZone, 'short');
      case 'Z':
        return offsetText(offsetMinutes, '');
      case 'X':
        if (offsetMinutes === 0) return 'Z';
        return count === 1
          ? offsetText(offsetMinutes, '').slice(0, 3)
          : offsetText(offsetMinutes, count >= 3 ? ':' : '');
      default:
        throw appsScriptError(`Illegal pattern character '${letter}'`);
    }
  };
  let out = '';
  for (let i = 0; i < pattern.length;) {
    const ch = pattern[i]!;
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "'") {
          if (pattern[j + 1] !== "'") break;
          j++;
        }
        out += pattern[j];
      }
      i = j + 1;
      continue;
    }
    if (/[a-zA-Z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      out += field(ch, count);
      i += count;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function offsetText(offsetMinutes: number, separator: string): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${separator}${String(abs % 60).padStart(2, '0')}`;
}

function zoneName(date: Date, timeZone: string, style: 'short' | 'long'): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: style }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

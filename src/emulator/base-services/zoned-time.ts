// Wall-clock time in an IANA time zone, both ways, as Apps Script (Utilities.formatDate, spreadsheet date
// cells) resolves it, historical offsets included: a time-only cell read back as a Date on 1899-12-30 carries
// the zone's local mean time offset then. The reading itself is core's (src/core/schedule/zoned-time.ts);
// this adds the milliseconds and weekday that date formats want.
import { wallAsUtcMs, wallTimeAt, zoneOffsetMs as coreZoneOffsetMs } from '../../core/schedule/zoned-time';

export { isValidTimeZone } from '../../core/schedule/zoned-time';

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** 0 = Sunday */
  weekday: number;
}

export function wallClockIn(instant: Date, timeZone: string): WallClock {
  const wall = wallTimeAt(instant.getTime(), timeZone);
  return {
    ...wall,
    millisecond: ((instant.getTime() % 1000) + 1000) % 1000,
    weekday: new Date(wallAsUtcMs(wall)).getUTCDay(),
  };
}

/** The zone's offset from UTC at that instant, in milliseconds (negative west of Greenwich). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  return coreZoneOffsetMs(instant.getTime(), timeZone);
}

/**
 * The instant at which the zone's clocks show this wall-clock time.
 * Deliberately not core's wallToInstantMs: this keeps the emulator's own Sheets resolution, which differs at
 * transitions. It reads the offset at the naive guess and corrects once, so a time skipped by spring-forward
 * comes out an hour early (02:30 → 01:30) where core's gives 03:30, and a repeated hour gives the earlier
 * instant west of Greenwich but the later one east of it. Which one Sheets does is unverified, so the emulator's
 * results are kept as they were; change them only with evidence.
 */
export function instantAtWallClock(
  wall: Pick<WallClock, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'> & { millisecond?: number },
  timeZone: string,
): Date {
  const guessMs = wallAsUtcMs(wall) + (wall.millisecond ?? 0);
  const firstOffset = coreZoneOffsetMs(guessMs, timeZone);
  let candidate = guessMs - firstOffset;
  const secondOffset = coreZoneOffsetMs(candidate, timeZone);
  if (secondOffset !== firstOffset) candidate = guessMs - secondOffset;
  return new Date(candidate);
}

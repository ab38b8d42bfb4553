// Sheets' serial numbers for dates and times, both ways. The Sheets API hands date, time and date-time cells over as
// doubles "in serial number format, as popularized by Lotus 1-2-3": the whole part counts days since 30 December
// 1899, the fraction is the time of day (noon on 1 January 1900 is 2.5). The number is a wall-clock reading in the
// spreadsheet's own time zone, not an instant: the same cell shows the same date and time after the zone changes.
// https://developers.google.com/workspace/sheets/api/reference/rest/v4/DateTimeRenderOption
import { wallAsUtcMs, wallOfUtcMs, wallTimeAt, wallToInstantMs, type WallTime } from './zoned-time';

const dayMs = 86_400_000;
const dayZeroMs = Date.UTC(1899, 11, 30);

/** The serial number of what clocks in `timeZone` show at the instant (to the millisecond). */
export function serialAt(instantMs: number, timeZone: string): number {
  const millisecond = ((instantMs % 1000) + 1000) % 1000;
  return (wallAsUtcMs(wallTimeAt(instantMs, timeZone)) + millisecond - dayZeroMs) / dayMs;
}

/** The wall-clock reading a serial number stands for (rounded to the millisecond, as doubles drift). */
export function wallOfSerial(serial: number): WallTime & { millisecond: number } {
  const ms = dayZeroMs + Math.round(serial * dayMs);
  return { ...wallOfUtcMs(ms), millisecond: new Date(ms).getUTCMilliseconds() };
}

/**
 * The instant at which clocks in `timeZone` show the serial's wall-clock reading: a cell read through the Sheets
 * API becomes the same Date `Range.getValues()` gives, as far as any reading of its wall clock can tell.
 */
export function instantOfSerial(serial: number, timeZone: string): Date {
  const wall = wallOfSerial(serial);
  return new Date(wallToInstantMs(wall, timeZone) + wall.millisecond);
}

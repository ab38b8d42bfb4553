// The text Sheets shows for a cell (Range.getDisplayValues): a value rendered through the cell's number
// format. Date formats use Sheets' tokens (yyyy, m/mm/mmm/mmmm, d/dd/ddd/dddd, h/hh, m/mm as minutes next
// to an hour or second, ss, AM/PM); number formats use 0, #, grouping commas, decimals, % and quoted text.
// https://developers.google.com/sheets/api/guides/formats
import { monthNames, weekdayNames } from '../../core/calendar-names';
import { wallClockIn, type WallClock } from '../base-services/zoned-time';
import { wallOfSerial } from '../../core/schedule/sheets-serial';
import { dateTimeFormat } from './cell-input';
import { isDate, type CellValue } from './model';

const msPerDay = 24 * 60 * 60 * 1000;
/** Sheets' day zero: serial number 0 is 1899-12-30. */
const serialEpochUtcMs = Date.UTC(1899, 11, 30);

export function displayText(value: CellValue, numberFormat: string | undefined, timeZone: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDate(value)) {
    const pattern = numberFormat && isDateFormat(numberFormat) ? numberFormat : dateTimeFormat;
    return formatDateTokens(wallClockIn(value, timeZone), pattern);
  }
  if (numberFormat && isDateFormat(numberFormat)) return formatDateTokens(serialToWallClock(value), numberFormat);
  return formatNumber(value, numberFormat);
}

export function isDateFormat(format: string): boolean {
  return /[ydhsm]/i.test(stripLiterals(format)) && !/^general$/i.test(format);
}

function stripLiterals(format: string): string {
  return format.replace(/"[^"]*"|\\./g, '');
}

function serialToWallClock(serial: number): WallClock {
  // Sheets' own reading of a serial (core/schedule/sheets-serial.ts), with the weekday a format may name.
  const weekday = new Date(serialEpochUtcMs + Math.round(serial * msPerDay)).getUTCDay();
  return { ...wallOfSerial(serial), weekday };
}

const dateToken = /"[^"]*"|\\.|yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|a\/p|./gi;

function formatDateTokens(wall: WallClock, pattern: string): string {
  const tokens = pattern.match(dateToken) ?? [];
  const twelveHour = tokens.some((t) => /^(am\/pm|a\/p)$/i.test(t));
  const isField = (t: string | undefined) => !!t && /^(y+|m+|d+|h+|s+)$/i.test(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return tokens
    .map((token, i) => {
      const lower = token.toLowerCase();
      if (lower.startsWith('m') && lower.length <= 2) {
        const previous = tokens.slice(0, i).reverse().find(isField)?.toLowerCase();
        const next = tokens
          .slice(i + 1)
          .find(isField)
          ?.toLowerCase();
        const isMinute = previous?.startsWith('h') || next?.startsWith('s');
        const n = isMinute ? wall.minute : wall.month;
        return lower === 'mm' ? pad(n) : String(n);
      }
      switch (lower) {
        case 'yyyy':
          return String(wall.year);
        case 'yy':
          return pad(wall.year % 100);
        case 'mmmm':
          return monthNames[wall.month - 1]!;
        case 'mmm':
          return monthNames[wall.month - 1]!.slice(0, 3);
        case 'dddd':
          return weekdayNames[wall.weekday]!;
        case 'ddd':
          return weekdayNames[wall.weekday]!.slice(0, 3);
        case 'dd':
          return pad(wall.day);
        case 'd':
          return String(wall.day);
        case 'hh':
        case 'h': {
          const hour = twelveHour ? wall.hour % 12 || 12 : wall.hour;
          return lower === 'hh' ? pad(hour) : String(hour);
        }
        case 'ss':
          return pad(wall.second);
        case 's':
          return String(wall.second);
        case 'am/pm':
          return wall.hour < 12 ? 'AM' : 'PM';
        case 'a/p':
          return wall.hour < 12 ? 'A' : 'P';
      }
      if (token.startsWith('"')) return token.slice(1, -1);
      if (token.startsWith('\\')) return token.slice(1);
      return token;
    })
    .join('');
}

function formatNumber(value: number, numberFormat: string | undefined): string {
  if (!numberFormat || /^general$/i.test(numberFormat) || numberFormat === '@') return generalNumber(value);
  const section = numberFormat.split(';')[0]!;
  const mask = /[#0,]*0[#0,]*(?:\.[#0]+)?|[#,]+(?:\.[#0]+)?/.exec(stripLiterals(section))?.[0];
  if (!mask) return generalNumber(value);
  const percent = stripLiterals(section).includes('%');
  const scaled = percent ? value * 100 : value;
  const [integerMask, fractionMask = ''] = mask.split('.');
  const minDecimals = (fractionMask.match(/0/g) ?? []).length;
  const maxDecimals = fractionMask.length;
  const grouped = integerMask!.includes(',');
  const digits = Math.abs(scaled).toLocaleString('en-US', {
    minimumFractionDigits: minDecimals,
    maximumFractionDigits: maxDecimals,
    useGrouping: grouped,
  });
  const maskStart = section.indexOf(mask[0]!);
  const literalText = (text: string) => text.replace(/"([^"]*)"|\\(.)/g, '$1$2');
  const prefix = literalText(section.slice(0, maskStart));
  const suffix = literalText(section.slice(maskStart + mask.length));
  return `${scaled < 0 ? '-' : ''}${prefix}${digits}${suffix}`;
}

// The "General" format shows integers in full and other numbers to about ten significant digits.
function generalNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

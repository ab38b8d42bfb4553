// How Sheets interprets a value written to a cell, as if typed (en_US locale): "42" and "1,234" become
// numbers, "TRUE" a boolean, "9/1/2026" and "2026-09-01" dates at midnight in the spreadsheet's time
// zone, "15:30" a time (a Date on 1899-12-30, Sheets' day zero), "=…" a formula, and a leading apostrophe
// keeps the rest as literal text. A cell formatted as plain text ('@') keeps every string as written.
// Detected dates, times, percentages and grouped numbers also get the number format Sheets applies.
import { instantAtWallClock } from '../base-services/zoned-time';
import { isDate, type CellValue } from './model';

export interface InterpretedInput {
  value: CellValue;
  formula?: string;
  /** The number format Sheets gives a cell when it recognises a date, time, percent or grouped number. */
  impliedFormat?: string;
}

export interface InputContext {
  timeZone: string;
  numberFormat: string | undefined;
  /** Values Google's own servers write (form responses) are data, never formulas. */
  formulasAllowed: boolean;
}

export const plainTextFormat = '@';
export const dateTimeFormat = 'M/d/yyyy H:mm:ss';

const plainNumber = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const groupedNumber = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const percentNumber = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const dollarAmount = /^(-?)\$(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?$/;
const timePart = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s*([ap]m))?';
const isoDate = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]${timePart})?$`, 'i');
const usDate = new RegExp(`^(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?:\\s+${timePart})?$`, 'i');
const timeOnly = new RegExp(`^${timePart}$`, 'i');

export function interpretInput(raw: unknown, context: InputContext): InterpretedInput {
  if (raw === null || raw === undefined) return { value: '' };
  if (isDate(raw)) return { value: new Date(raw.getTime()), impliedFormat: dateTimeFormat };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  const text = String(raw);
  if (context.numberFormat === plainTextFormat) return { value: text };
  if (context.formulasAllowed && text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  return interpretText(text, context.timeZone) ?? { value: text };
}

function interpretText(text: string, timeZone: string): InterpretedInput | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  if (plainNumber.test(trimmed)) return { value: Number(trimmed) };
  const grouped = groupedNumber.exec(trimmed);
  if (grouped) {
    return {
      value: Number(`${grouped[1]}${grouped[2]!.replace(/,/g, '')}${grouped[3] ?? ''}`),
      impliedFormat: grouped[3] ? '#,##0.00' : '#,##0',
    };
  }
  const percent = percentNumber.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, impliedFormat: percent[1]!.includes('.') ? '0.00%' : '0%' };
  const dollars = dollarAmount.exec(trimmed);
  if (dollars) {
    return {
      value: Number(`${dollars[1]}${dollars[2]!.replace(/,/g, '')}${dollars[3] ?? ''}`),
      impliedFormat: '"$"#,##0.00',
    };
  }
  return interpretDateOrTime(trimmed, timeZone);
}

function interpretDateOrTime(text: string, timeZone: string): InterpretedInput | null {
  const iso = isoDate.exec(text);
  if (iso) return dateInput(+iso[1]!, +iso[2]!, +iso[3]!, iso.slice(4), timeZone, 'yyyy-mm-dd');
  const us = usDate.exec(text);
  if (us) return dateInput(fullYear(us[3]!), +us[1]!, +us[2]!, us.slice(4), timeZone, 'M/d/yyyy');
  const time = timeOnly.exec(text);
  if (time) {
    const clock = clockTime(time.slice(1));
    if (!clock) return null;
    const value = instantAtWallClock({ year: 1899, month: 12, day: 30, ...clock }, timeZone);
    return { value, impliedFormat: time[4] ? 'h:mm:ss AM/PM' : 'H:mm:ss' };
  }
  return null;
}

function dateInput(
  year: number,
  month: number,
  day: number,
  timeGroups: (string | undefined)[],
  timeZone: string,
  dateFormat: string,
): InterpretedInput | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  const hasTime = timeGroups[0] !== undefined;
  const clock = hasTime ? clockTime(timeGroups) : { hour: 0, minute: 0, second: 0 };
  if (!clock) return null;
  return {
    value: instantAtWallClock({ year, month, day, ...clock }, timeZone),
    impliedFormat: hasTime ? `${dateFormat} H:mm:ss` : dateFormat,
  };
}

function clockTime(groups: (string | undefined)[]): { hour: number; minute: number; second: number } | null {
  const [hourText, minuteText, secondText, meridiem] = groups;
  let hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  if (minute > 59 || second > 59) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  } else if (hour > 23) {
    return null;
  }
  return { hour, minute, second };
}

// Sheets reads a two-digit year 00–29 as 20xx and 30–99 as 19xx.
function fullYear(yearText: string): number {
  const year = Number(yearText);
  if (yearText.length === 4) return year;
  return year < 30 ? 2000 + year : 1900 + year;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

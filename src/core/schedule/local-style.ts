// How the school writes dates and times: a 12- or 24-hour clock, month or day first. Taken from the
// spreadsheet's locale (File ▸ Settings ▸ Locale, e.g. en_US, en_GB, en_AU, en_IN), the one place a school has
// already said how it writes dates. Only the *style* comes from Intl's locale data (CLDR: which hour cycle,
// which order); names stay the English ones in calendar-names.ts, so text reads the same on every server.
// Without locale data for a locale, the US style is used — still unambiguous, because month names are spelled.
import { monthNames, shortMonthNames, shortWeekdayNames, weekdayNames } from '../calendar-names';

export interface LocalStyle {
  /** BCP 47, e.g. "en-GB". */
  locale: string;
  clock: 12 | 24;
  /** "Sep 8" (true) or "8 Sep" (false). */
  monthFirst: boolean;
  /** How the locale writes the half of the day: "AM"/"PM" (en-US) or "am"/"pm" (en-AU, en-IN). */
  meridiem: readonly [string, string];
}

/** The style used where no locale is known: day first, 24-hour clock (ISO-like, ambiguous to nobody). */
export const neutralStyle: LocalStyle = { locale: 'und', clock: 24, monthFirst: false, meridiem: ['AM', 'PM'] };

const styles = new Map<string, LocalStyle>();

/** The style of a Sheets locale ("en_US") or BCP 47 tag ("en-US"); cached, since Intl formatters are costly. */
export function localStyle(locale: string | undefined): LocalStyle {
  const tag = String(locale ?? '')
    .trim()
    .replace(/_/g, '-');
  const cached = styles.get(tag);
  if (cached) return cached;
  const style = styleOf(tag);
  styles.set(tag, style);
  return style;
}

function styleOf(tag: string): LocalStyle {
  const fallback: LocalStyle = { locale: 'en-US', clock: 12, monthFirst: true, meridiem: ['AM', 'PM'] };
  if (!tag) return fallback;
  try {
    const sample = new Date(Date.UTC(2026, 8, 8, 15, 30));
    const timeFormat = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    const hourCycle = (timeFormat.resolvedOptions() as { hourCycle?: string }).hourCycle;
    const clock: 12 | 24 = hourCycle === 'h11' || hourCycle === 'h12' ? 12 : 24;
    const dayPeriod = timeFormat.formatToParts(sample).find((p) => p.type === 'dayPeriod')?.value ?? 'PM';
    const dateParts = new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', timeZone: 'UTC' })
      .formatToParts(sample)
      .map((p) => p.type);
    const monthFirst = dateParts.indexOf('month') < dateParts.indexOf('day');
    // Latin-script day periods only ("PM", "pm", "p.m."); a locale writing them in another script keeps AM/PM,
    // because the rest of the text is English.
    const lower = /^[a-z.\s]+$/.test(dayPeriod) && dayPeriod.replace(/[.\s]/g, '') === 'pm';
    return { locale: tag, clock, monthFirst, meridiem: lower ? ['am', 'pm'] : ['AM', 'PM'] };
  } catch {
    return fallback;
  }
}

function parts(date: string) {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, weekday };
}

/** "3:30 PM" (en-US), "3:30 pm" (en-AU), "15:30" (en-GB) for an "HH:MM" time. */
export function clockText(time: string, style: LocalStyle = neutralStyle): string {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const mm = String(minute).padStart(2, '0');
  if (style.clock === 24) return `${String(hour).padStart(2, '0')}:${mm}`;
  return `${hour % 12 || 12}:${mm} ${style.meridiem[hour < 12 ? 0 : 1]}`;
}

/** "3:30–4:30 PM", "3:30 AM–12:10 PM", "15:30–16:30": a meeting's span, the half of day said once when shared. */
export function clockRangeText(from: string, to: string, style: LocalStyle = neutralStyle): string {
  if (style.clock === 24) return `${clockText(from, style)}–${clockText(to, style)}`;
  const sameHalf = Number(from.slice(0, 2)) < 12 === Number(to.slice(0, 2)) < 12;
  const start = clockText(from, style);
  return `${sameHalf ? start.replace(/\s\S+$/, '') : start}–${clockText(to, style)}`;
}

/** "Tue, Sep 8, 2026" (month first) or "Tue 8 Sep 2026". */
export function dayText(date: string, style: LocalStyle = neutralStyle): string {
  const { year, month, day, weekday } = parts(date);
  return style.monthFirst
    ? `${shortWeekdayNames[weekday]}, ${shortMonthNames[month - 1]} ${day}, ${year}`
    : `${shortWeekdayNames[weekday]} ${day} ${shortMonthNames[month - 1]} ${year}`;
}

/** "Sep 8" or "8 Sep": enough to tell meetings of one group apart within a school year. */
export function shortDayText(date: string, style: LocalStyle = neutralStyle): string {
  const { month, day } = parts(date);
  return style.monthFirst ? `${shortMonthNames[month - 1]} ${day}` : `${day} ${shortMonthNames[month - 1]}`;
}

/** "Tuesday, September 8, 2026" or "Tuesday 8 September 2026". */
export function longDayText(date: string, style: LocalStyle = neutralStyle): string {
  const { year, month, day, weekday } = parts(date);
  return style.monthFirst
    ? `${weekdayNames[weekday]}, ${monthNames[month - 1]} ${day}, ${year}`
    : `${weekdayNames[weekday]} ${day} ${monthNames[month - 1]} ${year}`;
}

/** "November 2026" for "2026-11": month names are written the same in every style. */
export function monthText(month: string): string {
  return `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

/** "Tue, Sep 8, 2026 at 3:30 PM" or "Tue 8 Sep 2026 at 15:30". */
export function meetingWhenText(date: string, time: string, style: LocalStyle = neutralStyle): string {
  return `${dayText(date, style)} at ${clockText(time, style)}`;
}

// English month and weekday names, spelled out here rather than taken from Intl so text reads the same on
// every server, whatever its locale. Index 0 is January / Sunday, as Date#getUTCMonth and #getUTCDay count.

export const monthNames: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Jan" … "Dec" */
export const shortMonthNames: readonly string[] = monthNames.map((name) => name.slice(0, 3));

export const weekdayNames: readonly string[] = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

/** "Sun" … "Sat" */
export const shortWeekdayNames: readonly string[] = weekdayNames.map((name) => name.slice(0, 3));

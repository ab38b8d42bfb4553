// Utilities.formatDate "formats date according to specification described in Java SE SimpleDateFormat class":
//   https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// so every expectation here is java.text.SimpleDateFormat's:
//   Javadoc: https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html
// Where the Javadoc gives the rule but no example, the expected text is what OpenJDK 17.0.15 prints for
// `new SimpleDateFormat(pattern, Locale.US)` with `setTimeZone(TimeZone.getTimeZone(zone))` at that instant
// (marked "OpenJDK 17"). Which Java release Apps Script runs is not documented; zone names differ between
// releases (see src/emulator/base-services/simple-date-format.ts).
import { createUtilities } from '../../src/emulator/base-services/utilities';
import { Workspace } from '../../src/emulator/workspace';

const utilities = createUtilities(new Workspace({ now: new Date('2026-08-24T12:00:00Z') }));
const format = (instant: string, zone: string, pattern: string) =>
  utilities.formatDate(new Date(instant), zone, pattern);

describe('Utilities.formatDate pattern letters', () => {
  test("reproduces every example in the Javadoc's table (2001-07-04 12:08:56.235 in US Pacific time)", () => {
    // Javadoc, "Examples": "The following examples show how date and time patterns are interpreted in the U.S.
    // locale. The given date and time are 2001-07-04 12:08:56 local time in the U.S. Pacific Time time zone."
    const at = '2001-07-04T12:08:56.235-07:00';
    const examples: [string, string][] = [
      ["yyyy.MM.dd G 'at' HH:mm:ss z", '2001.07.04 AD at 12:08:56 PDT'],
      ["EEE, MMM d, ''yy", "Wed, Jul 4, '01"],
      ['h:mm a', '12:08 PM'],
      ["hh 'o''clock' a, zzzz", "12 o'clock PM, Pacific Daylight Time"],
      ['K:mm a, z', '0:08 PM, PDT'],
      ['yyyyy.MMMMM.dd GGG hh:mm aaa', '02001.July.04 AD 12:08 PM'],
      ['EEE, d MMM yyyy HH:mm:ss Z', 'Wed, 4 Jul 2001 12:08:56 -0700'],
      ['yyMMddHHmmssZ', '010704120856-0700'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSSZ", '2001-07-04T12:08:56.235-0700'],
      ["yyyy-MM-dd'T'HH:mm:ss.SSSXXX", '2001-07-04T12:08:56.235-07:00'],
      ["YYYY-'W'ww-u", '2001-W27-3'],
    ];
    for (const [pattern, text] of examples) expect(format(at, 'America/Los_Angeles', pattern)).toBe(text);
  });

  test('y: two letters keep the last two digits, any other count is the whole year zero-padded; G is AD or BC', () => {
    // Javadoc, "Year": "if the number of pattern letters is 2, the year is truncated to 2 digits; otherwise it is
    // interpreted as a number", and "Number": "the number of pattern letters is the minimum number of digits".
    expect(format('2026-12-30T17:00:00Z', 'America/New_York', 'G y yy yyy yyyy yyyyy')).toBe(
      'AD 2026 26 2026 2026 02026',
    );
    // OpenJDK 17: the year is the year of the era, so the year before 1 AD is 1 BC (JavaScript's year 0).
    expect(format('0000-06-01T12:00:00Z', 'UTC', 'G y yyyy')).toBe('BC 1 0001');
    // ...and a Date is a Julian-calendar date before 1582-10-15 (GregorianCalendar's default cutover), so
    // JavaScript's proleptic -0043-03-13 is the Ides of March, 44 BC.
    expect(format('-000043-03-13T12:00:00Z', 'UTC', 'G y-MM-dd EEE')).toBe('BC 44-03-15 Wed');
    expect(format('1582-10-15T12:00:00Z', 'UTC', 'G yyyy-MM-dd EEE D')).toBe('AD 1582-10-15 Fri 278');
    expect(format('1582-10-14T12:00:00Z', 'UTC', 'G yyyy-MM-dd EEE D')).toBe('AD 1582-10-04 Thu 277');
  });

  test('Y and w: US weeks start on Sunday and week 1 holds 1 January, so 27 Dec 2026 starts week 1 of 2027', () => {
    // Javadoc, "Week Year", and GregorianCalendar's "Week Of Year and Week Year": week 1 is the earliest seven-day
    // period starting on getFirstDayOfWeek() with at least getMinimalDaysInFirstWeek() days of the year; for
    // Locale.US that is Sunday and 1 day.
    // https://docs.oracle.com/javase/8/docs/api/java/util/GregorianCalendar.html#week_year
    // Rows: OpenJDK 17, noon in New York each day. F (day of week in month) and u (1 = Monday) ride along.
    const days: [string, string][] = [
      ['2026-12-26T17:00:00Z', 'Sat 2026-12-26 2026 52 4 360 4 6'],
      ['2026-12-27T17:00:00Z', 'Sun 2026-12-27 2027 1 5 361 4 7'],
      ['2026-12-31T17:00:00Z', 'Thu 2026-12-31 2027 1 5 365 5 4'],
      ['2027-01-01T17:00:00Z', 'Fri 2027-01-01 2027 1 1 1 1 5'],
      ['2027-01-02T17:00:00Z', 'Sat 2027-01-02 2027 1 1 2 1 6'],
      ['2027-01-03T17:00:00Z', 'Sun 2027-01-03 2027 2 2 3 1 7'],
    ];
    for (const [instant, text] of days) {
      expect(format(instant, 'America/New_York', 'EEE yyyy-MM-dd Y w W D F u')).toBe(text);
    }
    // y and Y differ only in that last week; two Y letters keep two digits as y does (Javadoc, "Week Year").
    expect(format('2026-12-30T17:00:00Z', 'America/New_York', 'Y YY YYY YYYY YYYYY y')).toBe(
      '2027 27 2027 2027 02027 2026',
    );
    // A leap year's day 366 can be week 1 of the next year too (OpenJDK 17).
    expect(format('2028-12-31T12:00:00Z', 'UTC', 'EEE yyyy-MM-dd Y w D')).toBe('Sun 2028-12-31 2029 1 366');
    // The days are the zone's: the same instant is Thursday in New York, Friday in London, Kolkata and Chatham.
    expect(format('2027-01-01T03:00:00Z', 'America/New_York', 'EEE yyyy-MM-dd Y w')).toBe('Thu 2026-12-31 2027 1');
    expect(format('2027-01-01T03:00:00Z', 'Europe/London', 'EEE yyyy-MM-dd Y w')).toBe('Fri 2027-01-01 2027 1');
    expect(format('2026-12-31T18:30:00Z', 'Asia/Kolkata', 'EEE yyyy-MM-dd HH:mm Y w')).toBe(
      'Fri 2027-01-01 00:00 2027 1',
    );
    expect(format('2026-12-31T10:15:00Z', 'Pacific/Chatham', 'EEE yyyy-MM-dd HH:mm Y w z')).toBe(
      'Fri 2027-01-01 00:00 2027 1 CHADT',
    );
  });

  test('W, D, d and F count within the month and year', () => {
    // Javadoc: W week in month, D day in year, d day in month, F day of week in month. OpenJDK 17.
    expect(format('2026-01-01T12:00:00Z', 'UTC', 'EEE yyyy-MM-dd Y w W D')).toBe('Thu 2026-01-01 2026 1 1 1');
    expect(format('2026-01-04T12:00:00Z', 'UTC', 'EEE yyyy-MM-dd Y w W D')).toBe('Sun 2026-01-04 2026 2 2 4');
    expect(format('2026-03-01T12:00:00Z', 'UTC', 'EEE yyyy-MM-dd w W D F')).toBe('Sun 2026-03-01 10 1 60 1');
    expect(format('2026-03-31T12:00:00Z', 'UTC', 'EEE yyyy-MM-dd w W D F')).toBe('Tue 2026-03-31 14 5 90 5');
    expect(format('2026-05-09T19:05:09Z', 'America/New_York', 'd dd D DDD F')).toBe('9 09 129 129 2');
  });

  test('M and L: one or two letters are the number, three the short name, four or more the full name; E and u', () => {
    // Javadoc, "Month": "If the number of pattern letters is 3 or more, the month is interpreted as text";
    // "Text": "If the number of pattern letters is 4 or more, the full form is used; otherwise a short or
    // abbreviated form is used". u is "Day number of week (1 = Monday, ..., 7 = Sunday)". OpenJDK 17.
    expect(
      format('2026-09-01T19:05:09Z', 'America/New_York', 'M MM MMM MMMM L LL LLL LLLL E EE EEE EEEE EEEEE u uu'),
    ).toBe('9 09 Sep September 9 09 Sep September Tue Tue Tue Tuesday Tuesday 2 02');
    expect(format('2026-05-09T19:05:09Z', 'America/New_York', 'MMM MMMM EEE EEEE u')).toBe('May May Sat Saturday 6');
  });

  test('hours: H is 0–23, k 1–24, K 0–11, h 1–12; a is AM or PM', () => {
    // Javadoc's letter table. OpenJDK 17, New York (EDT) at midnight, noon, 11 a.m. and 23:59:59.
    const pattern = 'a H HH k kk K KK h hh m mm s ss';
    expect(format('2026-09-06T04:05:09Z', 'America/New_York', pattern)).toBe('AM 0 00 24 24 0 00 12 12 5 05 9 09');
    expect(format('2026-09-06T16:05:09Z', 'America/New_York', pattern)).toBe('PM 12 12 12 12 0 00 12 12 5 05 9 09');
    expect(format('2026-09-06T15:30:00Z', 'America/New_York', 'a H k K h')).toBe('AM 11 11 11 11');
    expect(format('2026-09-07T03:59:59Z', 'America/New_York', pattern)).toBe('PM 23 23 23 23 11 11 11 11 59 59 59 59');
  });

  test('S is the millisecond as a number padded to the count, not a fraction of a second', () => {
    // Javadoc: S is "Millisecond", presentation "Number". OpenJDK 17: 's.S' at 9.005 s prints 9.5.
    expect(format('2026-09-01T19:05:09.005Z', 'UTC', 'S SS SSS SSSS s.S s.SSS')).toBe('5 05 005 0005 9.5 9.005');
    expect(format('2026-09-01T19:05:09.123Z', 'UTC', 'S SS SSS SSSS s.S s.SSS')).toBe('123 123 123 0123 9.123 9.123');
  });
});

describe('Utilities.formatDate zones', () => {
  const zonePattern = 'yyyy-MM-dd HH:mm:ss z zzzz Z X XX XXX';

  test('New York across both DST changes: z, zzzz, Z (RFC 822) and X, XX, XXX (ISO 8601)', () => {
    // Javadoc, "General time zone", "RFC 822 time zone" and "ISO 8601 Time zone". OpenJDK 17.
    expect(format('2026-03-08T06:59:59Z', 'America/New_York', zonePattern)).toBe(
      '2026-03-08 01:59:59 EST Eastern Standard Time -0500 -05 -0500 -05:00',
    );
    expect(format('2026-03-08T07:00:00Z', 'America/New_York', zonePattern)).toBe(
      '2026-03-08 03:00:00 EDT Eastern Daylight Time -0400 -04 -0400 -04:00',
    );
    expect(format('2026-11-01T05:59:59Z', 'America/New_York', zonePattern)).toBe(
      '2026-11-01 01:59:59 EDT Eastern Daylight Time -0400 -04 -0400 -04:00',
    );
    expect(format('2026-11-01T06:00:00Z', 'America/New_York', zonePattern)).toBe(
      '2026-11-01 01:00:00 EST Eastern Standard Time -0500 -05 -0500 -05:00',
    );
  });

  test('London: GMT and BST, and X prints Z for a zero offset', () => {
    // Javadoc, ISO 8601 zone: "if the offset value from GMT is 0, "Z" is produced". OpenJDK 17. (Intl's en-US
    // short name for London in summer is "GMT+1"; Java's is "BST".)
    expect(format('2026-03-29T00:59:59Z', 'Europe/London', zonePattern)).toBe(
      '2026-03-29 00:59:59 GMT Greenwich Mean Time +0000 Z Z Z',
    );
    expect(format('2026-03-29T01:00:00Z', 'Europe/London', zonePattern)).toBe(
      '2026-03-29 02:00:00 BST British Summer Time +0100 +01 +0100 +01:00',
    );
    expect(format('2026-10-25T00:59:59Z', 'Europe/London', zonePattern)).toBe(
      '2026-10-25 01:59:59 BST British Summer Time +0100 +01 +0100 +01:00',
    );
    expect(format('2026-10-25T01:00:00Z', 'Europe/London', zonePattern)).toBe(
      '2026-10-25 01:00:00 GMT Greenwich Mean Time +0000 Z Z Z',
    );
  });

  test("Kolkata (+05:30) is IST, Java's name, not Intl's GMT+5:30; a single X drops the minutes", () => {
    // Javadoc: with one letter "only the hour field is produced". OpenJDK 17, also for the old id Asia/Calcutta.
    expect(format('2026-12-31T18:29:59Z', 'Asia/Kolkata', zonePattern)).toBe(
      '2026-12-31 23:59:59 IST India Standard Time +0530 +05 +0530 +05:30',
    );
    expect(format('2026-12-31T18:30:00Z', 'Asia/Calcutta', 'yyyy-MM-dd HH:mm z Z')).toBe('2027-01-01 00:00 IST +0530');
  });

  test("Sydney's southern-hemisphere DST: AEDT ends in April, starts in October", () => {
    // OpenJDK 17 (Intl's en-US short names are GMT+11 and GMT+10).
    expect(format('2026-04-04T15:59:59Z', 'Australia/Sydney', zonePattern)).toBe(
      '2026-04-05 02:59:59 AEDT Australian Eastern Daylight Time +1100 +11 +1100 +11:00',
    );
    expect(format('2026-04-04T16:00:00Z', 'Australia/Sydney', zonePattern)).toBe(
      '2026-04-05 02:00:00 AEST Australian Eastern Standard Time +1000 +10 +1000 +10:00',
    );
    expect(format('2026-10-03T15:59:59Z', 'Australia/Sydney', zonePattern)).toBe(
      '2026-10-04 01:59:59 AEST Australian Eastern Standard Time +1000 +10 +1000 +10:00',
    );
    expect(format('2026-10-03T16:00:00Z', 'Australia/Sydney', zonePattern)).toBe(
      '2026-10-04 03:00:00 AEDT Australian Eastern Daylight Time +1100 +11 +1100 +11:00',
    );
  });

  test('Chatham (+12:45 / +13:45): CHAST and CHADT, quarter-hour offsets in Z and XXX', () => {
    // OpenJDK 17 (JDK 23 and later print GMT+12:45 here: their locale data has no Chatham abbreviation).
    expect(format('2026-04-04T13:59:59Z', 'Pacific/Chatham', zonePattern)).toBe(
      '2026-04-05 03:44:59 CHADT Chatham Daylight Time +1345 +13 +1345 +13:45',
    );
    expect(format('2026-04-04T14:00:00Z', 'Pacific/Chatham', zonePattern)).toBe(
      '2026-04-05 02:45:00 CHAST Chatham Standard Time +1245 +12 +1245 +12:45',
    );
    expect(format('2026-09-26T13:59:59Z', 'Pacific/Chatham', zonePattern)).toBe(
      '2026-09-27 02:44:59 CHAST Chatham Standard Time +1245 +12 +1245 +12:45',
    );
    expect(format('2026-09-26T14:00:00Z', 'Pacific/Chatham', zonePattern)).toBe(
      '2026-09-27 03:45:00 CHADT Chatham Daylight Time +1345 +13 +1345 +13:45',
    );
  });

  test("Java's short and long names elsewhere, in winter and summer", () => {
    // OpenJDK 17, TimeZone.getDisplayName(daylight, SHORT / LONG, Locale.US) as SimpleDateFormat prints them.
    const january = '2026-01-15T12:00:00Z';
    const july = '2026-07-15T12:00:00Z';
    const names: [string, string, string][] = [
      [january, 'Europe/Paris', 'CET Central European Standard Time'],
      [july, 'Europe/Paris', 'CEST Central European Summer Time'],
      [january, 'Australia/Adelaide', 'ACDT Australian Central Daylight Time'],
      [july, 'Australia/Adelaide', 'ACST Australian Central Standard Time'],
      [january, 'Australia/Brisbane', 'AEST Australian Eastern Standard Time'],
      [july, 'Australia/Brisbane', 'AEST Australian Eastern Standard Time'],
      [january, 'Pacific/Auckland', 'NZDT New Zealand Daylight Time'],
      [july, 'Pacific/Auckland', 'NZST New Zealand Standard Time'],
      [july, 'Asia/Tokyo', 'JST Japan Standard Time'],
      [july, 'America/Phoenix', 'MST Mountain Standard Time'],
      [july, 'UTC', 'UTC Coordinated Universal Time'],
      [july, 'GMT', 'GMT Greenwich Mean Time'],
      // Ireland's summer time is daylight time to Java, whatever the tz database now calls it.
      [january, 'Europe/Dublin', 'GMT Greenwich Mean Time'],
      [july, 'Europe/Dublin', 'IST Irish Standard Time'],
      [july, 'Asia/Dubai', 'GST Gulf Standard Time'],
      [july, 'Africa/Lagos', 'WAT West Africa Standard Time'],
      [july, 'Asia/Kathmandu', 'NPT Nepal Time'],
      // Mexico dropped DST in 2022; its daylight name still shows for a summer before that.
      [july, 'America/Mexico_City', 'CST Central Standard Time'],
      ['2020-07-15T12:00:00Z', 'America/Mexico_City', 'CDT Central Daylight Time'],
    ];
    for (const [instant, zone, text] of names)
      expect(`${zone} ${format(instant, zone, 'z zzzz')}`).toBe(`${zone} ${text}`);
    expect(format(july, 'UTC', 'Z X XX XXX')).toBe('+0000 Z Z Z');
    expect(format(july, 'Australia/Adelaide', 'Z XXX')).toBe('+0930 +09:30');
  });

  test("before 1900 Java reads a zone at today's standard offset, not the local mean time Intl has", () => {
    // OpenJDK 17: java.util.TimeZone keeps no history before 1900, so a Sheets time-only cell (a Date on
    // 1899-12-30) formats at -05:00 in New York, where Intl's local mean time would give -04:56:02.
    expect(format('1899-12-30T05:00:00Z', 'America/New_York', 'yyyy-MM-dd HH:mm:ss Z')).toBe(
      '1899-12-30 00:00:00 -0500',
    );
    expect(format('1899-12-30T14:30:00Z', 'America/New_York', 'HH:mm')).toBe('09:30');
    // From 1900 the tz history applies: Paris kept Paris Mean Time (+00:09:21) until 1911; Z drops the seconds.
    expect(format('1899-12-31T23:00:00Z', 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss Z')).toBe('1900-01-01 00:00:00 +0100');
    expect(format('1900-01-01T05:00:00Z', 'Europe/Paris', 'yyyy-MM-dd HH:mm:ss Z')).toBe('1900-01-01 05:09:21 +0009');
  });
});

describe('Utilities.formatDate quoting and errors', () => {
  test("quoted text is literal, '' is one quote, and other characters pass through", () => {
    // Javadoc: "Text can be quoted using single quotes (') to avoid interpretation. "''" represents a single
    // quote. All other characters are not interpreted". OpenJDK 17.
    expect(
      format(
        '2026-09-01T19:05:09Z',
        'America/New_York',
        "'o''clock' '' h 'It''s' hh:mm a, yyyy.MM.dd G 'at' HH:mm:ss z",
      ),
    ).toBe("o'clock ' 3 It's 03:05 PM, 2026.09.01 AD at 15:05:09 EDT");
    expect(format('2026-09-01T19:05:09Z', 'America/New_York', ' -./:,#[]{}!?')).toBe(' -./:,#[]{}!?');
    expect(format('2026-09-01T19:05:09Z', 'America/New_York', "yyyy-MM-dd'T'HH:mm:ss.SSSXXX")).toBe(
      '2026-09-01T15:05:09.000-04:00',
    );
  });

  test('an unknown letter, an unterminated quote or four X letters throw as SimpleDateFormat does', () => {
    // Javadoc: "all other characters from 'A' to 'Z' and from 'a' to 'z' are reserved"; the constructor
    // "Throws: IllegalArgumentException - if the given pattern is invalid". Messages: OpenJDK 17.
    const at = new Date('2026-09-01T19:05:09Z');
    expect(() => utilities.formatDate(at, 'America/New_York', 'q')).toThrow("Illegal pattern character 'q'");
    // An unquoted T, the classic slip in ISO patterns.
    expect(() => utilities.formatDate(at, 'America/New_York', 'yyyy-MM-ddTHH')).toThrow(
      "Illegal pattern character 'T'",
    );
    expect(() => utilities.formatDate(at, 'America/New_York', "'abc")).toThrow('Unterminated quote');
    expect(() => utilities.formatDate(at, 'America/New_York', 'XXXX')).toThrow('invalid ISO 8601 format: length=4');
  });
});

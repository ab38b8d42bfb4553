// The digest's week is the school's: a school in Sydney or Kolkata starts its week on its own Monday morning.
import { digestWeekAt, isoWeek } from '../../../src/core/digest/digest-week';

describe('isoWeek', () => {
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2024-12-30', '2025-W01'], // a Monday whose Thursday is in the next year
    ['2027-01-01', '2026-W53'], // a Friday: the last week of a 53-week year
    ['2026-09-13', '2026-W37'], // a Sunday closes its week
    ['2026-09-14', '2026-W38'],
  ])('%s is in %s', (date, week) => expect(isoWeek(date)).toBe(week));
});

describe("the digest week, on the school's clock", () => {
  it('starts on Monday at 06:00 in Sydney, while it is still Sunday in UTC', () => {
    // 21:00 UTC on Sunday 13 September is 07:00 on Monday the 14th in Sydney (AEST, UTC+10).
    expect(digestWeekAt(new Date('2026-09-13T21:00:00Z'), 'Australia/Sydney')).toEqual({
      week: '2026-W38',
      today: '2026-09-14',
      monday: '2026-09-14',
    });
    // 05:00 on that Monday in Sydney: still last week's digest, already sent.
    expect(digestWeekAt(new Date('2026-09-13T19:00:00Z'), 'Australia/Sydney').week).toBe('2026-W37');
    // The same instant in New York is Sunday afternoon: last week.
    expect(digestWeekAt(new Date('2026-09-13T21:00:00Z'), 'America/New_York').week).toBe('2026-W37');
  });

  it('starts at 06:00 in Kolkata, half an hour off the UTC hour', () => {
    expect(digestWeekAt(new Date('2026-09-14T00:15:00Z'), 'Asia/Kolkata').week).toBe('2026-W37'); // 05:45
    expect(digestWeekAt(new Date('2026-09-14T00:30:00Z'), 'Asia/Kolkata').week).toBe('2026-W38'); // 06:00
  });

  it('names the Monday of a week asked about mid-week', () => {
    expect(digestWeekAt(new Date('2026-09-17T15:00:00Z'), 'America/New_York')).toEqual({
      week: '2026-W38',
      today: '2026-09-17',
      monday: '2026-09-14',
    });
  });
});

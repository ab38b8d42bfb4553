// Next year's dates, as the admin who would notice a wrong one: a first meeting on the wrong weekday, a monthly
// group moved off its week of the month, a leap day that does not exist next year.
import {
  nextFirstMeeting,
  nextSchoolYear,
  sameDateNextYear,
  sameWeekdayNextYear,
} from '../../../src/core/rollover/next-school-year';
import type { GroupRow } from '../../../src/core/registry/tabs';
import { weekdayOf } from '../../../src/core/schedule/calendar-days';
import { weekOfMonthOf } from '../../../src/core/schedule/weeks-of-month';

type Rule = Pick<GroupRow, 'firstMeeting' | 'weekday' | 'cadence' | 'weeksOfMonth'>;
const rule = (r: Partial<Rule>): Rule => ({
  cadence: 'weekly',
  weeksOfMonth: [],
  weekday: 'Wednesday',
  firstMeeting: '2026-09-02',
  ...r,
});

describe('next school year', () => {
  it('moves the first and last day a year on, keeping their weekdays: a Friday end never becomes a Sunday', () => {
    // 2026-08-31 is a Monday and 2027-06-18 a Friday; a year on, the same dates fall on a Tuesday and a Sunday.
    const next = nextSchoolYear({ yearStart: '2026-08-31', yearEnd: '2027-06-18' });
    expect(next).toEqual({ yearStart: '2027-08-30', yearEnd: '2028-06-16' });
    expect([weekdayOf(next.yearStart), weekdayOf(next.yearEnd)]).toEqual(['Monday', 'Friday']);
  });

  it('turns 29 February into 28 February, a date the next year has', () => {
    expect(sameDateNextYear('2028-02-29')).toBe('2029-02-28');
    expect(sameDateNextYear('2027-02-28')).toBe('2028-02-28');
  });
});

describe("a group's first meeting next year", () => {
  // Both years start on a Monday; this year's dates fall a weekday later next year.
  const thisStart = '2026-08-31';
  const nextStart = '2027-08-30';

  it('is on the group’s weekday, never this year’s date copied onto another weekday', () => {
    const next = nextFirstMeeting(rule({ firstMeeting: '2026-09-02' }), thisStart, nextStart);
    expect(weekdayOf(next)).toBe('Wednesday');
    expect(next).toBe('2027-09-01');
  });

  it('keeps how far into the year the group starts: its second Wednesday stays its second', () => {
    expect(nextFirstMeeting(rule({ firstMeeting: '2026-09-09' }), thisStart, nextStart)).toBe('2027-09-08');
    expect(
      nextFirstMeeting(rule({ cadence: 'every other week', firstMeeting: '2026-09-16' }), thisStart, nextStart),
    ).toBe('2027-09-15');
  });

  it('reads a first meeting typed on another day as the schedule does (the next of its weekday)', () => {
    // 2026-09-01 is a Tuesday: the schedule's first Wednesday meeting is 2026-09-02, the year's first.
    expect(nextFirstMeeting(rule({ firstMeeting: '2026-09-01' }), thisStart, nextStart)).toBe('2027-09-01');
  });

  it('keeps a monthly group with blank weeks on the same week of the month', () => {
    // 3rd Tuesday of September 2026: next year's 3rd Tuesday of September is the 21st.
    const next = nextFirstMeeting(
      rule({ cadence: 'monthly', weekday: 'Tuesday', firstMeeting: '2026-09-15' }),
      thisStart,
      nextStart,
    );
    expect(next).toBe('2027-09-21');
    expect(weekOfMonthOf(next)).toBe(3);
  });

  it('starts a monthly "1, 3" group on a 1st or 3rd weekday, and a "last" group on a last one', () => {
    const firstThird = nextFirstMeeting(
      rule({ cadence: 'monthly', weekday: 'Thursday', weeksOfMonth: ['1', '3'], firstMeeting: '2026-09-03' }),
      thisStart,
      nextStart,
    );
    expect(firstThird).toBe('2027-09-02');
    const last = nextFirstMeeting(
      rule({ cadence: 'monthly', weekday: 'Wednesday', weeksOfMonth: ['last'], firstMeeting: '2026-09-30' }),
      thisStart,
      nextStart,
    );
    expect(last).toBe('2027-09-29');
  });

  it('in a southern-hemisphere year starting late January, starts the first week of February again', () => {
    // Sydney: 2027-01-28 is a Thursday; next year starts on Thursday 2028-01-27.
    const next = nextFirstMeeting(
      rule({ weekday: 'Tuesday', firstMeeting: '2027-02-02' }),
      '2027-01-28',
      sameWeekdayNextYear('2027-01-28'),
    );
    expect(next).toBe('2028-02-01');
    expect(weekdayOf(next)).toBe('Tuesday');
  });
});

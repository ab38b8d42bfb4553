import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import { schoolRegistry } from '../registry/school-fixture';

const registry = schoolRegistry();
const group = (id: string) => registry.groups.find((g) => g.row.id === id)!.row;
const closures = registry.closures.map((c) => c.row);
const datesOf = (id: string, change = {}) =>
  expandSchedule({ ...group(id), ...change }, registry.settings, closures).map((slot) => slot.date);

describe('expandSchedule', () => {
  it('meets every other Tuesday from the first meeting, skipping winter break', () => {
    const dates = datesOf('MATH-6');
    expect(dates.slice(0, 10)).toEqual([
      '2026-09-08',
      '2026-09-22',
      '2026-10-06',
      '2026-10-20',
      '2026-11-03',
      '2026-11-17',
      '2026-12-01',
      '2026-12-15',
      '2027-01-12',
      '2027-01-26',
    ]);
    expect(dates.at(-1)).toBe('2027-06-15');
  });

  it('gives each meeting a key from its group and scheduled date, with the group’s time and room', () => {
    expect(expandSchedule(group('MATH-6'), registry.settings, closures)[0]).toEqual({
      key: 'MATH-6-20260908',
      group: 'MATH-6',
      date: '2026-09-08',
      startTime: '15:30',
      minutes: 60,
      location: 'Room 114',
    });
  });

  it('meets on the 1st and 3rd Thursday for a monthly "1, 3" cadence', () => {
    expect(datesOf('ELA-7').slice(0, 6)).toEqual([
      '2026-09-03',
      '2026-09-17',
      '2026-10-01',
      '2026-10-15',
      '2026-11-05',
      '2026-11-19',
    ]);
  });

  it('meets on the last Wednesday, skipping Thanksgiving and winter break, and makes each up the nearest free Wednesday', () => {
    expect(datesOf('FAC').slice(0, 5)).toEqual(['2026-09-30', '2026-10-28', '2026-11-18', '2026-12-16', '2027-01-27']);
    const registry = schoolRegistry();
    const fac = registry.groups.find((g) => g.row.id === 'FAC')!.row;
    const slots = expandSchedule(
      fac,
      registry.settings,
      registry.closures.map((c) => c.row),
    );
    expect(slots.filter((s) => s.makeUpFor).map((s) => [s.date, s.makeUpFor])).toEqual([
      ['2026-11-18', '2026-11'],
      ['2026-12-16', '2026-12'],
    ]);
  });

  it('makes up only what closures took, on the Make-up day when the group names one', () => {
    const registry = schoolRegistry();
    const fac = { ...registry.groups.find((g) => g.row.id === 'FAC')!.row, makeUpDay: 'Thursday' as const };
    const closures = registry.closures.map((c) => c.row);
    const slots = expandSchedule(fac, registry.settings, closures);
    expect(slots.filter((s) => s.makeUpFor).map((s) => s.date)).toEqual(['2026-11-19', '2026-12-17']);
    // No closures, no make-ups: a monthly cadence below twice a month is the guideline check's to flag.
    expect(expandSchedule(fac, registry.settings, []).some((s) => s.makeUpFor)).toBe(false);
  });

  it('skips a one-day closure typed as text', () => {
    expect(datesOf('MATH-6', { cadence: 'weekly', weekday: 'Monday' })).not.toContain('2027-02-15');
    expect(datesOf('MATH-6', { cadence: 'weekly', weekday: 'Monday' })).toContain('2027-02-22');
  });

  it('starts on the group’s weekday when the first meeting date is not one', () => {
    expect(datesOf('MATH-6', { firstMeeting: '2026-09-09', cadence: 'weekly' })[0]).toBe('2026-09-15');
  });

  it('stops at the roster term end when it comes before the school year end', () => {
    expect(datesOf('MATH-6', { rosterTermEnd: '2026-12-31' }).at(-1)).toBe('2026-12-15');
  });

  it('uses the first meeting’s week when a monthly group names no weeks', () => {
    expect(datesOf('ELA-7', { weeksOfMonth: [] }).slice(0, 3)).toEqual(['2026-09-03', '2026-10-01', '2026-11-05']);
  });

  it('gives an inactive group no meetings', () => {
    expect(datesOf('MATH-6', { active: false })).toEqual([]);
  });
});

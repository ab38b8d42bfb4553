import type { ReadRow } from '../../../src/core/registry/read-tab';
import type { MeetingRow } from '../../../src/core/registry/tabs';
import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import { mergeMeetings } from '../../../src/core/schedule/merge-meetings';
import { schoolRegistry } from '../registry/school-fixture';

const registry = schoolRegistry();
const math = registry.groups.find((g) => g.row.id === 'MATH-6')!.row;
const closures = registry.closures.map((c) => c.row);
const slotsFor = (change = {}) => expandSchedule({ ...math, ...change }, registry.settings, closures);

/** The Meetings tab as the first generation wrote it, rows 2 onwards. */
function generated(): ReadRow<MeetingRow>[] {
  return mergeMeetings([], slotsFor(), '2026-08-01').append.map((row, i) => ({ row, rowNumber: i + 2 }));
}

describe('mergeMeetings', () => {
  it('appends every meeting of a new schedule, scheduled and with nothing planned yet', () => {
    const { append } = mergeMeetings([], slotsFor(), '2026-08-01');
    expect(append).toHaveLength(slotsFor().length);
    expect(append[0]).toMatchObject({
      key: 'MATH-6-20260908',
      status: 'scheduled',
      generatedAs: '2026-09-08|15:30|60|Room 114',
      presenter: undefined,
    });
  });

  it('changes nothing when the schedule has not changed', () => {
    const merge = mergeMeetings(generated(), slotsFor(), '2026-10-01');
    expect(merge).toMatchObject({ append: [], update: [], cancel: [], untouched: [] });
    expect(merge.keep).toHaveLength(slotsFor().length);
  });

  it('moves future meetings to a new start time, keeping links and plans, and leaves the past alone', () => {
    const rows = generated();
    const future = rows.find((r) => r.row.date === '2026-10-20')!;
    future.row = {
      ...future.row,
      presenter: 'cara.lin@lincolnms.org',
      agenda: 'https://docs.google.com/document/d/abc',
    };
    const merge = mergeMeetings(rows, slotsFor({ startTime: '15:45' }), '2026-10-07');
    expect(merge.update.map((u) => u.row.date)[0]).toBe('2026-10-20');
    expect(merge.update.every((u) => u.row.startTime === '15:45' && u.row.generatedAs!.includes('15:45'))).toBe(true);
    expect(merge.update.find((u) => u.rowNumber === future.rowNumber)!.row).toMatchObject({
      presenter: 'cara.lin@lincolnms.org',
      agenda: 'https://docs.google.com/document/d/abc',
    });
    expect(merge.keep.map((k) => k.row.date)).toEqual(['2026-09-08', '2026-09-22', '2026-10-06']);
  });

  it('never overwrites a meeting someone moved by hand', () => {
    const rows = generated();
    const moved = rows.find((r) => r.row.date === '2026-11-03')!;
    moved.row = { ...moved.row, date: '2026-11-04', location: 'Library' };
    const merge = mergeMeetings(rows, slotsFor({ startTime: '15:45' }), '2026-10-07');
    expect(merge.untouched).toEqual([moved]);
    expect(merge.update.map((u) => u.rowNumber)).not.toContain(moved.rowNumber);
    expect(merge.append).toEqual([]);
  });

  it('cancels (never deletes) future meetings when the cadence changes, and appends the new ones', () => {
    const merge = mergeMeetings(generated(), slotsFor({ weekday: 'Wednesday' }), '2026-10-07');
    expect(merge.cancel.every((c) => c.row.status === 'canceled' && c.row.date >= '2026-10-07')).toBe(true);
    expect(merge.cancel[0]!.row.date).toBe('2026-10-20');
    expect(merge.append[0]!.date).toBe('2026-10-07');
    expect(merge.append.every((row) => row.date >= '2026-10-07')).toBe(true);
  });

  it('leaves a meeting typed by hand (no "Generated as") untouched', () => {
    const extra: ReadRow<MeetingRow> = {
      rowNumber: 40,
      row: { ...generated()[0]!.row, key: 'MATH-6-extra', date: '2026-12-08', generatedAs: undefined },
    };
    expect(mergeMeetings([extra], slotsFor(), '2026-10-07').untouched).toEqual([extra]);
  });
});

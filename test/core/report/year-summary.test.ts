// A group's year summary, as the group it is shared with would read it: what happened, never who stayed away.
import { protocolsFromRows } from '../../../src/core/protocols/protocols-tab';
import { yearSummary, yearSummaryBlocks } from '../../../src/core/report/year-summary';
import { localStyle } from '../../../src/core/schedule/local-style';
import { email, schoolRegistry, schoolTabs, sheetDate } from '../registry/school-fixture';

const protocols = protocolsFromRows([]);

function registry() {
  const tabs = schoolTabs();
  const [first, second] = [tabs.Meetings![1]!, tabs.Meetings![2]!];
  first[14] = 'Fractions task revised';
  first[15] = 'Ben tries it with 6B';
  // A third meeting, canceled; and one still to come.
  tabs.Meetings!.push(
    second.map((c, i) => (i === 0 ? 'MATH-6-20261006' : i === 2 ? sheetDate('2026-10-06') : i === 6 ? 'canceled' : c)),
  );
  tabs.Meetings!.push(second.map((c, i) => (i === 0 ? 'MATH-6-20261020' : i === 2 ? sheetDate('2026-10-20') : c)));
  tabs.Attendance = [
    tabs.Attendance![0]!,
    ['MATH-6-20260908', email('ben.ortiz'), 'Yes', ''],
    ['MATH-6-20260908', email('cara.lin'), 'No', ''],
    ['MATH-6-20260908', email('dev.shah'), 'Yes', ''],
  ];
  return schoolRegistry(tabs);
}

describe('the year summary', () => {
  const summary = yearSummary(registry(), 'MATH-6', '2026-10-10', protocols);

  it('counts meetings held, canceled and to come, and the protocols used (the default where none is set)', () => {
    expect([summary.held, summary.canceled, summary.toCome]).toEqual([2, 1, 1]);
    // 8 Sep named Tuning; 22 Sep named none and the group has no default, so only Tuning is counted.
    expect(summary.protocols).toEqual([{ name: 'Tuning', meetings: 1 }]);
  });

  it("keeps each held meeting's outcomes, next steps, presenter and count present", () => {
    expect(summary.meetings[0]).toMatchObject({
      date: '2026-09-08',
      protocol: 'Tuning',
      presenter: 'Ben Ortiz',
      outcomes: 'Fractions task revised',
      nextSteps: 'Ben tries it with 6B',
      present: { present: 2, marked: 3 },
    });
    expect(summary.meetings[1]!.present).toBeUndefined();
    expect(summary.unrecorded).toBe(1);
    expect(summary.attendanceRate).toBeCloseTo(2 / 3);
  });

  it('names nobody who was absent, and no address', () => {
    const text = JSON.stringify(yearSummaryBlocks(summary, localStyle('en_US')));
    expect(text).not.toContain('Cara Lin');
    expect(text).not.toMatch(/@/);
    expect(text).toContain('67% of the group present');
    expect(text).toContain('2 of 3');
  });
});

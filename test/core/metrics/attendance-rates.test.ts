import { attendanceRates } from '../../../src/core/metrics/attendance-rates';

const meetings = [
  { key: 'MATH-6-20260908', group: 'MATH-6', date: '2026-09-08', status: 'scheduled' as const },
  { key: 'MATH-6-20260922', group: 'MATH-6', date: '2026-09-22', status: 'scheduled' as const },
  { key: 'MATH-6-20261006', group: 'MATH-6', date: '2026-10-06', status: 'canceled' as const },
  { key: 'MATH-6-20261020', group: 'MATH-6', date: '2026-10-20', status: 'scheduled' as const },
  { key: 'ARTS-20260910', group: 'ARTS', date: '2026-09-10', status: 'scheduled' as const },
];

const mark = (meeting: string, email: string, present: boolean) => ({ meeting, email, present });

describe('attendanceRates', () => {
  const [arts, math] = attendanceRates(
    meetings,
    [
      mark('MATH-6-20260908', 'ana@lincoln.org', true),
      mark('MATH-6-20260908', 'ben@lincoln.org', false),
      mark('MATH-6-20260908', 'ben@lincoln.org', true), // corrected below the first mark
      mark('MATH-6-20260908', 'cy@lincoln.org', false),
      mark('MATH-6-20261006', 'ana@lincoln.org', true), // canceled meeting: ignored
    ],
    '2026-10-10',
  );

  it('rates each group over its held meetings, listing a held meeting with no marks as unrecorded', () => {
    expect(math).toMatchObject({ group: 'MATH-6', held: 2, unrecorded: ['MATH-6-20260922'], rate: 2 / 3 });
  });

  it('rates each person, the latest mark for a meeting winning', () => {
    expect(math!.people).toEqual([
      { email: 'ana@lincoln.org', attended: 1, recorded: 1, rate: 1 },
      { email: 'ben@lincoln.org', attended: 1, recorded: 1, rate: 1 },
      { email: 'cy@lincoln.org', attended: 0, recorded: 1, rate: 0 },
    ]);
  });

  it('gives no rate to a group with nothing recorded, rather than 0%', () => {
    expect(arts).toEqual({ group: 'ARTS', held: 1, unrecorded: ['ARTS-20260910'], rate: undefined, people: [] });
  });

  it('leaves meetings after the given day out', () => {
    expect(attendanceRates(meetings, [], '2026-09-09').map((g) => [g.group, g.held])).toEqual([['MATH-6', 1]]);
  });
});

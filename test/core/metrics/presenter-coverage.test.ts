import { presenterCoverage } from '../../../src/core/metrics/presenter-coverage';

const meeting = (date: string, presenter: string | undefined, status: 'scheduled' | 'canceled' = 'scheduled') => ({
  group: 'MATH-6',
  date,
  status,
  presenter,
});

describe('presenterCoverage', () => {
  const rosters = new Map([
    ['MATH-6', ['ana@lincoln.org', 'ben@lincoln.org', 'cy@lincoln.org', 'dee@lincoln.org']],
    ['ARTS', ['eve@lincoln.org']],
  ]);
  const meetings = [
    meeting('2026-09-08', 'ana@lincoln.org'),
    meeting('2026-09-22', 'guest@other.org'),
    meeting('2026-10-06', 'ben@lincoln.org', 'canceled'),
    meeting('2026-10-20', 'cy@lincoln.org'),
    meeting('2026-11-03', undefined),
  ];

  it('splits each roster into presented, scheduled to present, and not yet', () => {
    const [, math] = presenterCoverage(meetings, rosters, '2026-10-10');
    expect(math).toEqual({
      group: 'MATH-6',
      members: 4,
      presented: ['ana@lincoln.org'],
      scheduled: ['cy@lincoln.org'],
      notYet: ['ben@lincoln.org', 'dee@lincoln.org'],
      coverage: 0.25,
    });
  });

  it('counts a scheduled presentation as presented once its day has come', () => {
    const [, math] = presenterCoverage(meetings, rosters, '2026-10-20');
    expect(math!.presented).toEqual(['ana@lincoln.org', 'cy@lincoln.org']);
    expect(math!.coverage).toBe(0.5);
  });

  it('reports a group with no presenters yet at zero coverage', () => {
    expect(presenterCoverage(meetings, rosters, '2026-10-10')[0]).toMatchObject({
      group: 'ARTS',
      presented: [],
      notYet: ['eve@lincoln.org'],
      coverage: 0,
    });
  });
});

// The PLG report page: charts from the figures given, people's text escaped, a hidden group's figures nowhere.
import { reportHtml, type ReportInput } from '../../../src/core/report/report-html';
import { meetingCounts } from '../../../src/core/metrics/meeting-counts';
import { attendanceByMonth } from '../../../src/core/metrics/attendance-by-month';
import { challenges } from '../../../src/core/diagnosis/challenges';

const meetings = [
  { key: 'A-1', group: 'A', date: '2026-09-08', status: 'scheduled' as const },
  { key: 'A-2', group: 'A', date: '2026-09-22', status: 'canceled' as const },
  { key: 'A-3', group: 'A', date: '2026-10-06', status: 'scheduled' as const },
  { key: 'A-4', group: 'A', date: '2026-10-20', status: 'scheduled' as const },
];

const input: ReportInput = {
  school: 'Lincoln <Middle> School',
  asOf: 'Thu, Oct 8, 2026',
  monthLabel: (m) => m,
  meetings: meetingCounts(meetings, '2026-10-08', { yearStart: '2026-09-01', yearEnd: '2026-10-31' }),
  attendance: attendanceByMonth(
    meetings,
    [
      { meeting: 'A-1', email: 'a', present: true },
      { meeting: 'A-1', email: 'b', present: false },
      { meeting: 'A-3', email: 'a', present: true },
    ],
    '2026-10-08',
  ),
  coverage: [{ group: 'A', members: 9, presented: ['a', 'b'], scheduled: [], notYet: [], coverage: 2 / 9 }],
  health: [],
  feedback: [{ group: 'A', name: 'Arts & "Wellness" <PLG>', responses: 2, hidden: 'hidden: fewer than 3 responses' }],
  diagnosis: [{ challenge: challenges.groupSize, findings: [{ where: 'Groups, row 2', evidence: 'A has 21 people' }] }],
  groupNames: new Map([['A', 'Arts & "Wellness" <PLG>']]),
};

describe('the PLG report', () => {
  const html = reportHtml(input);

  it('counts meetings planned, held and canceled by month', () => {
    expect(input.meetings).toEqual([
      { month: '2026-09', planned: 1, held: 1, canceled: 1 },
      { month: '2026-10', planned: 2, held: 1, canceled: 0 },
    ]);
    expect(html).toContain('<title>Planned, 2026-10: 2</title>');
    expect(html).toContain('<title>Held so far, 2026-10: 1</title>');
  });

  it('charts attendance only for months with attendance recorded', () => {
    expect([...input.attendance[0]!.rates]).toEqual([
      ['2026-09', 0.5],
      ['2026-10', 1],
    ]);
    expect(html).toContain('2026-09: 50%');
  });

  it('escapes every name a person typed', () => {
    expect(html).not.toContain('<PLG>');
    expect(html).toContain('Arts &amp; &quot;Wellness&quot; &lt;PLG&gt;');
    expect(html).toContain('Lincoln &lt;Middle&gt; School');
  });

  it('shows a hidden group only as hidden, and each challenge with its quote and strategies', () => {
    expect(html).toContain('hidden: fewer than 3 responses');
    expect(html).toContain(challenges.groupSize.strategies[0]);
    expect(html).toContain('shared/seeds 000');
  });
});

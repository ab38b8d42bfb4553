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
  { key: 'A-5', group: 'A', date: '2026-10-01', status: 'repurposed' as const },
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
  facilitators: [
    {
      label: 'January 2027',
      summary: {
        threshold: 3,
        responses: 4,
        items: [
          {
            item: 'coachSupport',
            title: 'A trained coach supports me when I need it.',
            guidance: 'Assign an experienced, trained coach to support facilitators.',
            answered: 4,
            mean: 2.5,
          },
        ],
        comments: [{ question: 'What support would help you most as a facilitator?', comments: ['<b>time</b>'] }],
      },
    },
    { label: 'April 2027', summary: { threshold: 3, responses: 2, hidden: 'hidden: fewer than 3 responses' } },
  ],
  feedback: [{ group: 'A', name: 'Arts & "Wellness" <PLG>', responses: 2, hidden: 'hidden: fewer than 3 responses' }],
  diagnosis: [{ challenge: challenges.groupSize, findings: [{ where: 'Groups, row 2', evidence: 'A has 21 people' }] }],
  groupNames: new Map([['A', 'Arts & "Wellness" <PLG>']]),
};

describe('the PLG report', () => {
  const html = reportHtml(input);

  it('counts meetings planned, held, canceled and used for other business by month', () => {
    expect(input.meetings).toEqual([
      { month: '2026-09', planned: 1, held: 1, canceled: 1, repurposed: 0 },
      { month: '2026-10', planned: 3, held: 1, canceled: 0, repurposed: 1 },
    ]);
    expect(html).toContain('<title>Planned, 2026-10: 3</title>');
    expect(html).toContain('<title>Held so far, 2026-10: 1</title>');
    expect(html).toContain('<title>Used for other business, 2026-10: 1</title>');
  });

  it('does not count attendance taken at a meeting used for other business', () => {
    const withRepurposed = attendanceByMonth(
      meetings,
      [
        { meeting: 'A-3', email: 'a', present: true },
        { meeting: 'A-5', email: 'a', present: false },
      ],
      '2026-10-08',
    );
    expect(withRepurposed[0]!.rates.get('2026-10')).toBe(1);
  });

  it("shows the facilitator survey's averages, and a round below the threshold only by its count", () => {
    expect(html).toContain('A trained coach supports me when I need it: <b>2.5</b>');
    expect(html).toContain('<td>April 2027</td><td>2</td><td>hidden: fewer than 3 responses</td>');
    // The shareable report carries no facilitator's words.
    expect(html).not.toContain('time</b>');
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

import { parseResponseRows, type KnownRegistry } from '../../../src/core/feedback/parse-responses';
import { feedbackTabRows } from '../../../src/core/feedback/feedback-tab';
import { healthScaleItems } from '../../../src/core/feedback/health-survey-form';
import { summarizeFeedback } from '../../../src/core/metrics/feedback-summary';

// The Grade 6 Math form's responses tab.
const known: KnownRegistry = {
  tab: 'Form Responses 1',
  timeZone: 'America/New_York',
  meetingGroups: new Map([
    ['MATH-6-20260908', 'MATH-6'],
    ['MATH-6-20260922', 'MATH-6'],
    ['ARTS-20260910', 'ARTS'],
  ]),
  groupNames: ['Grade 6 Math', 'Arts Vertical'],
  formGroup: 'MATH-6',
};

const meetingHeader = [
  'Timestamp',
  'Meeting',
  'The time was used for PLG work — not committee, department or data-team business.',
  'This meeting was useful for my practice.',
  'I felt safe sharing real work and giving honest feedback.',
  'The protocol fit the work we looked at.',
  'One thing to change next time',
  'Did the presenter get what they asked for?',
];

// 2026-09-09 01:30 UTC is still the evening of September 8 in New York.
const at = (iso: string) => new Date(iso);

describe('parseResponseRows for meeting feedback', () => {
  it('reads scores, the meeting and its group, the local day, and free text', () => {
    const { responses, problems } = parseResponseRows(
      'meeting',
      meetingHeader,
      [[at('2026-09-09T01:30:00Z'), 'MATH-6-20260908', 5, 4, '3', 2, '  More time to clarify  ', 'Yes']],
      known,
    );
    expect(problems).toEqual([]);
    expect(responses).toEqual([
      {
        kind: 'meeting',
        submitted: '2026-09-08',
        meeting: 'MATH-6-20260908',
        group: 'MATH-6',
        scores: { plgTime: 5, useful: 4, safeToShare: 3, protocolFit: 2 },
        comments: [
          { question: 'change', text: 'More time to clarify' },
          { question: 'Did the presenter get what they asked for?', text: 'Yes' },
        ],
      },
    ]);
  });

  it('reports a response for an unknown meeting with its row number and does not count it', () => {
    const { responses, problems } = parseResponseRows(
      'meeting',
      meetingHeader,
      [
        [at('2026-09-09T01:30:00Z'), 'MATH-6-20260908', 4, 4, 4, 4, '', ''],
        [at('2026-09-09T01:31:00Z'), 'SCI-7-20260908', 1, 1, 1, 1, 'hmm', ''],
      ],
      known,
    );
    expect(responses).toHaveLength(1);
    expect(problems).toEqual([
      expect.objectContaining({
        tab: 'Form Responses 1',
        row: 3,
        column: 'Meeting',
        value: 'SCI-7-20260908',
        message: expect.stringMatching(/not a meeting in the Meetings tab.*not counted/),
      }),
    ]);
  });

  it('reports an out-of-range score and a missing meeting key, and skips blank rows silently', () => {
    const { responses, problems } = parseResponseRows(
      'meeting',
      meetingHeader,
      [
        [at('2026-09-09T01:30:00Z'), 'MATH-6-20260908', 7, 4, 4, 4, '', ''],
        ['', '', '', '', '', '', '', ''],
        [at('2026-09-09T01:30:00Z'), '', 4, 4, 4, 4, '', ''],
      ],
      known,
    );
    expect(responses).toEqual([]);
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [2, meetingHeader[2]],
      [4, 'Meeting'],
    ]);
    expect(problems[0]!.message).toMatch(/at most 5/);
  });

  it('keeps blank scores as unanswered rather than zero', () => {
    const { responses } = parseResponseRows(
      'meeting',
      meetingHeader,
      [[at('2026-09-09T01:30:00Z'), 'MATH-6-20260922', 5, '', 4, '', '', '']],
      known,
    );
    expect(responses[0]!.scores).toEqual({ plgTime: 5, safeToShare: 4 });
  });

  it('never keeps the email Google writes when the school collects emails', () => {
    const header = ['Timestamp', 'Email Address', ...meetingHeader.slice(1)];
    const { responses } = parseResponseRows(
      'meeting',
      header,
      [[at('2026-09-09T01:30:00Z'), 'pat@lincoln.org', 'MATH-6-20260908', 5, 5, 5, 5, 'x', '']],
      known,
    );
    expect(JSON.stringify(responses)).not.toContain('pat@lincoln.org');
  });

  it('rejects a tab that holds another form’s responses as one problem, counting nothing', () => {
    const healthHeader = ['Timestamp', 'Which PLG are you in?', ...healthScaleItems.map((i) => i.title)];
    const { responses, problems } = parseResponseRows(
      'meeting',
      healthHeader,
      [[at('2026-10-05T15:00:00Z'), 'Grade 6 Math', ...healthScaleItems.map(() => 4)]],
      known,
    );
    expect(responses).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', row: 1, message: expect.stringMatching(/not the meeting form/) }),
    ]);
  });
});

describe('parseResponseRows for the health survey', () => {
  const header = [
    'Timestamp',
    'Which PLG are you in?',
    ...healthScaleItems.map((i) => i.title),
    'What one change would make PLG time more valuable for you?',
  ];

  it('groups by the PLG chosen and rejects a PLG that is not in the Groups tab', () => {
    const { responses, problems } = parseResponseRows(
      'health',
      header,
      [
        [at('2026-10-05T15:00:00Z'), 'Grade 6 Math', ...healthScaleItems.map(() => 4), 'Less data talk'],
        [at('2026-10-05T15:00:00Z'), 'Chess Club', ...healthScaleItems.map(() => 4), ''],
      ],
      known,
    );
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      groups: ['Grade 6 Math'],
      comments: [{ question: 'moreValuable', text: 'Less data talk' }],
    });
    expect(responses[0]!.scores.safeToShare).toBe(4);
    expect(problems).toEqual([expect.objectContaining({ row: 3, value: 'Chess Club' })]);
  });
});

describe('a facilitator answering the health survey', () => {
  const header = ['Timestamp', 'Which PLG are you in?', ...healthScaleItems.map((i) => i.title)];

  it('ticks both of their PLGs, even one whose name holds a comma, as Forms writes them into one cell', () => {
    const withComma = { ...known, groupNames: [...known.groupNames, 'Arts, Music & Drama'] };
    const { responses, problems } = parseResponseRows(
      'health',
      header,
      [[at('2026-10-05T15:00:00Z'), 'Grade 6 Math, Arts, Music & Drama', ...healthScaleItems.map(() => 4)]],
      withComma,
    );
    expect(problems).toEqual([]);
    expect(responses[0]!.groups).toEqual(['Grade 6 Math', 'Arts, Music & Drama']);
  });
});

describe('a member without the meeting link', () => {
  it("picks the meeting's date from the group's form, and the answer is read as that meeting", () => {
    const { responses, problems } = parseResponseRows(
      'meeting',
      meetingHeader,
      [[at('2026-09-22T20:00:00Z'), 'Tue, Sep 22, 2026', 4, 4, 4, 4, '', '']],
      {
        ...known,
        formGroup: 'MATH-6',
        meetingsByLabel: new Map([['MATH-6', new Map([['Tue, Sep 22, 2026', 'MATH-6-20260922']])]]),
      },
    );
    expect(problems).toEqual([]);
    expect(responses[0]).toMatchObject({ meeting: 'MATH-6-20260922', group: 'MATH-6' });
  });
});

describe("a colleague who sends another group's meeting key through their own group's form", () => {
  const row = (key: string) => [at('2026-09-10T20:00:00Z'), key, 5, 5, 5, 5, 'Counted for Arts?', ''];

  it('is not counted for either group, and is listed with the reason', () => {
    const { responses, problems, uncounted } = parseResponseRows(
      'meeting',
      meetingHeader,
      [row('MATH-6-20260908'), row('ARTS-20260910')],
      known,
    );
    expect(responses.map((r) => r.group)).toEqual(['MATH-6']);
    expect(uncounted).toEqual([{ tab: 'Form Responses 1', row: 3, reason: 'another PLG' }]);
    expect(problems).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Meeting',
        value: 'ARTS-20260910',
        message: expect.stringMatching(/meeting of another PLG.*not counted/),
      }),
    ]);
  });

  it('counts nothing for a form whose group is not known', () => {
    const { responses, uncounted } = parseResponseRows('meeting', meetingHeader, [row('MATH-6-20260908')], {
      ...known,
      formGroup: undefined,
    });
    expect(responses).toEqual([]);
    expect(uncounted.map((u) => u.reason)).toEqual(['another PLG']);
  });

  it('tells an unknown key, a key of another group and a malformed response apart', () => {
    const { uncounted } = parseResponseRows(
      'meeting',
      meetingHeader,
      [row('NOPE-20260101'), row('ARTS-20260910'), [at('2026-09-10T20:00:00Z'), 'MATH-6-20260908', 9, 5, 5, 5, '', '']],
      known,
    );
    expect(uncounted.map((u) => u.reason)).toEqual(['unknown meeting', 'another PLG', 'malformed']);
  });
});

describe('feedbackTabRows', () => {
  const threeResponses = (answers: string[]) =>
    answers.map((answer) => [at('2026-09-09T01:30:00Z'), 'MATH-6-20260908', 4, 4, 4, 4, answer, '']);
  const groups = [
    { id: 'MATH-6', name: 'Grade 6 Math' },
    { id: 'ARTS', name: 'Arts Vertical' },
  ];

  it('escapes every formula-like answer before it reaches a cell', () => {
    const rows = threeResponses(['=HYPERLINK("http://x.example","y")', '+1', '@me', '-2', 'Start on time']);
    const { responses } = parseResponseRows('meeting', meetingHeader, rows, known);
    const written = feedbackTabRows(summarizeFeedback(responses, groups, 3)).flatMap((r) => r.change ?? []);
    expect(written.sort()).toEqual(
      [`'=HYPERLINK("http://x.example","y")`, "'+1", "'@me", "'-2", 'Start on time'].sort(),
    );
  });

  it("writes a group's count and averages, then its comments one per row — no meeting, day or single score", () => {
    const { responses } = parseResponseRows(
      'meeting',
      meetingHeader,
      threeResponses(['Start on time', 'More wait time', '']),
      known,
    );
    expect(feedbackTabRows(summarizeFeedback(responses, groups, 3))).toEqual([
      { group: 'MATH-6', responses: 3, plgTime: 4, useful: 4, safeToShare: 4, protocolFit: 4 },
      { group: 'MATH-6', change: 'More wait time' },
      { group: 'MATH-6', change: 'Start on time' },
      { group: 'ARTS', responses: 0, plgTime: 'hidden: fewer than 3 responses' },
    ]);
  });

  it('writes only the count of a group below the threshold, nothing of what it said', () => {
    const { responses } = parseResponseRows('meeting', meetingHeader, threeResponses(['Alone here', 'x']), known);
    const rows = feedbackTabRows(summarizeFeedback(responses, groups, 3));
    expect(rows.filter((r) => r.group === 'MATH-6')).toEqual([
      { group: 'MATH-6', responses: 2, plgTime: 'hidden: fewer than 3 responses' },
    ]);
    expect(JSON.stringify(rows)).not.toContain('Alone here');
  });
});

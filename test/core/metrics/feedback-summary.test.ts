import type { FormResponse } from '../../../src/core/feedback/form-response';
import { summarizeFeedback } from '../../../src/core/metrics/feedback-summary';

const groups = [
  { id: 'MATH-6', name: 'Grade 6 Math' },
  { id: 'ARTS', name: 'Arts Vertical' },
];

function response(group: string, scores: FormResponse<'meeting'>['scores'], change?: string): FormResponse<'meeting'> {
  return {
    kind: 'meeting',
    submitted: '2026-09-08',
    meeting: `${group}-20260908`,
    group,
    scores,
    comments: change === undefined ? [] : [{ question: 'change', text: change }],
  };
}

const math = [
  response('MATH-6', { plgTime: 5, useful: 4, safeToShare: 4, protocolFit: 3 }, 'Start on time'),
  response('MATH-6', { plgTime: 4, useful: 4, safeToShare: 5, protocolFit: 2 }, 'A shorter protocol'),
  response('MATH-6', { plgTime: 2, useful: 5, safeToShare: 3 }, 'Bring student work'),
];
const arts = [
  response('ARTS', { plgTime: 1, useful: 1, safeToShare: 1, protocolFit: 1 }, 'Only two of us answered'),
  response('ARTS', { plgTime: 5, useful: 5, safeToShare: 5, protocolFit: 5 }),
];

describe('summarizeFeedback', () => {
  const [mathSummary, artsSummary] = summarizeFeedback([...arts, ...math], groups, 3);

  it('shows means and comments for a group with enough responses', () => {
    expect(mathSummary).toMatchObject({ group: 'MATH-6', name: 'Grade 6 Math', responses: 3 });
    if (!mathSummary || !('items' in mathSummary)) throw new Error('Math results should be shown');
    expect(mathSummary.items.find((i) => i.item === 'plgTime')).toMatchObject({ answered: 3, mean: 3.7 });
    expect(mathSummary.items.find((i) => i.item === 'useful')).toMatchObject({ answered: 3, mean: 4.3 });
  });

  it('sorts comments so their order says nothing about who answered first', () => {
    const shuffled = summarizeFeedback([math[2]!, math[0]!, math[1]!], groups, 3)[0];
    expect(shuffled).toEqual(mathSummary);
    if (!mathSummary || !('comments' in mathSummary)) throw new Error('Math results should be shown');
    expect(mathSummary.comments).toEqual([
      {
        question: 'One thing to change next time',
        comments: ['A shorter protocol', 'Bring student work', 'Start on time'],
      },
    ]);
  });

  it('hides an item that fewer than the threshold answered, even in a group that is shown', () => {
    if (!mathSummary || !('items' in mathSummary)) throw new Error('Math results should be shown');
    expect(mathSummary.items.find((i) => i.item === 'protocolFit')).toEqual({
      item: 'protocolFit',
      title: 'The protocol fit the work we looked at.',
      answered: 2,
      hidden: 'hidden: fewer than 3 responses',
    });
  });

  it('shows a group with two responses only as hidden, with nothing of what they said', () => {
    expect(artsSummary).toEqual({
      group: 'ARTS',
      name: 'Arts Vertical',
      responses: 2,
      hidden: 'hidden: fewer than 3 responses',
    });
    expect(JSON.stringify(artsSummary)).not.toContain('Only two of us answered');
  });

  it('lists a group with no feedback yet as hidden rather than leaving it out', () => {
    expect(summarizeFeedback(math, groups, 3)[1]).toMatchObject({
      group: 'ARTS',
      responses: 0,
      hidden: expect.any(String),
    });
  });

  it('carries no per-person data: no meeting keys, days or single answers in any summary', () => {
    const text = JSON.stringify(summarizeFeedback([...arts, ...math], groups, 3));
    expect(text).not.toMatch(/20260908|2026-09-08|submitted|scores/);
  });
});

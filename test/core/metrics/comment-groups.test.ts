// Comments merged and ordered the way a principal would read them.
import { commentLines, groupComments } from '../../../src/core/metrics/comment-groups';

describe('comment groups', () => {
  it('merges the same suggestion however it was typed, most frequent first', () => {
    const groups = groupComments([
      'More time for the protocol',
      'zebra crossing near the gym',
      'more time for the protocol.',
      'More  time for the protocol!',
      'Start on time',
      'start on time',
      '   ',
    ]);
    expect(groups).toEqual([
      { text: 'More time for the protocol', count: 3 },
      { text: 'start on time', count: 2 },
      { text: 'zebra crossing near the gym', count: 1 },
    ]);
  });

  it('keeps a comment that sorts late: nothing is dropped by alphabetical order', () => {
    const many = ['=SUM(A1)', '+1 to the above', '@everyone', 'a', 'b', 'c', 'Zoning out in the last ten minutes'];
    const text = commentLines(groupComments(many));
    expect(text).toContain('Zoning out in the last ten minutes');
    expect(text.split('\n')).toHaveLength(many.length);
  });

  it('counts what does not fit in a cell instead of cutting it silently', () => {
    const text = commentLines(
      groupComments(Array.from({ length: 50 }, (_, i) => `Suggestion number ${i} ${'x'.repeat(50)}`)),
      1_000,
    );
    expect(text).toMatch(/… and \d+ more on the Feedback tab$/);
    expect(text.length).toBeLessThanOrEqual(1_100);
  });
});

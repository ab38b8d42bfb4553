import { feedbackTab } from '../../../src/core/feedback/feedback-tab';
import { headersOf, rowSchema } from '../../../src/core/registry/tab-spec';

describe('feedbackTab', () => {
  it('has per-group columns only: no meeting, no day, nothing that points at one response', () => {
    expect(headersOf(feedbackTab)).toEqual([
      'Group',
      'Responses',
      'PLG time',
      'Useful',
      'Safe to share',
      'Protocol fit',
      'One thing to change',
      "Group's own questions",
    ]);
  });

  it('reads a row back as Sheets returns it, and rejects an average outside 1–5', () => {
    const schema = rowSchema(feedbackTab, { timeZone: 'America/New_York' });
    const row = {
      group: 'MATH-6',
      responses: 4,
      plgTime: 4.3,
      useful: '',
      safeToShare: 'hidden: fewer than 3 responses',
      protocolFit: 3,
      change: '=1+1',
      other: '',
    };
    expect(schema.parse(row)).toEqual({ ...row, useful: undefined, other: undefined });
    expect(schema.safeParse({ ...row, plgTime: 6 }).success).toBe(false);
    // An answer of "42" comes back from Sheets as the number 42; it is still the person's answer.
    expect(schema.parse({ ...row, change: 42 }).change).toBe('42');
  });
});

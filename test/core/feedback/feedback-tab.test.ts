import { feedbackTab } from '../../../src/core/feedback/feedback-tab';
import { headersOf, rowSchema } from '../../../src/core/registry/tab-spec';

describe('feedbackTab', () => {
  it('has the columns the dashboard reads, in order', () => {
    expect(headersOf(feedbackTab)).toEqual([
      'Meeting',
      'Group',
      'Submitted',
      'PLG time',
      'Useful',
      'Safe to share',
      'Protocol fit',
      'One thing to change',
    ]);
  });

  it('reads a row back as Sheets returns it, and rejects a score outside 1–5', () => {
    const schema = rowSchema(feedbackTab, { timeZone: 'America/New_York' });
    const row = {
      meeting: 'MATH-6-20260908',
      group: 'MATH-6',
      submitted: '2026-09-08',
      plgTime: 5,
      useful: '',
      safeToShare: 4,
      protocolFit: 3,
      change: '=1+1',
    };
    expect(schema.parse(row)).toEqual({ ...row, useful: undefined });
    expect(schema.safeParse({ ...row, plgTime: 6 }).success).toBe(false);
    // An answer of "42" comes back from Sheets as the number 42; it is still the person's answer.
    expect(schema.parse({ ...row, change: 42 }).change).toBe('42');
  });
});

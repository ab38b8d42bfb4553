// Where the week's digests stand, read back after anything a run or a person may have left in the state tab.
import { digestDone, digestRecordOf } from '../../../src/core/digest/digest-record';

const stored = (record: object) => JSON.stringify(record);

describe('the week record', () => {
  it('starts afresh in a new week: last week’s sending says nothing about this one', () => {
    const last = stored({ week: '2026-W37', sent: ['a@x.org'], sending: ['b@x.org'], uncertain: [] });
    const { record, settledNow } = digestRecordOf(last, '2026-W38');
    expect(record).toEqual({ week: '2026-W38', sent: [], sending: [], uncertain: [] });
    expect(settledNow).toEqual([]);
    expect(digestDone(record, 'a@x.org')).toBe(false);
  });

  it('counts someone a stopped run was sending to as maybe sent, and never sends them again this week', () => {
    const left = stored({ week: '2026-W38', sent: ['a@x.org'], sending: ['b@x.org'], uncertain: [] });
    const { record, settledNow } = digestRecordOf(left, '2026-W38');
    expect(record).toEqual({ week: '2026-W38', sent: ['a@x.org'], sending: [], uncertain: ['b@x.org'] });
    expect(settledNow).toEqual(['b@x.org']);
    expect(digestDone(record, 'b@x.org')).toBe(true);
    expect(digestDone(record, 'c@x.org')).toBe(false);
    // Read again after it was stored settled: nothing new to say.
    expect(digestRecordOf(stored(record), '2026-W38').settledNow).toEqual([]);
  });

  it('holds the rest of the week when the record was edited into something unreadable', () => {
    for (const garbage of ['{"week":', stored({ week: '2026-W38', sent: 'everyone' })]) {
      const { record, heldNow } = digestRecordOf(garbage, '2026-W38');
      expect(heldNow).toBe(true);
      expect(digestDone(record, 'c@x.org')).toBe(true);
      // Stored held, it stays held until the week is over, and the next week starts afresh.
      expect(digestRecordOf(stored(record), '2026-W38')).toMatchObject({ heldNow: false, record: { held: true } });
      expect(digestRecordOf(stored(record), '2026-W39').record.held).toBeUndefined();
    }
  });
});

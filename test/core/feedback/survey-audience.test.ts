// A survey round's fixed audience, written as the person who would break it: people joining and leaving between
// batches, a run stopped at any step, state read back from storage that someone edited, a school of thousands.
import fc from 'fast-check';
import {
  addLateJoiners,
  audienceByTag,
  decodeChunks,
  encodeChunks,
  entriesPerChunk,
  markPositions,
  nextBatch,
  recipientTag,
  recipientsPerMessageLimit,
  reopenUncertain,
  settleInFlight,
  snapshotAudience,
  surveyBatchSize,
  tallyRound,
  type RoundEntry,
} from '../../../src/core/feedback/survey-round';

const person = (i: number) => `person.${String(i).padStart(4, '0')}@school.example`;
const people = (n: number, from = 0) => Array.from({ length: n }, (_, i) => person(from + i));
/** Apps Script's limit on one property value (9 KB) and on one store (500 KB), in bytes. */
const valueLimitBytes = 9 * 1024;
const storeLimitBytes = 500 * 1024;

describe('recipient tags', () => {
  it('are 8 URL-safe characters, the same for the same address however it is typed', () => {
    expect(recipientTag('Ana.Lopez@School.example ')).toBe(recipientTag('ana.lopez@school.example'));
    expect(recipientTag('ana.lopez@school.example')).toMatch(/^[A-Za-z0-9_-]{8}$/);
    expect(recipientTag('ana.lopez@school.example')).not.toBe(recipientTag('ana.lopes@school.example'));
  });

  it('tell 20,000 addresses apart', () => {
    const tags = new Set(people(20_000).map(recipientTag));
    expect(tags.size).toBe(20_000);
  });
});

describe('stored chunks', () => {
  it('hold a 3,000-person audience in four values under 9 KB each, 27 KB in all', () => {
    const entries = snapshotAudience(people(3_000));
    const chunks = encodeChunks(entries);
    expect(chunks).toHaveLength(4);
    for (const chunk of chunks) expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThanOrEqual(valueLimitBytes);
    const bytes = chunks.reduce((sum, c) => sum + Buffer.byteLength(c, 'utf8'), 0);
    expect(bytes).toBe(27_000);
    expect(bytes).toBeLessThan(storeLimitBytes / 10);
    expect(entriesPerChunk * 9).toBeLessThanOrEqual(valueLimitBytes);
    expect(decodeChunks(chunks, 3_000)).toEqual(entries);
  });

  it('read back every state as written', () => {
    let entries = snapshotAudience(people(6));
    entries = markPositions(entries, [0], 'mailed');
    entries = markPositions(entries, [1], 'sending');
    entries = markPositions(entries, [2], 'skipped');
    entries = markPositions(entries, [3], 'uncertain');
    expect(decodeChunks(encodeChunks(entries), 6)).toEqual(entries);
  });

  it('are refused when edited, cut short, missing or of another size', () => {
    const chunks = encodeChunks(snapshotAudience(people(1_000)));
    expect(decodeChunks(chunks, 1_000)).toBeDefined();
    expect(decodeChunks([chunks[0]!.slice(0, -1), chunks[1]], 1_000)).toBeUndefined();
    expect(decodeChunks([chunks[0]!.replace(/\+|\./, '!'), chunks[1]], 1_000)).toBeUndefined();
    expect(decodeChunks([chunks[0]], 1_000)).toBeUndefined();
    expect(decodeChunks([chunks[0], undefined], 1_000)).toBeUndefined();
    expect(decodeChunks(chunks, 999)).toBeUndefined();
    expect(decodeChunks([chunks[0]! + chunks[1]!], 1_000)).toBeUndefined();
  });
});

describe('the fixed audience', () => {
  it('is the audience sorted, each person once; a round begun by count keeps its first people as mailed', () => {
    const entries = snapshotAudience(['c@s.example', 'a@s.example', 'b@s.example', 'a@s.example'], 2);
    const byTag = audienceByTag(['a@s.example', 'b@s.example', 'c@s.example']);
    expect(entries.map((e) => [byTag.get(e.tag), e.state])).toEqual([
      ['a@s.example', 'mailed'],
      ['b@s.example', 'mailed'],
      ['c@s.example', 'pending'],
    ]);
  });

  it('adds a newcomer at the end, whatever their name: nobody already there moves', () => {
    const before = markPositions(snapshotAudience(people(10, 1)), [0, 1, 2], 'mailed');
    const { entries, added } = addLateJoiners(before, [person(0), ...people(10, 1)]);
    expect(added).toBe(1);
    expect(entries.slice(0, 10)).toEqual(before);
    expect(entries[10]).toEqual({ tag: recipientTag(person(0)), state: 'pending' });
    expect(addLateJoiners(entries, [person(0), ...people(10, 1)]).added).toBe(0);
  });

  it('skips a person who left before their turn, and mails them at the end if they come back', () => {
    const audience = people(6);
    const left = audience.filter((p) => p !== person(1));
    const batch = nextBatch(snapshotAudience(audience), audienceByTag(left), 3);
    expect(batch.recipients).toEqual([person(0), person(2), person(3)]);
    expect(batch.skipped).toBe(1);
    expect(batch.entries[1]!.state).toBe('skipped');
    const back = addLateJoiners(batch.entries, audience);
    expect(back.added).toBe(1);
    expect(back.entries[6]).toEqual({ tag: recipientTag(person(1)), state: 'pending' });
  });

  it('with room for nobody, only records who was passed over', () => {
    const entries = markPositions(snapshotAudience(people(4)), [0], 'mailed');
    const batch = nextBatch(entries, audienceByTag([person(0)]), 0);
    expect(batch.recipients).toEqual([]);
    expect(batch.entries.map((e) => e.state)).toEqual(['mailed', 'skipped', 'skipped', 'skipped']);
  });

  it('counts a batch found still sending as sent, names it, and sends it again only when asked', () => {
    const audience = people(5);
    const byTag = audienceByTag(audience);
    const sending = nextBatch(snapshotAudience(audience), byTag, 2).entries;
    const settled = settleInFlight(sending);
    expect(settled.settled).toBe(2);
    const tally = tallyRound(settled.entries, byTag);
    expect(tally).toEqual({ mailed: 0, skipped: 0, due: 3, uncertain: [person(0), person(1)], uncertainUnnamed: 0 });
    expect(nextBatch(settled.entries, byTag, 5).recipients).toEqual([person(2), person(3), person(4)]);
    expect(tallyRound(settled.entries, audienceByTag(people(4, 1))).uncertainUnnamed).toBe(1);
    const reopened = reopenUncertain(settled.entries);
    expect(reopened.reopened).toBe(2);
    expect(nextBatch(reopened.entries, byTag, 2).recipients).toEqual([person(0), person(1)]);
  });

  it('sends at most as many people per message as Google allows, the sender included', () => {
    expect(surveyBatchSize + 1).toBeLessThanOrEqual(recipientsPerMessageLimit);
  });
});

// The send loop of workspace/survey-send.ts, step by step, with people joining and leaving between any two steps
// and the run stopped at any step. Storage is what a step wrote last; a stop loses everything else.
describe('any run of joins, leaves and stops', () => {
  type Step = { kind: 'join' | 'leave' | 'batch' | 'stop'; who: number; stopAt: number };
  const stepArb: fc.Arbitrary<Step> = fc.record({
    kind: fc.constantFrom('join', 'leave', 'batch', 'batch', 'batch', 'stop'),
    who: fc.nat(39),
    stopAt: fc.nat(3),
  });

  it('mails nobody twice; everyone still there at the end is mailed, or named as uncertain', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), fc.nat(4), (steps, batchOf) => {
        const max = batchOf + 1;
        const audience = new Set(people(20));
        let stored: RoundEntry[] | undefined;
        const mailed = new Map<string, number>();
        /** One run of the send loop; stops after `stopAt` writes when stopping (0: before the sending mark). */
        const run = (stopAt: number | undefined): boolean => {
          const list = [...audience];
          const byTag = audienceByTag(list);
          let entries = stored ?? snapshotAudience(list);
          entries = addLateJoiners(settleInFlight(entries).entries, list).entries;
          const batch = nextBatch(entries, byTag, max);
          if (batch.recipients.length === 0 || stopAt === 0) return false;
          stored = batch.entries;
          if (stopAt === 1) return true; // stopped at the send call: the message never left
          for (const r of batch.recipients) mailed.set(r, (mailed.get(r) ?? 0) + 1);
          if (stopAt === 2) return true; // stopped just after Google sent it, before it was recorded
          stored = markPositions(batch.entries, batch.positions, 'mailed');
          return true;
        };
        for (const step of steps) {
          if (step.kind === 'join') audience.add(person(step.who));
          else if (step.kind === 'leave') audience.delete(person(step.who));
          else run(step.kind === 'stop' ? step.stopAt : undefined);
        }
        for (let i = 0; i < 100 && run(undefined); i++);
        const final = tallyRound(
          settleInFlight(stored ?? snapshotAudience([...audience])).entries,
          audienceByTag([...audience]),
        );
        expect([...mailed].filter(([, times]) => times > 1)).toEqual([]);
        const missed = [...audience].filter((p) => !mailed.has(p)).sort();
        expect(final.due).toBe(0);
        // Named uncertain and not mailed: stopped at the send call. Named and mailed: stopped just after it.
        expect(missed.filter((p) => !final.uncertain.includes(p))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

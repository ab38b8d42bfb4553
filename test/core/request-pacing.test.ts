// Pacing under Calendar's 600 requests a minute per user, a sliding window
// (https://developers.google.com/workspace/calendar/api/guides/quota).
import { RequestPacer } from '../../src/core/request-pacing';

describe('RequestPacer', () => {
  test('sends at once while the last minute has room', () => {
    const pacer = new RequestPacer();
    pacer.record(0, 550);
    expect(pacer.waitMs(1_000, 50)).toBe(0);
  });

  test('waits until the oldest requests have left the window, no longer', () => {
    const pacer = new RequestPacer();
    pacer.record(0, 300);
    pacer.record(10_000, 300);
    // 600 sent; 50 more fit once 50 of the first 300 are a minute old.
    expect(pacer.waitMs(20_000, 50)).toBe(40_000);
    expect(pacer.waitMs(60_000, 50)).toBe(0);
    // 350 more need the whole first 300 gone and 50 of the second.
    expect(pacer.waitMs(20_000, 350)).toBe(50_000);
  });

  test('a run of fifty-call batches never has more than 600 requests in any minute', () => {
    const pacer = new RequestPacer();
    const sent: number[] = [];
    let now = 0;
    for (let batch = 0; batch < 40; batch++) {
      now += pacer.waitMs(now, 50);
      pacer.record(now, 50);
      for (let i = 0; i < 50; i++) sent.push(now);
      now += 2_000; // a fast server: 50 calls in 2 s would be 1,500 a minute unpaced
    }
    for (const t of sent) expect(sent.filter((s) => s > t - 60_000 && s <= t).length).toBeLessThanOrEqual(600);
  });

  test('a batch larger than the limit could never be sent, and says so', () => {
    expect(() => new RequestPacer().waitMs(0, 601)).toThrow(RangeError);
  });

  test('starts from what earlier runs of the same person sent in the minute, and hands on only that minute', () => {
    const earlier = new RequestPacer(540);
    earlier.record(0, 500);
    earlier.record(30_000, 40);
    // A Continue 10 s later: the minute is full, and the first 500 leave it 60 s after they were sent.
    const next = new RequestPacer(540, earlier.history(40_000));
    expect(next.room(40_000)).toBe(0);
    expect(next.waitMs(40_000, 100)).toBe(20_000);
    expect(next.room(60_000)).toBe(500);
    // What is handed on after the minute has passed holds only what is still inside it.
    expect(next.history(75_000)).toEqual([[30_000, 40]]);
  });
});

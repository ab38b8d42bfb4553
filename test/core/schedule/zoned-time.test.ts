import { instantToLocal, zonedInstant } from '../../../src/core/schedule/zoned-time';

const newYork = 'America/New_York';

describe('zonedInstant', () => {
  it('keeps a 15:30 meeting at 15:30 on both sides of the DST change', () => {
    expect(zonedInstant('2026-10-27', '15:30', newYork).toISOString()).toBe('2026-10-27T19:30:00.000Z');
    expect(zonedInstant('2026-11-03', '15:30', newYork).toISOString()).toBe('2026-11-03T20:30:00.000Z');
  });

  it('moves a time that never happens (spring forward) an hour later', () => {
    expect(zonedInstant('2027-03-14', '02:30', newYork).toISOString()).toBe('2027-03-14T07:30:00.000Z');
    expect(instantToLocal(zonedInstant('2027-03-14', '02:30', newYork), newYork)).toEqual({
      date: '2027-03-14',
      time: '03:30',
    });
  });

  it('uses the first of a time that happens twice (fall back)', () => {
    expect(zonedInstant('2026-11-01', '01:30', newYork).toISOString()).toBe('2026-11-01T05:30:00.000Z');
  });

  it('works east of Greenwich and across the date line', () => {
    expect(zonedInstant('2026-09-08', '08:00', 'Pacific/Auckland').toISOString()).toBe('2026-09-07T20:00:00.000Z');
    expect(instantToLocal(new Date('2026-09-07T20:00:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-09-08',
      time: '08:00',
    });
  });

  it('round-trips every half hour of a DST-change day', () => {
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
      if (time.startsWith('02:')) continue; // the skipped hour
      expect(instantToLocal(zonedInstant('2027-03-14', time, newYork), newYork)).toEqual({ date: '2027-03-14', time });
    }
  });
});

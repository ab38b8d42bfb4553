import fc from 'fast-check';
import { instantToLocal, wallTimeAt, zonedInstant } from '../../../src/core/schedule/zoned-time';

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

describe('wallTimeAt', () => {
  // Intl's own reading, independently of the module: what the tz database says clocks show.
  const formats = new Map<string, Intl.DateTimeFormat>();
  const intlWall = (ms: number, timeZone: string) => {
    let format = formats.get(timeZone);
    if (!format) {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      formats.set(timeZone, format);
    }
    const parts = format.formatToParts(new Date(ms));
    const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return {
      year: n('year'),
      month: n('month'),
      day: n('day'),
      hour: n('hour'),
      minute: n('minute'),
      second: n('second'),
    };
  };
  const zones = [
    newYork,
    'Australia/Sydney',
    'Asia/Kolkata',
    'Australia/Lord_Howe', // a 30-minute DST change
    'Pacific/Chatham', // a 12:45 offset
    'America/Santiago',
    'Europe/London',
    'Africa/Casablanca', // DST suspended for Ramadan: two changes a few weeks apart
    'Pacific/Apia', // skipped a whole day in 2011
    'UTC',
  ];

  it('reads what the tz database says, on change days and ordinary ones, 1900 to 2100', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1) / 1000, max: Date.UTC(2100, 0, 1) / 1000 }),
        fc.constantFrom(...zones),
        (seconds, zone) => {
          expect(wallTimeAt(seconds * 1000 + 999, zone)).toEqual(intlWall(seconds * 1000, zone));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is right every 30 minutes of a school year in New York, Sydney and Lord Howe, each change of clocks included', () => {
    for (const zone of [newYork, 'Australia/Sydney', 'Australia/Lord_Howe']) {
      for (let ms = Date.UTC(2026, 7, 1); ms < Date.UTC(2027, 7, 1); ms += 30 * 60_000) {
        const wall = wallTimeAt(ms, zone);
        const expected = intlWall(ms, zone);
        if (JSON.stringify(wall) !== JSON.stringify(expected))
          expect({ zone, ms, wall }).toEqual({ zone, ms, wall: expected });
      }
    }
  });
});

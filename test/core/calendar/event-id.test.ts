import { eventIdFor } from '../../../src/core/calendar/event-id';

describe('eventIdFor', () => {
  it('gives an id Calendar accepts: base32hex characters, 5–1024 long', () => {
    for (const key of ['M', 'MATH-6-2026-09-08', 'Ciencias ñ 2026-10-06 ✓', 'x'.repeat(600)]) {
      const id = eventIdFor(key);
      expect(id).toMatch(/^[a-v0-9]{5,1024}$/);
    }
  });

  it('gives the same id for the same meeting every time, so a retried create cannot duplicate', () => {
    expect(eventIdFor('MATH-6-2026-09-08')).toBe(eventIdFor('MATH-6-2026-09-08'));
  });

  it('gives different meetings different ids, even when keys differ by case, a space or one letter', () => {
    const keys = [
      'MATH-6-2026-09-08',
      'math-6-2026-09-08',
      'MATH-6-2026-09-08 ',
      'MATH-6-2026-09-09',
      'MATH-62026-09-08',
    ];
    expect(new Set(keys.map(eventIdFor)).size).toBe(keys.length);
  });

  it('refuses a key too long to make an id rather than cutting it and risking a collision', () => {
    expect(() => eventIdFor('x'.repeat(700))).toThrow(RangeError);
  });
});

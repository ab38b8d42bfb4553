// The content hash behind every stored fingerprint (Synced column, card records): computed without building a
// byte array, it must give exactly what hashing the UTF-8 bytes gives, or every event would look edited in Calendar.
import fc from 'fast-check';
import { contentHash } from '../../src/core/content-hash';
import { utf8Bytes } from '../../src/core/calendar/utf8';

/** cyrb53 over an explicit byte array: the hash as first written. */
function hashOfBytes(bytes: number[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const byte of bytes) {
    h1 = Math.imul(h1 ^ byte, 2654435761);
    h2 = Math.imul(h2 ^ byte, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

test('hashes any text, emoji and lone surrogates included, exactly as its UTF-8 bytes hash', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(contentHash(text)).toBe(hashOfBytes(utf8Bytes(text)));
    }),
    { numRuns: 2000 },
  );
  for (const text of ['', 'Math PLG — Tuesday 15:30', 'Zoë 🎓 \uD800 x \uDC00', '日本語']) {
    expect(contentHash(text)).toBe(hashOfBytes(utf8Bytes(text)));
  }
});

// An event's description as PLG Hub compares it (core/calendar/fingerprint.ts): plain text skips the HTML steps,
// and must come out exactly as it would through them, or every stored fingerprint would stop matching.
import fc from 'fast-check';
import { plainDescription } from '../../../src/core/calendar/fingerprint';

/** The description through every step, as first written: HTML to text, then lines normalized. */
function throughEveryStep(description: string): string {
  return description
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .join('\n')
    .trim();
}

const pieces = fc.constantFrom(
  'Purpose: look at student work',
  '\n',
  '  ',
  '\t',
  'https://docs.google.com/forms/d/e/x/viewform?usp=pp_url&entry.123=2026-09-08',
  '&',
  '&amp;',
  '&lt;b&gt;',
  '&nbsp;',
  '<br>',
  '<p>',
  '</p>',
  '<a href="https://example.org">link</a>',
  'Zoë 🎓',
  '&#39;',
  ' ',
  '\r\n',
  '\u00a0',
  '\n \n',
  '\u2028',
);

test('reads plain text and Calendar-edited HTML exactly as every step would', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 30 }), (parts) => {
      const description = parts.join('');
      expect(plainDescription(description)).toBe(throughEveryStep(description));
    }),
    { numRuns: 3000 },
  );
});

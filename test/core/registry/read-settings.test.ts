import { describeProblem } from '../../../src/core/problems';
import { readSettings } from '../../../src/core/registry/read-settings';
import { schoolTabs, sheetDate } from './school-fixture';

const settingsTab = () => schoolTabs().Settings!;

describe('readSettings', () => {
  it('reads settings found by label in any order and fills the rest with the guidance defaults', () => {
    const values = settingsTab();
    values.splice(1, 0, values.pop()!, ['Our notes', 'call the district before changing these', '']);
    const { settings, problems, rowNumbers } = readSettings(values);
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({
      school: 'Lincoln Middle School',
      yearStart: '2026-08-31',
      yearEnd: '2027-06-18',
      timeZone: 'America/New_York',
      groupSizeMax: 12,
      anonymityThreshold: 3,
      agendaLeadDays: 7,
      surveyMonths: [10, 1, 4],
      allowExternalGuests: false,
    });
    expect(rowNumbers.groupSizeMax).toBe(2);
  });

  it('reads dates in the school time zone, typed as text or as Sheets dates', () => {
    const values = settingsTab();
    values[4]![1] = 'America/Los_Angeles';
    values[2]![1] = '2026-08-31';
    values[3]![1] = new Date('2027-06-18T07:00:00Z'); // midnight in Los Angeles
    expect(readSettings(values).settings).toMatchObject({ yearStart: '2026-08-31', yearEnd: '2027-06-18' });
  });

  it('reads date cells in the spreadsheet’s own zone when it differs from the school’s', () => {
    const values = settingsTab();
    values[4]![1] = 'Australia/Sydney';
    // Typed as 2026-08-31 in a spreadsheet kept in New York: midnight there.
    values[2]![1] = new Date('2026-08-31T04:00:00Z');
    values[3]![1] = new Date('2027-06-18T04:00:00Z');
    expect(readSettings(values, 'America/New_York').settings).toMatchObject({
      yearStart: '2026-08-31',
      yearEnd: '2027-06-18',
      timeZone: 'Australia/Sydney',
    });
  });

  it.each([
    ['8/31/2026', 'is typed as text in an order PLG Hub does not guess — type it as 2026-08-31 (year-month-day)'],
    ['01/10/2026', 'could be 2026-01-10 or 2026-10-01 — type it as year-month-day, e.g. 2026-01-10'],
  ])('refuses a text date whose day and month could be read either way: %s', (typed, message) => {
    const values = settingsTab();
    values[2]![1] = typed;
    const { settings, problems } = readSettings(values);
    expect(settings).toBeUndefined();
    expect(problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [3, 'Value', typed, `${message} (School year start)`],
    ]);
  });

  it.each([
    ['EST', 'America/New_York'],
    ['US/Eastern', 'America/New_York'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
  ])('refuses the time zone %s and names the one to use', (typed, zone) => {
    const values = settingsTab();
    values[4]![1] = typed;
    const { settings, problems } = readSettings(values);
    expect(settings).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ row: 5, column: 'Value', value: typed })]);
    expect(problems[0]!.message).toContain(zone);
  });

  it('names a missing setting that has no default, and an unknown time zone', () => {
    const values = settingsTab().filter((row) => row[0] !== 'School email domain');
    values[4]![1] = 'Eastern';
    const { settings, problems } = readSettings(values);
    expect(settings).toBeUndefined();
    expect(problems.map(describeProblem)).toEqual([
      'Settings, row 5, column "Value": "Eastern" is not a time zone — use America/New_York (pick it from the dropdown) (Time zone)',
      'Settings: the setting "School email domain" is missing — add a row with "School email domain" in the Setting column and its value in the Value column (Only addresses at this domain are invited.)',
    ]);
  });

  it('reports a year that ends before it starts only when both dates read', () => {
    const values = settingsTab();
    values[3]![1] = sheetDate('2026-06-18');
    expect(readSettings(values).problems.map(describeProblem)).toEqual([
      'Settings, row 4, column "Value": "2026-06-18" the school year must end after it starts (School year end)',
    ]);
  });

  it('uses the first of two rows for the same setting and says so', () => {
    const values = settingsTab();
    values.push(['smallest group ', 6, '']);
    const { settings, problems } = readSettings(values);
    expect(settings!.groupSizeMin).toBe(3);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        row: 11,
        message: 'appears twice — PLG Hub uses row 9; delete this row',
      }),
    ]);
  });

  it('reports a renamed Value column', () => {
    const values = settingsTab();
    values[0] = ['Setting', 'Our value', 'What it means'];
    expect(readSettings(values).problems.map((p) => p.message)).toEqual([
      'the column "Value" is missing — add a header cell with exactly that text',
    ]);
  });
});

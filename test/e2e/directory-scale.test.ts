// The teachers' directory at district size: 50 schools' registries in one deployment (52 here), over 20,000 staff and 2,000
// groups. Each registry publishes its groups' card files (src/workspace/directory-store.ts, the code the bundle
// runs, here called directly on the emulator so 50 registries take seconds, not a day of syncs); a teacher's
// card then reads only their own groups' files. Script properties (500 KB for the whole deployment, 9 KB a
// value) hold one signing secret per registry, nothing per person or per group.
import { fillRegistry, startSchool } from '../../src/emulator/harness';
import { sampleSchool, type SampleSchool } from '../../src/emulator/sample-school';
import { setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import type { Registry } from '../../src/core/registry/registry';
import { openRegistry } from '../../src/workspace/registry-io';
import { publishDirectory, readMyDirectory } from '../../src/workspace/directory-store';
import type { Workspace } from '../../src/emulator/workspace';

jest.setTimeout(600_000);

// The sample school forms 39 groups whatever its size: 52 schools make the 2,000.
const registries = 52;
const now = new Date('2026-09-01T12:00:00Z');

interface School {
  admin: string;
  spreadsheetId: string;
  registry: Registry;
  school: SampleSchool;
}

let ws: Workspace;
const schools: School[] = [];
const saved: Record<string, unknown> = {};
let publishCalls = 0;

/** One Apps Script execution, signed in as `email`. */
function as<T>(email: string, work: () => T): T {
  ws.meter.startExecution();
  const admin = ws.user;
  ws.user = { ...admin, email };
  try {
    return work();
  } finally {
    ws.user = admin;
  }
}

/** Every address of school `n` made its own, so 50 schools are 50 different staffs. */
function schoolNumber(n: number): SampleSchool {
  const school = sampleSchool({ seed: n + 1, staff: 450, withFindings: false });
  const own = (text: string) => text.split('@school.example').join(`.s${n}@school.example`);
  school.tabs = JSON.parse(own(JSON.stringify(school.tabs))) as SampleSchool['tabs'];
  school.admin = own(school.admin);
  school.settings.School = `School ${n}`;
  return school;
}

/** Six upcoming meetings per group, with presenters and links, as a synced registry has. */
function withMeetings(registry: Registry): Registry {
  const meetings = registry.groups.flatMap(({ row: group }, g) =>
    Array.from({ length: 6 }, (_, i) => {
      const date = new Date(Date.UTC(2026, 8, 8 + 14 * i)).toISOString().slice(0, 10);
      const key = `${group.key ?? group.id}-${date.split('-').join('')}`;
      return {
        rowNumber: 2 + g * 6 + i,
        row: {
          ...({} as Registry['meetings'][number]['row']),
          key,
          group: group.id,
          date,
          startTime: group.startTime,
          minutes: group.minutes,
          status: 'scheduled' as const,
          location: group.location,
          focus: 'Which misconceptions show up in this week’s exit tickets?',
          protocol: 'tuning',
          agenda: `https://docs.google.com/document/d/${'a'.repeat(44)}/edit`,
          feedback: `https://docs.google.com/forms/d/e/${'f'.repeat(56)}/viewform?usp=pp_url&entry.1=${key}`,
        },
      };
    }),
  );
  return { ...registry, meetings: meetings as unknown as Registry['meetings'] };
}

beforeAll(() => {
  const first = startSchool({ seed: 1, staff: 10, withFindings: false });
  ws = first.ws;
  for (const [name, value] of Object.entries(first.globals)) {
    saved[name] = (globalThis as Record<string, unknown>)[name];
    (globalThis as Record<string, unknown>)[name] = value;
  }
  const sheets = first.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  for (let n = 0; n < registries; n++) {
    const school = schoolNumber(n);
    const spreadsheetId = as(school.admin, () => sheets.create(`School ${n} — PLG registry`).getId());
    setActiveSpreadsheet(ws, spreadsheetId);
    as(school.admin, () => first.addon.run('onSetUp', {}));
    as(school.admin, () => fillRegistry(sheets.openById(spreadsheetId), school));
    const registry = as(school.admin, () => openRegistry(sheets.openById(spreadsheetId)).read.registry!);
    schools.push({ admin: school.admin, spreadsheetId, registry: withMeetings(registry), school });
  }
  setActiveSpreadsheet(ws, null);
  const before = ws.meter.total;
  for (const s of schools) {
    as(s.admin, () => publishDirectory(openRegistry(sheets.openById(s.spreadsheetId)), s.registry, now));
  }
  publishCalls = ws.meter.total - before;
});

afterAll(() => {
  for (const [name, value] of Object.entries(saved)) (globalThis as Record<string, unknown>)[name] = value;
});

const staffCount = () => schools.reduce((n, s) => n + s.registry.staff.length, 0);
const groupCount = () => schools.reduce((n, s) => n + s.registry.groups.filter((g) => g.row.active).length, 0);

function scriptPropertyBytes(): { total: number; largest: number; count: number } {
  const all = (
    globalThis as unknown as { PropertiesService: GoogleAppsScript.Properties.PropertiesService }
  ).PropertiesService.getScriptProperties().getProperties();
  const sizes = Object.entries(all).map(([k, v]) => Buffer.byteLength(k) + Buffer.byteLength(v));
  return { total: sizes.reduce((a, b) => a + b, 0), largest: Math.max(0, ...sizes), count: sizes.length };
}

it('publishes over 50 registries of over 20,000 staff and 2,000 groups within the script-property limits', () => {
  expect(staffCount()).toBeGreaterThanOrEqual(20_000);
  expect(groupCount()).toBeGreaterThanOrEqual(2_000);
  const props = scriptPropertyBytes();
  console.log(
    `District directory: ${registries} registries, ${staffCount()} staff, ${groupCount()} groups; ` +
      `first publish ${publishCalls} service calls; script properties ${props.count} values, ${props.total} bytes ` +
      `(largest ${props.largest} bytes).`,
  );
  expect(props.total).toBeLessThan(500 * 1024);
  expect(props.largest).toBeLessThan(9 * 1024);
  // Nothing grows with staff or groups: one secret per registry (and the bundle's own few keys).
  expect(props.count).toBeLessThanOrEqual(registries + 5);
});

it('shows a teacher of school 37 their own groups, and the same few calls as in a one-school deployment', () => {
  const s = schools[37]!;
  const group = s.registry.groups.find((g) => g.row.active)!.row;
  const teacher = s.registry.members.find((m) => m.row.group === group.id && m.row.email !== group.facilitator)!.row
    .email;
  const before = ws.meter.total;
  const mine = as(teacher, () => readMyDirectory(teacher));
  const calls = ws.meter.total - before;
  expect(mine.map((e) => e.id)).toContain(group.id);
  expect(mine.every((e) => e.roles[teacher])).toBe(true);
  const entry = mine.find((e) => e.id === group.id)!;
  expect(entry.names[teacher]).toBeTruthy();
  expect(entry.meetings).toHaveLength(6);
  // A search, a read of each of their files, the user's own list, the school's secret.
  expect(calls).toBeLessThanOrEqual(4 + 2 * mine.length);
});

it('shows nobody else’s group: a teacher of school 12 sees only school 12', () => {
  const s = schools[12]!;
  const teacher = s.registry.members[0]!.row.email;
  const mine = as(teacher, () => readMyDirectory(teacher));
  expect(mine.length).toBeGreaterThan(0);
  const ids = new Set(s.registry.groups.map((g) => g.row.id));
  expect(mine.every((e) => ids.has(e.id) && e.roles[teacher])).toBe(true);
});

it('writes nothing when a registry publishes again with nothing changed', () => {
  const s = schools[3]!;
  const sheets = (globalThis as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
    .SpreadsheetApp;
  const open = as(s.admin, () => openRegistry(sheets.openById(s.spreadsheetId)));
  const before = ws.meter.snapshot();
  const { changed } = as(s.admin, () => publishDirectory(open, s.registry, now));
  const used = ws.meter.since(before);
  expect(changed).toBe(0);
  expect(Object.keys(used.counts).filter((k) => k.startsWith('DriveApp'))).toEqual([]);
});

it('writes only as many card files as the slice’s time allows, and the rest on the next slice', () => {
  const s = schools[40]!;
  const sheets = (globalThis as unknown as { SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp })
    .SpreadsheetApp;
  const open = () => as(s.admin, () => openRegistry(sheets.openById(s.spreadsheetId)));
  // Two weeks on, every group's upcoming meetings have moved on: every card file needs writing again.
  const later = new Date('2026-09-15T12:00:00Z');
  let allowed = 3;
  const first = as(s.admin, () =>
    publishDirectory(open(), s.registry, later, () => false, { allows: () => allowed-- > 0 }),
  );
  expect(first.changed).toBe(3);
  expect(first.remaining).toBe(s.registry.groups.filter((g) => g.row.active).length - 3);
  // Google asks three of the uploads to slow down: they are sent again, and every card still gets its content.
  ws.meter.inject({ kind: 'UrlFetchApp.fetch:drive.files.update.upload', fault: 'rateLimit', times: 3 });
  const before = ws.meter.snapshot();
  const second = as(s.admin, () => publishDirectory(open(), s.registry, later));
  const used = ws.meter.since(before);
  expect(second).toEqual({ changed: first.remaining, remaining: 0 });
  // A teacher of a group this second slice wrote sees the new file: the meeting of September 8 is now past.
  const group = [...s.registry.groups].reverse().find((g) => g.row.active)!.row;
  const teacher = s.registry.members.find((m) => m.row.group === group.id && m.row.email !== group.facilitator)!.row
    .email;
  const entry = as(teacher, () => readMyDirectory(teacher)).find((e) => e.id === group.id)!;
  expect(entry.pastMeetings.map((m) => m.date)).toEqual(['2026-09-08']);
  expect(entry.meetings[0]!.date).toBe('2026-09-22');
  // Each file's new content is one upload, all sent together: no DriveApp call per file, as there was when a
  // file was rewritten through getFileById and setContent (two calls each).
  expect(used.requests['UrlFetchApp.fetch:drive.files.update.upload']).toBe(first.remaining + 3);
  expect(Object.keys(used.counts).filter((k) => k.startsWith('DriveApp'))).toEqual([]);
  // The uploads in groups of 40, the three sent again, and at most a reading and a change of sharing.
  expect(used.counts['UrlFetchApp.fetchAll']).toBeLessThanOrEqual(Math.ceil(first.remaining / 40) + 3);
});

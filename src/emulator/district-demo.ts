// The district demo: one deployment of PLG Hub serving two schools of one Google domain. Each school's admin sets
// up and syncs their own registry (both have a MATH-1 group); a teacher in each opens a MATH-1 meeting in
// Calendar and My PLG; each admin's hourly trigger runs over their own registry only. Shared by
// `npm run demo -- --district` and the end-to-end test, so the test proves exactly what the demo shows.
import { readFileSync } from 'node:fs';
import { allEvents } from './calendar';
import type { StoredEvent } from './calendar/state';
import { cardText } from './cards/interact';
import { cardScreens } from './export/card-html';
import { exportIcs } from './export/ics';
import { exportXlsx } from './export/xlsx';
import { applyButtonText, continueUntilDone } from './bench/admin-sync';
import { settingValue } from './bench/sync-outcome';
import { bundleFile, schoolOn, startSchool, type EmulatedSchool } from './harness';
import { keepFirstGroups, sampleSchool, type SampleSchool } from './sample-school';
import { readSheetValues, setActiveSpreadsheet } from './spreadsheet';

export interface DistrictOptions {
  out: string;
  seed: number;
  write: (file: string, content: string) => void;
  onCard?: (file: string, card: unknown) => void;
}

export interface DistrictSchool {
  name: string;
  slug: string;
  admin: string;
  s: EmulatedSchool;
  /** The teacher whose Calendar card and My PLG the demo shows, and the MATH-1 event they opened. */
  teacher: string;
  event: StoredEvent;
  calendarCard: unknown;
  myPlg: unknown;
}

export interface DistrictResult {
  lines: string[];
  schools: DistrictSchool[];
}

/** A school small enough for a demo that runs in seconds: three groups, a term. */
function small(school: SampleSchool, name: string, admin?: string): SampleSchool {
  school.settings.School = name;
  school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(school, 3);
  if (admin) {
    school.admin = admin;
    school.tabs.Staff!.push({ Email: admin, Name: `${name} Admin`, Role: 'administrator', Active: 'Yes' });
  }
  return school;
}

export async function runDistrictDemo(options: DistrictOptions): Promise<DistrictResult> {
  const north = startSchool({ seed: options.seed, staff: 30, withFindings: false });
  small(north.school, 'North Middle School');
  const southSchool = small(
    sampleSchool({ seed: options.seed + 4, staff: 30, withFindings: false }),
    'South Middle School',
    'south.admin@school.example',
  );
  const sheets = north.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const southId = north.asUser(southSchool.admin, () => sheets.create('South Middle School — PLG registry').getId());
  const south = schoolOn(north.ws, north.globals, southSchool, southId, readFileSync(bundleFile, 'utf8'));
  const ws = north.ws;
  const lines: string[] = [];
  const screens = cardScreens(options.write, options.onCard);
  const show = screens.show;

  const schools: DistrictSchool[] = [];
  for (const [s, slug] of [
    [north, 'north'],
    [south, 'south'],
  ] as const) {
    const name = String(s.school.settings.School);
    const admin = s.school.admin;
    // Each admin works in their own registry, signed in as themselves.
    setActiveSpreadsheet(ws, s.spreadsheetId);
    const applied = s.asUser(admin, () => {
      s.press(s.open('onSheetsHomepage'), 'Set up');
      s.fillRegistry();
      const preview = show(
        `${slug}-1-preview`,
        `${name}: ${admin} presses Preview changes`,
        s.press(s.open('onSheetsHomepage'), 'Preview changes'),
      );
      return continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
    });
    show(`${slug}-2-applied`, `${name}: everything sent (${applied.presses + 1} presses)`, applied.shown);
    const calendarId = settingValue(s, 'Calendar id');
    const event = allEvents(ws, calendarId).find(
      (e) => e.status !== 'cancelled' && e.extendedProperties?.private?.meetingKey?.startsWith('MATH-1-'),
    )!;
    const teacher = event.attendees!.map((a) => a.email!).find((e) => e !== admin)!;
    const calendarCard = show(
      `${slug}-3-calendar`,
      `${name}: ${teacher} opens a MATH-1 meeting in Calendar`,
      s.openEvent(teacher, calendarId, event.id!),
    );
    setActiveSpreadsheet(ws, null);
    const myPlg = show(
      `${slug}-4-my-plg`,
      `${name}: ${teacher} opens My PLG`,
      s.asUser(teacher, () => s.open('onHomepage')),
    );
    schools.push({ name, slug, admin, s, teacher, event, calendarCard, myPlg });
    const events = allEvents(ws, calendarId).filter((e) => e.status !== 'cancelled').length;
    const math = readSheetValues(ws, s.spreadsheetId, 'Groups').find((g) => g[0] === 'MATH-1');
    const groupName = String(math?.[1] ?? 'MATH-1');
    const seen = cardText(myPlg).includes(groupName) ? `sees ${groupName} on My PLG` : `does NOT see ${groupName}`;
    lines.push(
      `${name}: ${admin} synced their own registry — ${events} events on its own calendar; ${teacher} ${seen}.`,
    );
  }

  // A week on, each admin's hourly trigger fires as that admin, over their own registry only.
  ws.clock.nowMs = new Date('2026-09-03T12:00:00Z').getTime();
  setActiveSpreadsheet(ws, null);
  for (const school of schools) {
    school.s.asUser(school.admin, () => school.s.addon.run('onHourlyTick', { authMode: 'FULL' }));
    const [header, ...rows] = readSheetValues(ws, school.s.spreadsheetId, 'Meetings');
    const agenda = header!.indexOf('Agenda');
    const agendas = rows.filter((r) => String(r[agenda] ?? '') !== '').length;
    lines.push(
      `${school.name}: ${school.admin}'s hourly run made ${agendas} agenda Doc${agendas === 1 ? '' : 's'} in their own registry.`,
    );
  }

  screens.writeIndex();
  for (const school of schools) {
    options.write(`${school.slug}-calendar.ics`, exportIcs(ws, settingValue(school.s, 'Calendar id')));
    await exportXlsx(ws, school.s.spreadsheetId, `${options.out}/${school.slug}-registry.xlsx`);
  }
  lines.push(
    `Files: north-registry.xlsx, south-registry.xlsx, north-calendar.ics, south-calendar.ics, cards/ (${screens.count()} screens)`,
  );
  return { lines, schools };
}

// The demo's story, step by step, as the people who use PLG Hub would live it. Shared by `npm run demo` and
// the end-to-end test, so the test proves exactly what the demo shows.
import { fileIdOf } from '../core/drive-id';
import { allEvents, sentInvitations } from './calendar';
import { cardText, findButtons, notificationText } from './cards/interact';
import { readSheetValues } from './spreadsheet';
import { cardScreens } from './export/card-html';
import { exportDocHtml } from './export/doc-html';
import { exportFormHtml } from './export/form-html';
import { exportIcs } from './export/ics';
import { exportXlsx } from './export/xlsx';
import { startSchool, type EmulatedSchool } from './harness';
import type { CallRecorder } from './inventory/recorder';
import { simulateFacilitatorsTyping, simulateHealthSurvey, simulateWeeks } from './simulate-weeks';
import { mimeTypes } from './workspace';
import { turnOnWeeklyDigest, writeDigests, writeYearSummaries, yearSummaryDocName } from './demo-digest';
import { startNextYearInDemo } from './next-year-demo';
import { readContent } from './drive/content';

export interface DemoOptions {
  out: string;
  seed: number;
  /** Settings ▸ Time zone of the sample school (default America/New_York). */
  timeZone?: string;
  /** The admin's account (and so the spreadsheet's) locale, e.g. en_GB (default en_US). */
  locale?: string;
  write: (file: string, content: string) => void;
  /** Called with each screen as it is shown (tests compare the rendered preview with the card itself). */
  onCard?: (file: string, card: unknown) => void;
  /** Counts the add-on's own CPU time as Apps Script time (`npm run demo` does; tests leave it 0, exact). */
  cpuFactor?: number;
  /** Records every Apps Script method the bundle calls (the method inventory's check). */
  recorder?: CallRecorder;
}

export interface DemoResult {
  lines: string[];
  school: EmulatedSchool;
}

export async function runDemo(options: DemoOptions): Promise<string[]> {
  return (await runDemoFlow(options)).lines;
}

export async function runDemoFlow(options: DemoOptions): Promise<DemoResult> {
  const s = startSchool({
    seed: options.seed,
    timeZone: options.timeZone,
    locale: options.locale,
    cpuFactor: options.cpuFactor,
    recorder: options.recorder,
  });
  const lines: string[] = [];
  const screens = cardScreens(options.write, options.onCard);
  const show = screens.show;
  const say = (what: string, shown: unknown) => {
    const note = notificationText(shown);
    lines.push(`${what}: ${note ?? firstLine(cardText(shown))}`);
  };

  const before = s.ws.meter.snapshot();
  const start = s.ws.clock.nowMs;
  let shown = show('01-homepage-new', 'Admin opens PLG Hub in a new spreadsheet', s.open('onSheetsHomepage'));
  shown = show('02-set-up', 'Admin presses Set up', s.press(shown, 'Set up'));
  say('Set up', shown);
  s.fillRegistry();
  shown = show('03-homepage', 'Registry status after the school is typed in', s.open('onSheetsHomepage'));
  shown = show('04-validate', 'Admin presses Validate', s.press(shown, 'Validate'));
  say('Validate', shown);

  // Preview, then Apply and Continue until everything is sent (each press fits Google's 30-second card limit).
  const applyAll = (previewCard: unknown, prefix: string) => {
    const apply = findButtons(previewCard).find((b) => b.text.startsWith('Apply'));
    if (!apply) return previewCard;
    let current = show(`${prefix}-apply`, `Admin presses ${apply.text}`, s.press(previewCard, apply.text));
    say('Apply', current);
    let presses = 1;
    for (; presses < 60 && findButtons(current).some((b) => b.text === 'Continue'); presses++)
      current = s.press(current, 'Continue');
    show(
      `${prefix}-apply-done`,
      `Admin presses Continue until everything is sent (${presses} presses in all)`,
      current,
    );
    say(`After ${presses} presses`, current);
    return current;
  };
  const held = /Held until fixed\n(.+)\n(.+)/.exec(cardText(s.open('onSheetsHomepage')));
  if (held) lines.push(`Held until fixed: ${held[1]} — ${held[2]}`);
  shown = show('05-preview', 'Admin presses Preview changes', s.press(s.open('onSheetsHomepage'), 'Preview changes'));
  say('Preview', shown);
  // Quiet start is off in the demo (today's invitations); the preview says what it would change, in one line.
  const quiet = cardText(shown)
    .split('\n')
    .find((l) => l.startsWith('Quiet start (Settings)'));
  if (quiet) lines.push(quiet);
  const makeUps = cardText(shown)
    .split('\n')
    .filter((l) => /^[^:]+, \w+ \d{4}: /.test(l));
  if (makeUps.length) lines.push(`Make-up meetings proposed: ${makeUps[0]!} (and ${makeUps.length - 1} more)`);
  applyAll(shown, '06');
  shown = show('07-agendas', 'Admin presses Generate agendas', s.press(s.open('onSheetsHomepage'), 'Generate agendas'));
  say('Generate agendas', shown);
  // The Science facilitator opens the first agenda Doc and looks at the panel.
  const firstAgenda = readSheetValues(s.ws, s.spreadsheetId, 'Meetings').find(
    (r) => String(r[0]).startsWith('SCIE') && String(r[12]),
  );
  const scienceFacilitator = String(
    readSheetValues(s.ws, s.spreadsheetId, 'Groups').find((g) => String(g[0]).startsWith('SCIE'))?.[5] ?? '',
  );
  const agendaId = fileIdOf(String(firstAgenda?.[12] ?? ''));
  if (agendaId)
    show('07b-agenda-panel', `${scienceFacilitator} opens the agenda Doc`, s.openDoc(scienceFacilitator, agendaId));
  shown = show(
    '08-preview-again',
    'Preview again: presenters and agenda links to add',
    s.press(s.open('onSheetsHomepage'), 'Preview changes'),
  );
  say('Preview again', shown);
  applyAll(shown, '08');
  shown = show(
    '08-preview-in-sync',
    'Preview once more: nothing left to send',
    s.press(s.open('onSheetsHomepage'), 'Preview changes'),
  );
  say('Preview once more', shown);

  // A teacher opens their next PLG meeting in Calendar.
  const calendarId = settingValue(s, 'Calendar id');
  const teacherEvent = allEvents(s.ws, calendarId).find((e) => e.summary === 'Science PLG' && e.status !== 'cancelled');
  if (teacherEvent) {
    const teacher = teacherEvent.attendees!.map((a) => a.email!).find((e) => e !== s.ws.user.email)!;
    show(
      '09-calendar-event',
      `${teacher} opens a Science PLG meeting in Calendar`,
      s.openEvent(teacher, calendarId, teacherEvent.id!),
    );
    show(
      '10-my-plg',
      `${teacher} opens PLG Hub: My PLG`,
      s.asUser(teacher, () => s.open('onHomepage')),
    );
  }

  // Five weeks pass. Each week the hourly run makes the coming week's agendas and reads back last week's;
  // facilitators fill in attendance and outcomes; members answer their meeting's feedback form.
  let typed = 0;
  // The admin turns the weekly digest on: each week's hourly run mails the facilitators and liaisons.
  turnOnWeeklyDigest(s);
  for (let week = 1; week <= 5; week++) {
    s.ws.clock.nowMs = start + week * 7 * 24 * 3600_000;
    typed += simulateFacilitatorsTyping(s, s.ws.now());
    s.addon.run('onHourlyTick', {});
  }
  const weeks = simulateWeeks(s, s.ws.now());
  lines.push(
    `Five weeks later: facilitators filled in ${typed} agendas; members sent ${weeks.responses} feedback responses (the ${weeks.quietGroup} group sent too few to show).`,
  );
  lines.push(lastRun(s));
  lines.push(`Health survey: ${simulateHealthSurvey(s)} staff answered.`);
  shown = show(
    '11-dashboard',
    'Admin presses Refresh dashboard',
    s.press(s.open('onSheetsHomepage'), 'Refresh dashboard'),
  );
  say('Refresh dashboard', shown);
  // Year summaries, from the Dashboard card: one Doc per group, pressed again while it offers more.
  for (let presses = 0; presses < 10 && findButtons(shown).some((b) => b.text === 'Year summaries'); presses++)
    shown = s.press(shown, 'Year summaries');
  show('11b-year-summaries', 'Admin presses Year summaries', shown);
  say('Year summaries', shown);
  show('12-settings', 'Admin presses Settings', s.press(s.open('onSheetsHomepage'), 'Settings'));

  // Form groups (the group builder): the admin asks for department PLGs, keeping groups within their roster
  // term. One read and one tab written; the Proposal tab then shows in registry.xlsx. Nothing is adopted.
  {
    const form = show(
      '13-form-groups',
      'Admin presses Form groups',
      s.press(s.open('onSheetsHomepage'), 'Form groups'),
    );
    const proposed = show(
      '14-proposal',
      'Admin presses Propose: department PLGs, keeping groups within their roster term',
      s.press(form, 'Propose', { configuration: 'department', keep: 'keep' }),
    );
    lines.push(`Form groups (department, keeping current groups): ${notificationText(proposed) ?? ''}`);
    const [header = [], ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Proposal');
    const reasons = rows.map((r) => String(r[header.indexOf('Reason')]));
    const reason = reasons.find((r) => /has \d+ people — too few/.test(r)) ?? reasons.find((r) => /too few/.test(r));
    if (reason) lines.push(`  a small-cohort placement: ${reason}`);
  }

  const used = s.ws.meter.since(before);
  screens.writeIndex();
  const docs = Object.values(s.ws.files).filter(
    (f) => f.mimeType === mimeTypes.document && !f.trashed && !yearSummaryDocName.test(f.name),
  );
  for (const doc of docs) options.write(`agendas/${fileSafe(doc.name)}.html`, exportDocHtml(s.ws, doc.id));
  const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
  for (const form of forms) options.write(`forms/${fileSafe(form.name)}.html`, exportFormHtml(s.ws, form.id));
  options.write('calendar.ics', exportIcs(s.ws, settingValue(s, 'Calendar id')));
  // The PLG report Refresh dashboard wrote into the PLG Hub folder, as the admin would download it.
  const report = Object.values(s.ws.files).find((f) => f.name.startsWith('PLG report — ') && !f.trashed);
  if (report) options.write('dashboard.html', readContent(s.ws, report.id)?.toString('utf8') ?? '');
  // The weekly digests the hourly runs mailed (each reader's latest) and the year summary Docs.
  const digests = writeDigests(s, options.write);
  const summaries = writeYearSummaries(s, options.write);
  lines.push(
    `Weekly digest: ${digests.sent} mailed over the five weeks, to ${digests.people} facilitators and liaisons.`,
  );
  await exportXlsx(s.ws, s.spreadsheetId, `${options.out}/registry.xlsx`);
  const events = allEvents(s.ws).filter((e) => e.status !== 'cancelled').length;
  const invitations = sentInvitations(s.ws).filter((i) => i.kind === 'invitation').length;
  lines.push(
    `Created: 1 PLG calendar with ${events} meeting events (${invitations} invitations sent), ${forms.length} Forms, ${docs.length} agenda Docs.`,
    `Service calls: ${used.total} (modeled Apps Script time ${(used.modeledMs / 1000).toFixed(1)} s)`,
    `Files: registry.xlsx, calendar.ics, dashboard.html (the PLG report), agendas/ (${docs.length} Docs), forms/ (${forms.length} forms), cards/ (${screens.count()} screens), digests/ (${digests.people}), summaries/ (${summaries} year summaries)`,
  );
  // Next school year (issue #18), after this year's files are written: the admin rolls the school to 2027–28.
  lines.push(...(await startNextYearInDemo(s, options.out, show)));
  screens.writeIndex();
  return { lines, school: s };
}

/** What the registry's last run did, as its homepage says it (the registry's own PLG Hub state tab). */
export function lastRun(s: EmulatedSchool): string {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'PLG Hub state').find((r) => r[0] === 'run.last');
  return String(JSON.parse(String(row?.[1] ?? '{}')).summary ?? 'nothing to do');
}

function fileSafe(name: string): string {
  return name
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

function settingValue(s: EmulatedSchool, label: string): string {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === label);
  return String(row?.[1] ?? '');
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim()) ?? '';
}

// The demo's story, step by step, as the people who use PLG Hub would live it. Shared by `npm run demo` and
// the end-to-end test, so the test proves exactly what the demo shows.
import { allEvents } from './calendar';
import { cardText, findButtons, notificationText } from './cards/interact';
import { readSheetValues } from './spreadsheet';
import { renderCardHtml, renderCardIndexHtml } from './export/card-html';
import { exportFormHtml } from './export/form-html';
import { exportIcs } from './export/ics';
import { exportXlsx } from './export/xlsx';
import { startSchool, type EmulatedSchool } from './harness';
import { simulateHealthSurvey, simulateWeeks } from './simulate-weeks';
import { mimeTypes } from './workspace';

export interface DemoOptions {
  out: string;
  seed: number;
  write: (file: string, content: string) => void;
  /** Called with each screen as it is shown (tests compare the rendered preview with the card itself). */
  onCard?: (file: string, card: unknown) => void;
}

export interface DemoResult {
  lines: string[];
  school: EmulatedSchool;
}

export async function runDemo(options: DemoOptions): Promise<string[]> {
  return (await runDemoFlow(options)).lines;
}

export async function runDemoFlow(options: DemoOptions): Promise<DemoResult> {
  const s = startSchool({ seed: options.seed });
  const lines: string[] = [];
  const cards: { file: string; title: string }[] = [];
  const show = (file: string, title: string, shown: unknown) => {
    cards.push({ file: `cards/${file}.html`, title });
    options.onCard?.(`cards/${file}.html`, shown);
    options.write(`cards/${file}.html`, renderCardHtml(shown, { title }));
    return shown;
  };
  const say = (what: string, shown: unknown) => {
    const note = notificationText(shown);
    lines.push(`${what}: ${note ?? firstLine(cardText(shown))}`);
  };

  const before = s.ws.meter.snapshot();
  let shown = show('01-homepage-new', 'Admin opens PLG Hub in a new spreadsheet', s.open('onSheetsHomepage'));
  shown = show('02-set-up', 'Admin presses Set up', s.press(shown, 'Set up'));
  say('Set up', shown);
  s.fillRegistry();
  shown = show('03-homepage', 'Registry status after the school is typed in', s.open('onSheetsHomepage'));
  shown = show('04-validate', 'Admin presses Validate', s.press(shown, 'Validate'));
  say('Validate', shown);

  shown = show('05-preview', 'Admin presses Preview changes', s.press(s.open('onSheetsHomepage'), 'Preview changes'));
  say('Preview', shown);
  const applyButton = findButtons(shown).find((b) => b.text.startsWith('Apply'));
  if (applyButton) {
    shown = show('06-apply', 'Admin presses Apply', s.press(shown, applyButton.text));
    say('Apply', shown);
    for (let presses = 0; presses < 40 && findButtons(shown).some((b) => b.text === 'Continue'); presses++) {
      shown = s.press(shown, 'Continue');
    }
    show('07-apply-done', 'Admin presses Continue until the calendar is in sync', shown);
    say('Sync', shown);
  }
  shown = show('08-preview-again', 'Preview again: nothing left to send', s.press(s.open('onSheetsHomepage'), 'Preview changes'));
  say('Preview again', shown);

  // A teacher opens their next PLG meeting in Calendar.
  const calendarId = settingValue(s, 'Calendar id');
  const teacherEvent = allEvents(s.ws, calendarId).find((e) => e.summary === 'Science PLG' && e.status !== 'cancelled');
  if (teacherEvent) {
    const teacher = teacherEvent.attendees!.map((a) => a.email!).find((e) => e !== s.ws.user.email)!;
    show('09-calendar-event', `${teacher} opens a Science PLG meeting in Calendar`, s.openEvent(teacher, calendarId, teacherEvent.id!));
    show('10-my-plg', `${teacher} opens PLG Hub: My PLG`, s.asUser(teacher, () => s.open('onHomepage')));
  }

  // Five weeks of meetings pass; members answer their meeting's feedback form; the hourly run keeps going.
  const weeks = simulateWeeks(s, new Date('2026-10-02T20:00:00Z'));
  lines.push(`Five weeks later: ${weeks.responses} feedback responses (the ${weeks.quietGroup} group has too few to show).`);
  s.addon.run('onHourlyTick', {});
  lines.push(lastRun(s));
  lines.push(`Health survey: ${simulateHealthSurvey(s)} staff answered.`);
  shown = show('11-dashboard', 'Admin presses Refresh dashboard', s.press(s.open('onSheetsHomepage'), 'Refresh dashboard'));
  say('Refresh dashboard', shown);

  const used = s.ws.meter.since(before);
  options.write('cards/index.html', renderCardIndexHtml(cards));
  const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
  for (const form of forms) options.write(`forms/${fileSafe(form.name)}.html`, exportFormHtml(s.ws, form.id));
  options.write('calendar.ics', exportIcs(s.ws));
  await exportXlsx(s.ws, s.spreadsheetId, `${options.out}/registry.xlsx`);
  lines.push(
    `Service calls: ${used.total} (modeled Apps Script time ${(used.modeledMs / 1000).toFixed(1)} s)`,
    `Files: registry.xlsx, calendar.ics, forms/ (${forms.length} forms), cards/ (${cards.length} screens)`,
  );
  return { lines, school: s };
}

function lastRun(s: EmulatedSchool): string {
  const properties = (s.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getScriptProperties();
  return String(JSON.parse(properties.getProperty('lastRun') ?? '{}').summary ?? 'nothing to do');
}

function fileSafe(name: string): string {
  return name.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase();
}

function settingValue(s: EmulatedSchool, label: string): string {
  const row = readSheetValues(s.ws, s.spreadsheetId, 'Settings').find((r) => r[0] === label);
  return String(row?.[1] ?? '');
}

function firstLine(text: string): string {
  return text.split('\n').find((l) => l.trim()) ?? '';
}


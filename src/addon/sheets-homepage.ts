// Admins' homepage in Sheets: the registry at a glance and every admin action.
import { wallClock } from '../core/registry/cells';
import { registryStatus } from '../core/registry/status';
import { nextStep } from '../core/registry/next-step';
import { openRegistryWithProblems } from '../workspace/registry-problems';
import { describeHoldCause, groupKeyOfMeeting, type Holds } from '../core/sync/holds';
import { button, buttons, card, escapeHtml, fact, linkButton, paragraph, section } from './cards/widgets';
import { nextYearProgress } from '../workspace/next-year';
import { friendlyError } from './friendly-errors';
import { lastRunSummary } from './run-log';
import { RegistryState } from '../workspace/registry-state';
import { activeRegistry } from './registry-context';
import { buildMyPlgCard } from './my-plg-card';
import { readMyDirectory } from '../workspace/directory-store';

export function onHomepage(): GoogleAppsScript.Card_Service.Card {
  const me = Session.getActiveUser().getEmail().toLowerCase();
  const mine = readMyDirectory(me);
  if (mine.length > 0) return buildMyPlgCard(me, mine);
  return card('Professional Learning Groups', [
    section(undefined, [
      paragraph(
        "PLG Hub keeps your school's Professional Learning Groups running: who is in each group, who facilitates, " +
          'and when and where it meets.',
      ),
      paragraph(
        "• Admins: open the PLG registry spreadsheet.<br>• Teachers: open a PLG meeting in Calendar.<br>• Facilitators: open a meeting's agenda Doc.",
      ),
    ]),
  ]);
}

/** "Held until fixed": what could not be read, and so is left exactly as it is (core/sync/holds.ts). */
function heldFact(holds: Holds, names: ReadonlyMap<string, string>) {
  if (holds.all) return [fact('Held until fixed', 'Every meeting', describeHoldCause(holds.all))];
  const groups = [...holds.groups.keys()].map((id) => names.get(id) ?? id);
  const meetings = [...holds.meetings.keys()].filter((k) => !holds.groups.has(groupKeyOfMeeting(k)));
  if (groups.length + meetings.length === 0) return [];
  const what = [
    groups.length > 2 ? `${groups.length} groups` : groups.join(', '),
    meetings.length ? `${meetings.length} meeting${meetings.length === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const first = holds.groups.values().next().value ?? holds.meetings.values().next().value;
  return [fact('Held until fixed', what, first ? `${describeHoldCause(first)} — see the Problems tab` : undefined)];
}

export function onSheetsHomepage(): GoogleAppsScript.Card_Service.Card {
  const spreadsheet = activeRegistry();
  if (!spreadsheet) return onHomepage();
  try {
    return buildStatusCard(spreadsheet);
  } catch (error) {
    // Opening the homepage reads the whole registry; a quota or "slow down" there is said in plain words.
    console.error('Homepage failed', error);
    return card('PLG registry', [
      section(undefined, [
        paragraph(escapeHtml(friendlyError(error, false).message)),
        buttons(button('Try again', 'onShowHome')),
      ]),
    ]);
  }
}

export function onSheetsFileScopeGranted(): GoogleAppsScript.Card_Service.Card {
  return onSheetsHomepage();
}

export function buildStatusCard(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): GoogleAppsScript.Card_Service.Card {
  const { open: registry, problems } = openRegistryWithProblems(spreadsheet, new Date());
  if (!registry.tabs.has('Settings')) {
    return card('Set up this spreadsheet', [
      section(undefined, [
        paragraph(
          'This spreadsheet is not a PLG registry yet. <b>Set up</b> adds the tabs PLG Hub needs — Settings, Staff, ' +
            'Groups, Members, Meetings, Attendance, Closures, Goals and Protocols — with notes on every column. ' +
            'Nothing already here is moved or erased.',
        ),
        buttons(button('Set up', 'onSetUp', {}, true)),
      ]),
    ]);
  }
  const read = registry.read.registry;
  const timeZone = read?.settings.timeZone ?? 'America/New_York';
  const status = registryStatus(read, problems, wallClock(new Date(), timeZone).date);
  const last = lastRunSummary(RegistryState.of(registry), read, {
    timeZone: registry.cellTimeZone,
    locale: spreadsheet.getSpreadsheetLocale(),
  });
  const next = nextStep(status, problems, { settingsRead: read !== undefined, synced: last !== undefined });
  return card(read?.settings.school || 'PLG registry', [
    ...(next ? [section('Next step', [fact(next.title, next.detail)])] : []),
    section('At a glance', [
      fact('Staff placed in a PLG', `${status.staffPlaced} of ${status.activeStaff}`),
      fact('Groups', String(status.groups), `${status.meetings} meetings scheduled`),
      fact(
        'Problems',
        status.errors + status.warnings === 0
          ? 'None found'
          : `${status.errors} to fix, ${status.warnings} to consider`,
        'Validate lists them on the Problems tab',
      ),
      ...heldFact(
        registry.read.holds,
        new Map(
          (read?.groups ?? []).flatMap((g) =>
            [g.row.id, g.row.key].flatMap((id) => (id ? [[id.toUpperCase(), g.row.name]] : [])),
          ),
        ),
      ),
      fact('Last sync', last ?? 'Not synced yet'),
    ]),
    section('Registry', [
      buttons(button('Validate', 'onValidate'), button('Set up', 'onSetUp'), button('Import staff', 'onImportStaff')),
      buttons(button('Settings', 'onShowSettings'), button('My PLG', 'onMyPlg'), button('Form groups', 'onFormGroups')),
    ]),
    section('Calendar', [
      paragraph('Preview shows every invitation PLG Hub would send or change. Nothing is sent until you apply it.'),
      buttons(button('Preview changes', 'onPreview', {}, true)),
    ]),
    section('Agendas', [
      paragraph(
        `An agenda Doc for each meeting ${agendaWindow(read?.settings.agendaLeadDays)}, built from its protocol; outcomes and attendance come back to the registry.`,
      ),
      buttons(button('Generate agendas', 'onGenerateAgendas'), button('Read agendas back', 'onReadAgendasBack')),
      buttons(button('Choose protocols', 'onChooseProtocols')),
    ]),
    section('Feedback', [
      paragraph(
        "Counts the feedback forms' responses and shows what the school's PLGs add up to, on the Dashboard tab.",
      ),
      buttons(button('Refresh dashboard', 'onRefreshDashboard'), button('Send survey', 'onSendSurvey')),
    ]),
    nextYearSection(RegistryState.of(registry), read?.settings.yearStart),
  ]);
}

/** Next school year: the button, or — once it is made — the way to it (workspace/next-year.ts). */
function nextYearSection(state: RegistryState, yearStart: string | undefined) {
  const progress = nextYearProgress(state);
  if (progress?.done && progress.yearStart === yearStart && progress.url) {
    return section('School year', [
      paragraph("Next school year's registry is made; this one keeps this year's calendar, agendas and records."),
      buttons(linkButton('Open next year’s registry', progress.url)),
    ]);
  }
  return section('School year', [
    paragraph("Makes next year's registry from this one: a preview first, nothing made until you confirm."),
    buttons(button('Start next school year', 'onNextYearPreview')),
  ]);
}

/** "in the next 7 days": Settings ▸ Agenda lead days, said as the number it is. */
function agendaWindow(days: number | undefined): string {
  if (days === undefined) return 'ahead of it (Settings ▸ Agenda lead days)';
  if (days === 0) return 'on the day it meets';
  return `in the next ${days} ${days === 1 ? 'day' : 'days'}`;
}

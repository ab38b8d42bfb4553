// One sync pass over the registry: generate the Meetings tab from the schedule (keeping every hand edit), read
// the PLG calendar, and plan the calendar changes. Preview stops there; Apply then writes a budgeted slice.
import type { CalendarPlan, WantedMeetingEvent } from '../core/calendar/calendar-plan';
import { planCalendar } from '../core/calendar/calendar-plan';
import { wallClock } from '../core/registry/cells';
import type { ReadRow } from '../core/registry/read-tab';
import type { Registry } from '../core/registry/registry';
import { groupsTab, meetingsTab, type MeetingRow } from '../core/registry/tabs';
import { protocolsTab } from '../core/protocols/protocols-tab';
import type { MeetingsMerge } from '../core/schedule/merge-meetings';
import type { MeetingSlot } from '../core/schedule/meeting-slot';
import { zonedInstant } from '../core/schedule/zoned-time';
import { scheduleMeetings } from '../core/sync/schedule-meetings';
import { wantedMeetingEvents } from '../core/sync/wanted-events';
import { invitesAnyone, planWelcomes, type WelcomePlan } from '../core/sync/welcome-plan';
import { ensurePlgCalendar, listCalendarEvents, type CalendarEvents } from './plg-calendar';
import { openRegistry, type OpenRegistry } from './registry-io';
import { RegistryState } from './registry-state';
import { rotateMeetingRoles } from './role-rotation';
import { cellsByHeader } from './row-cells';
import type { SheetTab } from './sheet-tab';
import { UserFacingError } from './user-facing-error';
import { welcomeRecords } from './welcome-send';

export interface SyncPass {
  open: OpenRegistry;
  registry: Registry;
  meetings: ReadRow<MeetingRow>[];
  meetingsAdded: number;
  meetingsChanged: number;
  /** Make-up meetings this pass added to the Meetings tab (closures left their month below the minimum). */
  makeUps: MeetingSlot[];
  calendarId?: string;
  /** True once the calendar is known to be this registry's own (checked, or made): Apply writes only then. */
  calendarBound: boolean;
  /** The PLG calendar's events as listed by this pass, so a re-plan in the same execution need not list again. */
  events: CalendarEvents;
  now: Date;
  plan: CalendarPlan;
  /** The events the registry wants (the plan's input), for the welcome emails' meeting lists. */
  wanted: WantedMeetingEvent[];
  /** Quiet start's welcome emails this plan would send (core/sync/welcome-plan.ts). */
  welcomes: WelcomePlan;
}

/**
 * Reads everything and plans; `createCalendar` binds the PLG calendar for writing (making it when there is none
 * yet, Apply only). One read of the registry and one listing of the calendar: everything after it in the same
 * execution works from what this pass holds (boundForWriting, withRowsAsWritten).
 */
export function syncPass(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  now: Date,
  createCalendar: boolean,
): SyncPass {
  // With the Protocols tab, so Preview and Apply can refresh the Problems tab from the same read.
  const open = openRegistry(spreadsheet, [protocolsTab.name]);
  const registry = open.read.registry;
  const meetingsSheet = open.tabs.get(meetingsTab.name);
  if (!registry || !meetingsSheet) {
    throw new UserFacingError('The Settings or Meetings tab cannot be read — press Validate to see what to fix.');
  }
  const { settings } = registry;
  const { holds } = open.read;
  const today = wallClock(now, settings.timeZone).date;
  const merge = scheduleMeetings(registry, today, holds);
  fillGroupKeys(open, registry);
  // Roles before the plan: every event is written once, with its presenter already named (role-rotation.ts).
  const { meetings } = rotateMeetingRoles(meetingsSheet, registry, writeMerge(meetingsSheet, merge), today, holds);
  const bound = createCalendar ? bindCalendar(open, registry) : undefined;
  const calendarId = bound?.id ?? settings.calendarId;
  const events = calendarId && !bound?.madeNow ? eventsOf(registry, calendarId) : noEvents;
  const pass: PassInput = {
    open,
    registry: withCalendarId(registry, calendarId),
    meetings,
    meetingsAdded: merge.append.length,
    makeUps: merge.makeUps,
    meetingsChanged: merge.update.length + merge.cancel.length,
    calendarId,
    calendarBound: createCalendar,
    events,
    now,
  };
  return { ...pass, ...planOf(pass) };
}

/**
 * The pass Preview-checked Apply planned, made ready to write: the calendar is checked to be this registry's (or
 * made). The plan stands unless that gave a different calendar than the one listed — a new one, or one a stopped
 * run made and never recorded — whose events are then listed and planned against.
 */
export function boundForWriting(pass: SyncPass): SyncPass {
  if (pass.calendarBound) return pass;
  const { id: calendarId, madeNow } = bindCalendar(pass.open, pass.registry);
  if (calendarId === pass.calendarId) return { ...pass, calendarBound: true };
  const next = {
    ...pass,
    registry: withCalendarId(pass.registry, calendarId),
    calendarId,
    calendarBound: true,
    // A calendar made just now is empty: listing it would only spend a call.
    events: madeNow ? noEvents : eventsOf(pass.registry, calendarId),
  };
  return { ...next, ...planOf(next) };
}

/**
 * The registry as read, with the calendar this execution bound (made, on a first Apply): what is written later in
 * the same execution — the teachers' card files name it, and a Calendar card shows a meeting only from the calendar
 * its card file names — must not carry the empty Settings cell read before the calendar existed.
 */
function withCalendarId(registry: Registry, calendarId: string | undefined): Registry {
  if (!calendarId || registry.settings.calendarId === calendarId) return registry;
  return { ...registry, settings: { ...registry.settings, calendarId } };
}

/**
 * The same pass re-planned after this execution wrote feedback links into the Meetings tab: the rows are taken
 * from the tab as written (it keeps what it wrote), the calendar from the pass — nothing is read again.
 */
export function withRowsAsWritten(pass: SyncPass): SyncPass {
  const sheet = pass.open.tabs.get(meetingsTab.name)!;
  const header = meetingsTab.columns.feedback.header;
  const meetings = pass.meetings.map((meeting) => {
    const feedback = String(sheet.get(meeting.rowNumber, header) ?? '').trim() || undefined;
    return feedback === meeting.row.feedback ? meeting : { ...meeting, row: { ...meeting.row, feedback } };
  });
  const next = { ...pass, meetings };
  return { ...next, ...planOf(next) };
}

const noEvents: CalendarEvents = { ours: {}, others: [] };

function bindCalendar(open: OpenRegistry, registry: Registry): { id: string; madeNow: boolean } {
  return ensurePlgCalendar(open.tabs.get('Settings')!, registry.settings, open.id);
}

function eventsOf(registry: Registry, calendarId: string): CalendarEvents {
  const { settings } = registry;
  return readableCalendar(() =>
    listCalendarEvents(
      calendarId,
      zonedInstant(settings.yearStart, '00:00', settings.timeZone),
      zonedInstant(settings.yearEnd, '23:59', settings.timeZone),
    ),
  );
}

type PassInput = Omit<SyncPass, 'plan' | 'wanted' | 'welcomes'>;

function planOf(pass: PassInput): Pick<SyncPass, 'plan' | 'wanted' | 'welcomes'> {
  const { holds } = pass.open.read;
  const recorded = Object.fromEntries(
    pass.meetings.map(({ row }) => [row.key, { eventId: row.eventId, synced: row.synced }]),
  );
  const wanted = wantedMeetingEvents(pass.registry, pass.meetings, pass.now, holds);
  const plan = planCalendar({
    holds,
    wanted,
    recorded,
    live: pass.events.ours,
    otherEvents: pass.events.others,
    now: pass.now,
  });
  const welcomes = planWelcomes({
    plan,
    live: pass.events.ours,
    records: welcomeRecords(RegistryState.of(pass.open)),
    quietStart: pass.registry.settings.quietStart,
    wanted,
    // Only a pass whose counts are shown (Preview, Apply's check) asks who runs it; a slice's counts are not shown.
    actingUser: invitesAnyone(plan) && !pass.calendarBound ? actingUser(pass.open) : undefined,
  });
  return { plan, wanted, welcomes };
}

const actingUsers = new WeakMap<OpenRegistry, string>();

/** Who runs this execution (Calendar mails everyone but them), asked once per execution and only when needed. */
function actingUser(open: OpenRegistry): string {
  let me = actingUsers.get(open);
  if (me === undefined) actingUsers.set(open, (me = Session.getEffectiveUser().getEmail().trim().toLowerCase()));
  return me;
}

/** Google answers "not found" for a calendar the person cannot see: another registry's, or one deleted. */
function readableCalendar<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!/not ?found|404|no access|insufficient/i.test(String((error as Error).message ?? error))) throw error;
    throw new UserFacingError(
      'Settings ▸ Calendar id names a calendar PLG Hub cannot open here — it belongs to another registry, or was deleted. Clear the cell and Apply makes this registry its own PLG calendar.',
    );
  }
}

/**
 * Gives each group that has none its PLG Hub key: the id it has now. Meeting keys are built from it, so renaming
 * the Group id later keeps the group's meetings, events and forms (core/registry/cross-checks.ts).
 */
function fillGroupKeys(open: OpenRegistry, registry: Registry): void {
  const sheet = open.tabs.get(groupsTab.name);
  const header = groupsTab.columns.key.header;
  if (!sheet?.columnOf(header)) return; // a registry from before the column: Set up adds it
  for (const { row, rowNumber } of registry.groups) if (!row.key) sheet.set(rowNumber, header, row.id);
  sheet.flush();
}

/** Writes the schedule's changes to the Meetings tab (one setValues per block) and returns every meeting row. */
function writeMerge(sheet: SheetTab, merge: MeetingsMerge): ReadRow<MeetingRow>[] {
  const changed = [...merge.update, ...merge.cancel];
  for (const { row, rowNumber } of changed) {
    const cells = cellsByHeader(meetingsTab, {
      date: row.date,
      startTime: row.startTime,
      minutes: row.minutes,
      location: row.location,
      status: row.status,
      generatedAs: row.generatedAs,
    });
    for (const [header, value] of Object.entries(cells)) sheet.set(rowNumber, header, value);
  }
  const appended = merge.append.map((row) => ({ row, rowNumber: sheet.append(cellsByHeader(meetingsTab, row)) }));
  sheet.flush();
  return [...merge.keep, ...merge.untouched, ...changed, ...appended].sort((a, b) => a.rowNumber - b.rowNumber);
}

// Runs the peer-style script (peer-script.ts) beside PLG Hub on the same meetings: its own Workspace, with the
// same admin, clock and CPU accounting, and a sheet holding exactly the meetings PLG Hub's calendar holds (each
// event's title, time, room and guests). The admin keeps that sheet in step by hand between scenarios, outside
// the measured window, as they type into PLG Hub's registry; the script is then run until it gets through
// every row, each run one execution with the 6-minute limit.
import { allEvents, calendarState } from '../calendar';
import { appsScriptCpuFactor } from '../cpu-time';
import type { EmulatedSchool } from '../harness';
import { executionLimitMs } from '../meter';
import { loadAddon, type LoadedAddon } from '../runtime';
import { appsScriptGlobals } from '../services';
import { readSheetValues, setActiveSpreadsheet } from '../spreadsheet';
import { Workspace } from '../workspace';
import { peerEntryPoint, peerHeaders, peerScript } from './peer-script';

export interface PeerFigures {
  calls: number;
  callsByKind: Record<string, number>;
  modeledSeconds: number;
  runs: number;
  /** The longest run against the 6-minute limit. */
  longestRunSeconds: number;
  withinLimits: boolean;
}

/** A script that never gets through its rows is stopped after this many runs. */
const runLimit = 100;

export class PeerBaseline {
  private readonly ws: Workspace;
  private readonly addon: LoadedAddon;
  private readonly sheet: GoogleAppsScript.Spreadsheet.Sheet;
  private readonly spreadsheetId: string;

  constructor(private readonly school: EmulatedSchool) {
    this.ws = new Workspace({
      now: school.ws.now(),
      user: { ...school.ws.user },
      scriptTimeZone: school.ws.scriptTimeZone,
    });
    this.ws.meter.cpu.factor = appsScriptCpuFactor;
    const globals = appsScriptGlobals(this.ws);
    const app = globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const spreadsheet = app.create('Meetings to calendar');
    this.spreadsheetId = spreadsheet.getId();
    this.sheet = spreadsheet.getSheets()[0]!;
    setActiveSpreadsheet(this.ws, this.spreadsheetId);
    this.addon = loadAddon(this.ws, peerScript, globals, { timeZone: school.ws.scriptTimeZone });
  }

  /**
   * The admin makes the sheet list the meetings PLG Hub's calendar now holds, keeping the event id the
   * script wrote beside each meeting it already made. Not measured.
   */
  copyMeetings(): void {
    const before = readSheetValues(this.ws, this.spreadsheetId, this.sheet.getName());
    const keyColumn = peerHeaders.indexOf('Key');
    const idColumn = peerHeaders.indexOf('Event id');
    const madeIds = new Map(before.slice(1).map((row) => [String(row[keyColumn]), row[idColumn]]));
    const rows = plgHubMeetings(this.school).map((m) => [
      m.key,
      m.title,
      m.start,
      m.end,
      m.location,
      m.guests,
      madeIds.get(m.key) ?? '',
    ]);
    this.sheet.clearContents();
    const values = [[...peerHeaders], ...rows];
    if (values.length > this.sheet.getMaxRows())
      this.sheet.insertRowsAfter(this.sheet.getMaxRows(), values.length - this.sheet.getMaxRows());
    this.sheet.getRange(1, 1, values.length, peerHeaders.length).setValues(values);
  }

  /** Runs the script until a run gets through every row (the admin pressing Run again after each stop). */
  sync(): PeerFigures {
    this.ws.clock.nowMs = Math.max(this.ws.clock.nowMs, this.school.ws.clock.nowMs);
    const before = this.ws.meter.snapshot();
    let runs = 0;
    let longestMs = 0;
    let finished = false;
    while (!finished && runs < runLimit) {
      finished = this.addon.run(peerEntryPoint) === true;
      runs += 1;
      longestMs = Math.max(longestMs, this.ws.meter.executionMs);
    }
    const used = this.ws.meter.since(before);
    return {
      calls: used.total,
      callsByKind: used.counts,
      modeledSeconds: used.modeledMs / 1000,
      runs,
      longestRunSeconds: longestMs / 1000,
      withinLimits: finished && longestMs <= executionLimitMs,
    };
  }
}

interface Meeting {
  key: string;
  title: string;
  start: Date;
  end: Date;
  location: string;
  guests: string;
}

/** The meetings on PLG Hub's own calendars (not anyone's primary one), as a person would copy them out. */
function plgHubMeetings(s: EmulatedSchool): Meeting[] {
  const calendars = Object.values(calendarState(s.ws).calendars).filter((c) => !c.primary);
  return calendars
    .flatMap((c) => allEvents(s.ws, c.id))
    .filter((e) => e.status !== 'cancelled' && e.start?.dateTime && e.end?.dateTime)
    .map((e) => ({
      key: e.id,
      title: e.summary ?? '',
      start: new Date(e.start!.dateTime!),
      end: new Date(e.end!.dateTime!),
      location: e.location ?? '',
      guests: (e.attendees ?? []).map((a) => a.email).join(','),
    }))
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.key.localeCompare(b.key));
}

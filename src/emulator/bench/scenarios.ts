// The benchmark's scenarios at one school size: the first full sync, a re-sync with nothing to do, one member
// moved, one meeting moved, and the term's later jobs where the add-on has them. Each is measured from the
// admin's first click to the last execution it causes; typing into the registry happens before the window.
import { performance } from 'node:perf_hooks';
import { notificationText } from '../cards/interact';
import { appsScriptCpuFactor } from '../cpu-time';
import { startSchool, type EmulatedSchool } from '../harness';
import { continueUntilDone, offersContinue, previewAndApply, setUpAndFill } from './admin-sync';
import { callFloor, footprint, type CallFloor } from './call-floor';
import { ExecutionRecorder } from './execution-recorder';
import { passAnHour } from './hourly-trigger';
import { PeerBaseline, type PeerFigures } from './peer-baseline';
import { moveOneMeeting, moveOneMember, removeOneMember } from './registry-edits';
import { readSheetValues } from '../spreadsheet';
import { spreadsheetData } from '../spreadsheet/model';
import { allEvents } from '../calendar';
import { settingValue } from './sync-outcome';

export interface SchoolSize {
  name: string;
  staff: number;
}

export const schoolSizes: SchoolSize[] = [
  { name: 'demo school', staff: 90 },
  { name: 'large school', staff: 300 },
  { name: 'district', staff: 2_000 },
];

export interface ScenarioFigures {
  school: string;
  staff: number;
  groups: number;
  scenario: string;
  note: string;
  calls: number;
  callsByKind: Record<string, number>;
  modeledSeconds: number;
  /** The part of modeledSeconds that is PLG Hub's own JavaScript, scaled to Apps Script (cpu-time.ts). */
  cpuSeconds: number;
  executions: number;
  tightestExecution: { entryPoint: string; modeledSeconds: number; limitSeconds: number; nodeSeconds: number } | null;
  withinLimits: boolean;
  floor: CallFloor;
  ratioToFloor: number;
  peakHeapMb: number;
  wallSeconds: number;
  /** For syncs: whether Preview, asked afterwards (not counted), finds the calendar matching the registry. */
  inSyncAfter?: boolean;
  /** For syncs: the peer-style script (peer-script.ts) bringing its calendar to the same meetings. */
  peer?: PeerFigures;
}

export interface Unavailable {
  school: string;
  scenario: string;
  unavailable: string;
}

/** How the first sync is finished: pressing Continue, or (for the district) Apply once and the hourly run. */
export type Finish = 'continue' | 'hourly run';

const hourlyRunLimit = 100;
const surveyPressLimit = 50;

class BenchSchool {
  readonly s: EmulatedSchool;
  readonly recorder: ExecutionRecorder;
  /** A Sync card from the first sync still offering Continue: pressing it again is a no-work Apply. */
  staleContinue?: unknown;
  private peerBaseline?: PeerBaseline;

  constructor(readonly size: SchoolSize) {
    this.s = startSchool({ seed: 1, staff: size.staff, withFindings: false, cpuFactor: appsScriptCpuFactor });
    this.recorder = new ExecutionRecorder(this.s);
    setUpAndFill(this.s);
  }

  /** The peer-style script brought to the meetings PLG Hub's calendar now holds (typed in, then run). */
  peer(): PeerFigures {
    this.peerBaseline ??= new PeerBaseline(this.s);
    this.peerBaseline.copyMeetings();
    return this.peerBaseline.sync();
  }

  measure(scenario: string, work: (home: unknown) => string): ScenarioFigures {
    const home = this.s.open('onSheetsHomepage');
    const before = footprint(this.s);
    const meterBefore = this.s.ws.meter.snapshot();
    this.recorder.reset();
    const started = performance.now();
    const note = work(home);
    const wallSeconds = (performance.now() - started) / 1000;
    this.recorder.sampleHeap();
    const used = this.s.ws.meter.since(meterBefore);
    const floor = callFloor(before, footprint(this.s));
    const tightest = this.recorder.tightest();
    return {
      school: this.size.name,
      staff: this.s.school.tabs.Staff!.length,
      groups: this.s.school.tabs.Groups!.length,
      scenario,
      note,
      calls: used.total,
      callsByKind: used.counts,
      modeledSeconds: used.modeledMs / 1000,
      cpuSeconds: used.cpuMs / 1000,
      executions: this.recorder.executions.length,
      tightestExecution: tightest
        ? {
            entryPoint: tightest.entryPoint,
            modeledSeconds: tightest.modeledMs / 1000,
            limitSeconds: tightest.limitMs / 1000,
            nodeSeconds: tightest.nodeMs / 1000,
          }
        : null,
      withinLimits: this.recorder.executions.every((e) => e.modeledMs <= e.limitMs),
      floor,
      ratioToFloor: floor.total ? used.total / floor.total : 0,
      peakHeapMb: this.recorder.peakHeapBytes / 2 ** 20,
      wallSeconds,
    };
  }
}

function firstSync(b: BenchSchool, finish: Finish): ScenarioFigures {
  return b.measure('first full sync', (home) => {
    const preview = b.s.press(home, 'Preview changes');
    const apply = b.s.press(preview, findApply(preview));
    if (offersContinue(apply)) b.staleContinue = apply;
    if (finish === 'continue') return `Apply + ${continueUntilDone(b.s, apply).presses} Continue`;
    let hours = 0;
    let afterFirstHour = '';
    while (syncPending(b.s) && hours < hourlyRunLimit) {
      passAnHour(b.s);
      hours += 1;
      if (hours === 1) afterFirstHour = `${liveEvents(b.s).toLocaleString('en-US')} events on the calendar`;
    }
    return `Apply + ${hours} hourly runs; after the first hourly run, ${afterFirstHour}`;
  });
}

/** The PLG calendar's events guests see, read from the emulator's saved state (no call counted). */
function liveEvents(s: EmulatedSchool): number {
  const id = settingValue(s, 'Calendar id');
  return id ? allEvents(s.ws, id).filter((e) => e.status !== 'cancelled').length : 0;
}

/**
 * Asks Preview, outside the measured window, whether the sync really finished; then runs the peer-style
 * script on the same meetings, so the scenario shows both.
 */
function checkedInSync(b: BenchSchool, figures: ScenarioFigures): ScenarioFigures {
  const preview = b.s.press(b.s.open('onSheetsHomepage'), 'Preview changes');
  const inSyncAfter = /nothing to send/i.test(notificationText(preview) ?? '');
  return {
    ...figures,
    inSyncAfter,
    peer: b.peer(),
    note: inSyncAfter ? figures.note : `${figures.note} — NOT IN SYNC afterwards: ${notificationText(preview)}`,
  };
}

function findApply(preview: unknown): string {
  const found = /Apply \d+ changes/.exec(JSON.stringify(preview));
  if (!found) throw new Error(`Preview offers no Apply: ${notificationText(preview)}`);
  return found[0];
}

/**
 * Whether the sync Apply started still has work: its running count (workspace/sync-totals.ts) in the registry's
 * state tab says it has not finished. Read from the emulator's saved state, so looking costs no call. The count
 * is the sync's own — its forms, events, welcome emails and teachers' cards; the agenda Docs the hourly run makes
 * for the coming week once the sync is done, and the links they add to events, are the next hour's work.
 */
function syncPending(s: EmulatedSchool): boolean {
  const state = spreadsheetData(s.ws, s.spreadsheetId).sheets.some((sheet) => sheet.name === 'PLG Hub state')
    ? readSheetValues(s.ws, s.spreadsheetId, 'PLG Hub state')
    : [];
  const totals = state.find((row) => row[0] === 'sync.totals');
  if (!totals) return state.some((row) => row[0] === 'sync.pending' && String(row[1]) === '1');
  return !(JSON.parse(String(totals[1])) as { finished?: boolean }).finished;
}

function noOpResync(b: BenchSchool): ScenarioFigures {
  return b.measure('no-op re-sync', (home) => {
    const preview = b.s.press(home, 'Preview changes');
    if (/Apply \d+ changes/.test(JSON.stringify(preview)))
      return `Preview still offered ${findApply(preview)}: the first sync left work`;
    if (!b.staleContinue) return 'Preview only (nothing to apply, and no Continue card to press again)';
    b.s.press(b.staleContinue, 'Continue');
    return 'Preview + Continue pressed again on an old Sync card';
  });
}

function afterEdit(b: BenchSchool, scenario: string, edit: () => string): ScenarioFigures {
  const what = edit();
  return b.measure(scenario, (home) => {
    const { presses } = previewAndApply(b.s, home);
    return `${what}; Preview + ${presses} Apply/Continue`;
  });
}

function surveySend(b: BenchSchool): ScenarioFigures | Unavailable {
  if (!b.s.addon.names.includes('onSendSurvey'))
    return { school: b.size.name, scenario: 'survey send', unavailable: 'not available yet' };
  return b.measure('survey send', (home) => {
    let said = notificationText(b.s.press(home, 'Send survey')) ?? '';
    let presses = 1;
    while (/more will get it/.test(said) && presses < surveyPressLimit) {
      said = notificationText(b.s.press(b.s.open('onSheetsHomepage'), 'Send survey')) ?? '';
      presses += 1;
    }
    return `${presses} Send survey presses: ${said}`;
  });
}

/** A term (12 weeks) of agendas: each week the admin presses Generate agendas, as the hourly run would. */
function termOfAgendas(b: BenchSchool): ScenarioFigures {
  return b.measure('term of agendas', () => {
    const before = b.s.ws.meter.snapshot();
    let made = 0;
    let presses = 0;
    for (let week = 0; week < 12; week++) {
      if (week > 0) b.s.ws.clock.nowMs += 7 * 24 * 3600_000;
      for (let again = true; again && presses < agendaPressLimit;) {
        const said = notificationText(b.s.press(b.s.open('onSheetsHomepage'), 'Generate agendas')) ?? '';
        presses += 1;
        made += Number(/Made (\d+)/.exec(said)?.[1] ?? 0);
        again = /more will be made/.test(said);
      }
    }
    const docCalls = Object.entries(b.s.ws.meter.since(before).counts)
      .filter(([kind]) => kind.startsWith('DocumentApp') || kind.startsWith('DriveApp'))
      .reduce((n, [, c]) => n + c, 0);
    const perDoc = made ? (docCalls / made).toFixed(1) : '0';
    return `${made} agenda Docs in ${presses} presses over 12 weeks; ${perDoc} Docs/Drive calls per agenda`;
  });
}

const agendaPressLimit = 200;

/** Runs every scenario at one school size, in the order a school lives them. */
export function* scenariosAt(size: SchoolSize, finish: Finish): Generator<ScenarioFigures | Unavailable> {
  const b = new BenchSchool(size);
  yield checkedInSync(b, firstSync(b, finish));
  yield checkedInSync(b, noOpResync(b));
  yield checkedInSync(
    b,
    afterEdit(b, 'one member moved', () => moveOneMember(b.s)),
  );
  yield checkedInSync(
    b,
    afterEdit(b, 'one meeting moved', () => moveOneMeeting(b.s)),
  );
  // The performance issue's own re-sync scenario, measured on its peers: both edits, then one Preview and Apply.
  yield checkedInSync(
    b,
    afterEdit(b, 'one meeting moved and one member removed', () => `${moveOneMeeting(b.s)}; ${removeOneMember(b.s)}`),
  );
  yield termOfAgendas(b);
  yield surveySend(b);
}

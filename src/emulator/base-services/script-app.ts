// ScriptApp's installable triggers, as a Google Workspace add-on may use them: time-driven triggers
// repeat at most hourly ("Add-ons can use time-driven triggers at most once per hour",
// https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers), and a user
// may hold at most 20 triggers per script (https://developers.google.com/apps-script/guides/services/quotas).
// Triggers are recorded here; firing them is the runtime's job (see listTriggers).
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { issueToken } from '../urlfetch/oauth-tokens';

export interface TriggerRecord {
  uniqueId: string;
  handlerFunction: string;
  owner: string;
  eventType: 'CLOCK' | 'ON_OPEN' | 'ON_EDIT' | 'ON_FORM_SUBMIT' | 'ON_CHANGE';
  triggerSource: 'CLOCK' | 'SPREADSHEETS' | 'FORMS';
  triggerSourceId: string | null;
  /** Repeating clock triggers: the interval. */
  everyMs: number | null;
  /** One-shot clock triggers: when it fires. */
  atMs: number | null;
  atHour: number | null;
  nearMinute: number | null;
  weekDay: string | null;
  timeZone: string;
  createdMs: number;
}

interface TriggerState {
  triggers: TriggerRecord[];
  nextId: number;
}

const maxTriggersPerUser = 20;
const hourMs = 60 * 60 * 1000;

function triggerState(ws: Workspace): TriggerState {
  return ws.slice<TriggerState>('triggers', () => ({ triggers: [], nextId: 1 }));
}

/** Every installed trigger of every user, for the runtime or a test to fire. */
export function listTriggers(ws: Workspace): TriggerRecord[] {
  return triggerState(ws).triggers;
}

type Trigger = GoogleAppsScript.Script.Trigger;
type Draft = Omit<TriggerRecord, 'uniqueId' | 'owner' | 'createdMs'>;

class EmulatedTrigger implements Pick<
  Trigger,
  'getHandlerFunction' | 'getUniqueId' | 'getEventType' | 'getTriggerSource' | 'getTriggerSourceId'
> {
  constructor(
    private readonly ws: Workspace,
    readonly uniqueId: string,
  ) {}

  getHandlerFunction(): string {
    return this.record('getHandlerFunction').handlerFunction;
  }

  getUniqueId(): string {
    this.ws.meter.call('ScriptApp.Trigger.getUniqueId');
    return this.uniqueId;
  }

  getEventType(): GoogleAppsScript.Script.EventType {
    return this.record('getEventType').eventType as unknown as GoogleAppsScript.Script.EventType;
  }

  getTriggerSource(): GoogleAppsScript.Script.TriggerSource {
    return this.record('getTriggerSource').triggerSource as unknown as GoogleAppsScript.Script.TriggerSource;
  }

  /** The spreadsheet or form id; null for a clock trigger (Google's typings leave the null out). */
  getTriggerSourceId(): string {
    return this.record('getTriggerSourceId').triggerSourceId as string;
  }

  private record(method: string): TriggerRecord {
    this.ws.meter.call(`ScriptApp.Trigger.${method}`);
    const record = triggerState(this.ws).triggers.find((t) => t.uniqueId === this.uniqueId);
    if (!record) throw new Error(`Emulated trigger ${this.uniqueId} was deleted`);
    return record;
  }
}

function triggerHandle(ws: Workspace, uniqueId: string): Trigger {
  return new EmulatedTrigger(ws, uniqueId) as unknown as Trigger;
}

function install(ws: Workspace, draft: Draft): Trigger {
  ws.meter.call('ScriptApp.TriggerBuilder.create');
  const state = triggerState(ws);
  if (draft.triggerSource === 'CLOCK' && draft.everyMs !== null && draft.everyMs < hourMs) {
    throw appsScriptError('The recurrence interval for an Add-on trigger must be at least one hour.');
  }
  if (state.triggers.filter((t) => t.owner === ws.user.email).length >= maxTriggersPerUser) {
    throw appsScriptError(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  const uniqueId = String(1_000_000 + state.nextId++);
  state.triggers.push({ ...draft, uniqueId, owner: ws.user.email, createdMs: ws.clock.nowMs });
  return triggerHandle(ws, uniqueId);
}

function blankDraft(ws: Workspace, handlerFunction: string): Draft {
  return {
    handlerFunction,
    eventType: 'CLOCK',
    triggerSource: 'CLOCK',
    triggerSourceId: null,
    everyMs: null,
    atMs: null,
    atHour: null,
    nearMinute: null,
    weekDay: null,
    timeZone: ws.user.timeZone,
  };
}

type ClockMethods =
  | 'after'
  | 'at'
  | 'atHour'
  | 'nearMinute'
  | 'everyMinutes'
  | 'everyHours'
  | 'everyDays'
  | 'everyWeeks'
  | 'onWeekDay'
  | 'inTimezone'
  | 'create';
type ClockTriggerBuilder = GoogleAppsScript.Script.ClockTriggerBuilder;

class EmulatedClockTriggerBuilder implements Pick<ClockTriggerBuilder, ClockMethods> {
  constructor(
    private readonly ws: Workspace,
    private readonly draft: Draft,
  ) {}

  after(durationMilliseconds: number): ClockTriggerBuilder {
    return this.set({ atMs: this.ws.clock.nowMs + durationMilliseconds });
  }

  at(date: Date): ClockTriggerBuilder {
    return this.set({ atMs: date.getTime() });
  }

  atHour(hour: number): ClockTriggerBuilder {
    return this.set({ atHour: hour });
  }

  nearMinute(minute: number): ClockTriggerBuilder {
    return this.set({ nearMinute: minute });
  }

  everyMinutes(n: number): ClockTriggerBuilder {
    return this.set({ everyMs: n * 60 * 1000 });
  }

  everyHours(n: number): ClockTriggerBuilder {
    return this.set({ everyMs: n * hourMs });
  }

  everyDays(n: number): ClockTriggerBuilder {
    return this.set({ everyMs: n * 24 * hourMs });
  }

  everyWeeks(n: number): ClockTriggerBuilder {
    return this.set({ everyMs: n * 7 * 24 * hourMs });
  }

  onWeekDay(day: GoogleAppsScript.Base.Weekday): ClockTriggerBuilder {
    return this.set({ weekDay: String(day) });
  }

  inTimezone(timezone: string): ClockTriggerBuilder {
    return this.set({ timeZone: timezone });
  }

  create(): Trigger {
    return install(this.ws, this.draft);
  }

  private set(fields: Partial<Draft>): ClockTriggerBuilder {
    Object.assign(this.draft, fields);
    return this as unknown as ClockTriggerBuilder;
  }
}

/** forSpreadsheet(…) and forForm(…): the event is chosen with onOpen/onEdit/onChange/onFormSubmit. */
class EmulatedSourceTriggerBuilder {
  constructor(
    private readonly ws: Workspace,
    private readonly draft: Draft,
  ) {}

  onOpen(): this {
    this.draft.eventType = 'ON_OPEN';
    return this;
  }

  onEdit(): this {
    this.draft.eventType = 'ON_EDIT';
    return this;
  }

  onChange(): this {
    this.draft.eventType = 'ON_CHANGE';
    return this;
  }

  onFormSubmit(): this {
    this.draft.eventType = 'ON_FORM_SUBMIT';
    return this;
  }

  create(): Trigger {
    if (this.draft.eventType === 'CLOCK') throw new Error('Emulated trigger has no event type (onOpen, onEdit, …)');
    return install(this.ws, this.draft);
  }
}

type TriggerBuilder = GoogleAppsScript.Script.TriggerBuilder;

class EmulatedTriggerBuilder implements Pick<TriggerBuilder, 'timeBased' | 'forSpreadsheet' | 'forForm'> {
  constructor(
    private readonly ws: Workspace,
    private readonly handlerFunction: string,
  ) {}

  timeBased(): ClockTriggerBuilder {
    const builder = new EmulatedClockTriggerBuilder(this.ws, blankDraft(this.ws, this.handlerFunction));
    return builder as unknown as ClockTriggerBuilder;
  }

  forSpreadsheet(
    spreadsheet: string | GoogleAppsScript.Spreadsheet.Spreadsheet,
  ): GoogleAppsScript.Script.SpreadsheetTriggerBuilder {
    const id = typeof spreadsheet === 'string' ? spreadsheet : spreadsheet.getId();
    return this.sourceBuilder('SPREADSHEETS', id) as unknown as GoogleAppsScript.Script.SpreadsheetTriggerBuilder;
  }

  forForm(form: string | GoogleAppsScript.Forms.Form): GoogleAppsScript.Script.FormTriggerBuilder {
    const id = typeof form === 'string' ? form : form.getId();
    return this.sourceBuilder('FORMS', id) as unknown as GoogleAppsScript.Script.FormTriggerBuilder;
  }

  private sourceBuilder(triggerSource: 'SPREADSHEETS' | 'FORMS', id: string): EmulatedSourceTriggerBuilder {
    const draft = { ...blankDraft(this.ws, this.handlerFunction), triggerSource, triggerSourceId: id };
    return new EmulatedSourceTriggerBuilder(this.ws, draft);
  }
}

const enumOf = <T>(...names: string[]): T => Object.freeze(Object.fromEntries(names.map((n) => [n, n]))) as T;

type ScriptAppMembers =
  | 'newTrigger'
  | 'getProjectTriggers'
  | 'deleteTrigger'
  | 'getOAuthToken'
  | 'AuthMode'
  | 'EventType'
  | 'TriggerSource'
  | 'WeekDay';

class EmulatedScriptApp implements Pick<GoogleAppsScript.Script.ScriptApp, ScriptAppMembers> {
  readonly AuthMode = enumOf<typeof GoogleAppsScript.Script.AuthMode>('NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL');
  readonly EventType = enumOf<typeof GoogleAppsScript.Script.EventType>(
    'CLOCK',
    'ON_OPEN',
    'ON_EDIT',
    'ON_FORM_SUBMIT',
    'ON_CHANGE',
    'ON_EVENT_UPDATED',
  );
  readonly TriggerSource = enumOf<typeof GoogleAppsScript.Script.TriggerSource>(
    'SPREADSHEETS',
    'CLOCK',
    'FORMS',
    'DOCUMENTS',
    'CALENDAR',
  );
  readonly WeekDay = enumOf<typeof GoogleAppsScript.Base.Weekday>(
    'SUNDAY',
    'MONDAY',
    'TUESDAY',
    'WEDNESDAY',
    'THURSDAY',
    'FRIDAY',
    'SATURDAY',
  );

  constructor(private readonly ws: Workspace) {}

  newTrigger(functionName: string): TriggerBuilder {
    return new EmulatedTriggerBuilder(this.ws, functionName) as unknown as TriggerBuilder;
  }

  /** The current user's triggers for this script. */
  getProjectTriggers(): Trigger[] {
    this.ws.meter.call('ScriptApp.getProjectTriggers');
    return triggerState(this.ws)
      .triggers.filter((t) => t.owner === this.ws.user.email)
      .map((t) => triggerHandle(this.ws, t.uniqueId));
  }

  /** The effective user's OAuth token, carrying the manifest's scopes (urlfetch/oauth-tokens.ts). */
  getOAuthToken(): string {
    this.ws.meter.call('ScriptApp.getOAuthToken');
    return issueToken(this.ws);
  }

  deleteTrigger(trigger: Trigger): void {
    this.ws.meter.call('ScriptApp.deleteTrigger');
    const state = triggerState(this.ws);
    const uniqueId = (trigger as unknown as EmulatedTrigger).uniqueId;
    state.triggers = state.triggers.filter((t) => t.uniqueId !== uniqueId);
  }
}

export function createScriptApp(ws: Workspace): GoogleAppsScript.Script.ScriptApp {
  return new EmulatedScriptApp(ws) as unknown as GoogleAppsScript.Script.ScriptApp;
}

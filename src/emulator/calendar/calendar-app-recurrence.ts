// CalendarApp.newRecurrence(): a builder that becomes RFC 5545 recurrence lines when a series is created.
// A RecurrenceRule also behaves as its EventRecurrence, so rules chain
// (https://developers.google.com/apps-script/reference/calendar/recurrence-rule).
import { appsScriptError } from '../errors';
import { weekdayCode } from './calendar-app-enums';
import { formatBasic, instantToWall } from './time-zones';

type Recurrence = GoogleAppsScript.Calendar.EventRecurrence;
type Rule = GoogleAppsScript.Calendar.RecurrenceRule;
type RecurrenceMethods =
  | 'addDailyRule'
  | 'addWeeklyRule'
  | 'addMonthlyRule'
  | 'addYearlyRule'
  | 'addDate'
  | 'addDateExclusion'
  | 'setTimeZone';

interface RuleSpec {
  freq: 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  interval?: number;
  count?: number;
  untilMs?: number;
  byDay: string[];
  byMonthDay: number[];
  weekStart?: string;
}

export class EventRecurrenceBuilder implements Pick<Recurrence, RecurrenceMethods> {
  readonly rules: RuleSpec[] = [];
  readonly dates: number[] = [];
  readonly exclusions: number[] = [];
  timeZone: string | undefined;

  addDailyRule(): Rule {
    return this.addRule('DAILY');
  }
  addWeeklyRule(): Rule {
    return this.addRule('WEEKLY');
  }
  addMonthlyRule(): Rule {
    return this.addRule('MONTHLY');
  }
  addYearlyRule(): Rule {
    return this.addRule('YEARLY');
  }
  addDate(date: GoogleAppsScript.Base.Date): Recurrence {
    this.dates.push(date.getTime());
    return this as unknown as Recurrence;
  }
  addDateExclusion(date: GoogleAppsScript.Base.Date): Recurrence {
    this.exclusions.push(date.getTime());
    return this as unknown as Recurrence;
  }
  setTimeZone(timeZone: string): Recurrence {
    this.timeZone = timeZone;
    return this as unknown as Recurrence;
  }

  private addRule(freq: RuleSpec['freq']): Rule {
    const spec: RuleSpec = { freq, byDay: [], byMonthDay: [] };
    this.rules.push(spec);
    return new RecurrenceRuleBuilder(this, spec) as unknown as Rule;
  }

  /**
   * The recurrence lines for a series starting at `startMs` in `timeZone`. Extra and excluded dates keep the
   * series' time of day.
   */
  toLines(startMs: number, timeZone: string): string[] {
    const lines = this.rules.map((rule) => {
      const parts = [`FREQ=${rule.freq}`];
      if (rule.interval !== undefined) parts.push(`INTERVAL=${rule.interval}`);
      if (rule.byDay.length > 0) parts.push(`BYDAY=${rule.byDay.join(',')}`);
      if (rule.byMonthDay.length > 0) parts.push(`BYMONTHDAY=${rule.byMonthDay.join(',')}`);
      if (rule.weekStart !== undefined) parts.push(`WKST=${rule.weekStart}`);
      if (rule.count !== undefined) parts.push(`COUNT=${rule.count}`);
      if (rule.untilMs !== undefined) parts.push(`UNTIL=${formatBasic(instantToWall(rule.untilMs, 'UTC'), true)}`);
      return `RRULE:${parts.join(';')}`;
    });
    const startWall = instantToWall(startMs, timeZone);
    const onSeriesTime = (ms: number) => {
      const day = instantToWall(ms, timeZone);
      return formatBasic({ ...day, hour: startWall.hour, minute: startWall.minute, second: startWall.second });
    };
    if (this.dates.length > 0) lines.push(`RDATE;TZID=${timeZone}:${this.dates.map(onSeriesTime).join(',')}`);
    if (this.exclusions.length > 0)
      lines.push(`EXDATE;TZID=${timeZone}:${this.exclusions.map(onSeriesTime).join(',')}`);
    return lines;
  }
}

type RuleMethods =
  | RecurrenceMethods
  | 'interval'
  | 'times'
  | 'until'
  | 'onlyOnWeekday'
  | 'onlyOnWeekdays'
  | 'onlyOnMonthDay'
  | 'onlyOnMonthDays'
  | 'weekStartsOn';

class RecurrenceRuleBuilder implements Pick<Rule, RuleMethods> {
  constructor(
    readonly recurrence: EventRecurrenceBuilder,
    private readonly spec: RuleSpec,
  ) {}

  interval(interval: number): Rule {
    if (!(interval >= 1)) throw appsScriptError(`Invalid argument: interval`);
    this.spec.interval = interval;
    return this.self();
  }
  times(times: number): Rule {
    this.spec.count = times;
    return this.self();
  }
  until(endDate: GoogleAppsScript.Base.Date): Rule {
    this.spec.untilMs = endDate.getTime();
    return this.self();
  }
  onlyOnWeekday(day: GoogleAppsScript.Base.Weekday): Rule {
    return this.onlyOnWeekdays([day]);
  }
  onlyOnWeekdays(days: GoogleAppsScript.Base.Weekday[]): Rule {
    this.spec.byDay = days.map(weekdayCode);
    return this.self();
  }
  onlyOnMonthDay(day: number): Rule {
    return this.onlyOnMonthDays([day]);
  }
  onlyOnMonthDays(days: number[]): Rule {
    this.spec.byMonthDay = [...days];
    return this.self();
  }
  weekStartsOn(day: GoogleAppsScript.Base.Weekday): Rule {
    this.spec.weekStart = weekdayCode(day);
    return this.self();
  }
  addDailyRule(): Rule {
    return this.recurrence.addDailyRule();
  }
  addWeeklyRule(): Rule {
    return this.recurrence.addWeeklyRule();
  }
  addMonthlyRule(): Rule {
    return this.recurrence.addMonthlyRule();
  }
  addYearlyRule(): Rule {
    return this.recurrence.addYearlyRule();
  }
  addDate(date: GoogleAppsScript.Base.Date): Recurrence {
    return this.recurrence.addDate(date);
  }
  addDateExclusion(date: GoogleAppsScript.Base.Date): Recurrence {
    return this.recurrence.addDateExclusion(date);
  }
  setTimeZone(timeZone: string): Recurrence {
    return this.recurrence.setTimeZone(timeZone);
  }

  private self(): Rule {
    return this as unknown as Rule;
  }
}

/** The builder behind a recurrence the add-on passes back to createEventSeries. */
export function recurrenceBuilderOf(recurrence: unknown): EventRecurrenceBuilder {
  if (recurrence instanceof EventRecurrenceBuilder) return recurrence;
  if (recurrence instanceof RecurrenceRuleBuilder) return recurrence.recurrence;
  throw appsScriptError('Invalid argument: recurrence');
}

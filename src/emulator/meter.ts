// Counts every service call by kind, models its latency against the execution time limit, keeps daily
// quota counters, and injects faults. Every emulated service method calls `meter.call(kind)` first.
import { CpuStopwatch } from './cpu-time';
import { appsScriptError, faultMessages, type FaultKind } from './errors';
import { modeledLatency } from './latency';
import { dailyQuota, quotaServiceName, type QuotaName } from './quotas';

/** Apps Script stops a run at 6 minutes; a card action's callback is abandoned by the client after 30 s. */
export const executionLimitMs = 6 * 60 * 1000;
export const cardCallbackLimitMs = 30 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

export interface FaultRule {
  /** Fail the call at this position (1-based, counted over the whole workspace's life). */
  atCall?: number;
  /** Fail calls whose kind starts with this prefix, e.g. "Calendar.Events.insert". */
  kind?: string;
  fault: FaultKind;
  /** How many calls the rule fails before it is spent; default 1 for atCall, unlimited for kind. */
  times?: number;
}

export interface MeterSnapshot {
  total: number;
  counts: Record<string, number>;
  modeledMs: number;
  /** The part of modeledMs that is the script's own JavaScript time (cpu-time.ts). */
  cpuMs: number;
  /** HTTP requests by REST method (see Meter.requests): a batch's calls are here one by one. */
  requests: Record<string, number>;
}

export class Meter {
  total = 0;
  counts: Record<string, number> = {};
  /** Calls answered locally (no round trip to Google): counted apart, never faulted. */
  localCounts: Record<string, number> = {};
  /** Modeled time of all calls so far, plus the script's own CPU time and sleeps. */
  modeledMs = 0;
  /** Modeled time of the current execution (reset by startExecution). */
  executionMs = 0;
  /** The script's own JavaScript time, scaled to Apps Script, in all executions so far (part of modeledMs). */
  cpuMs = 0;
  /**
   * Measures the add-on's own JavaScript time. Off (factor 0) unless turned on — the benchmark and the demo turn
   * it on; tests leave it off so that Node's timing noise cannot change what they see, except those about it.
   */
  readonly cpu: CpuStopwatch;
  executionLimitMs = executionLimitMs;
  /** Set when the run is stopped (time limit): every later call throws, as a stopped script makes none. */
  killed = false;
  quotaDay = 0;
  quotaUsed: Partial<Record<QuotaName, number>> = {};
  /**
   * HTTP requests the script made through UrlFetchApp, by REST method ("UrlFetchApp.fetch:forms.forms.create"):
   * a fetchAll is one call in `counts` and each of its requests here, so a reader sees both the round trips the
   * script waited for and the requests Google's per-user limits count.
   */
  requests: Record<string, number> = {};
  /**
   * Checks the call against the manifest's OAuth scopes before it is made (the Workspace installs it): a call
   * the scopes do not cover throws as Apps Script does, is not counted and takes no time.
   */
  authorize: ((kind: string) => void) | null = null;
  private rules: FaultRule[] = [];

  constructor(private readonly clock: { nowMs: number }) {
    this.cpu = new CpuStopwatch(0, (ms) => {
      this.cpuMs += ms;
      this.spend(ms);
    });
  }

  /**
   * Records one call of `kind`; throws the fault or limit error Apps Script would throw instead. `parts` are the
   * kinds of what the call carries (a fetchAll's requests): a rule for one of them stops the call that sends it.
   */
  call(kind: string, quota?: QuotaName, amount = 1, parts: readonly string[] = []): void {
    if (this.killed) throw appsScriptError(faultMessages.timeLimit());
    // The script's own work since its last call counts first: if that alone used up the run's time, Apps
    // Script stopped it there and this call is never made.
    this.cpu.settle();
    if (this.executionMs > this.executionLimitMs) {
      this.killed = true;
      throw appsScriptError(faultMessages.timeLimit());
    }
    this.authorize?.(kind);
    const ms = modeledLatency(kind);
    if (ms === 0 && !quota) {
      // A local call: Apps Script answers it from the object it already loaded (see latency.ts).
      this.localCounts[kind] = (this.localCounts[kind] ?? 0) + 1;
      return;
    }
    this.total += 1;
    const rule = this.rules.find(
      (r) =>
        (r.atCall === undefined || r.atCall === this.total) &&
        (r.kind === undefined || kind.startsWith(r.kind) || parts.some((p) => p.startsWith(r.kind!))) &&
        // Over HTTP a kind rule's "slow down" is an answer, not an exception: UrlFetchApp takes it (takeRateLimit).
        !(r.fault === 'rateLimit' && r.atCall === undefined && kind.startsWith('UrlFetchApp.')),
    );
    if (rule) {
      if (rule.times !== undefined) rule.times -= 1;
      if (rule.times === 0 || (rule.atCall !== undefined && rule.times === undefined)) {
        this.rules = this.rules.filter((r) => r !== rule);
      }
      if (rule.fault === 'timeLimit') this.killed = true;
      throw appsScriptError(this.faultMessage(rule.fault, quota));
    }
    if (quota) this.spendQuota(quota, amount);
    this.counts[kind] = (this.counts[kind] ?? 0) + 1;
    this.spend(ms);
    if (this.executionMs > this.executionLimitMs) {
      this.killed = true;
      throw appsScriptError(faultMessages.timeLimit());
    }
  }

  /** Time the run spends (a call's latency, a sleep, its own CPU): on the clock and against its limit. */
  spend(ms: number): void {
    this.modeledMs += ms;
    this.executionMs += ms;
    this.clock.nowMs += ms;
  }

  /** Starts a new Apps Script execution: a fresh time budget, and a stopped run may run again. */
  startExecution(limitMs = executionLimitMs): void {
    this.executionMs = 0;
    this.cpu.resetExecution();
    this.executionLimitMs = limitMs;
    this.killed = false;
  }

  /** Counts one HTTP request (see `requests`). */
  countRequest(kind: string): void {
    this.requests[kind] = (this.requests[kind] ?? 0) + 1;
  }

  /**
   * Consumes a kind rule (one without atCall) that slows `kind` down ("rateLimit"), as a call would consume it.
   * UrlFetchApp answers such a request with the API's 429 instead of throwing: over HTTP, "slow down" is a
   * response, not an exception. Other faults stay for `call`.
   */
  takeRateLimit(kind: string): boolean {
    const rule = this.rules.find(
      (r) => r.fault === 'rateLimit' && r.atCall === undefined && r.kind !== undefined && kind.startsWith(r.kind),
    );
    if (!rule) return false;
    if (rule.times !== undefined) rule.times -= 1;
    if (rule.times === 0) this.rules = this.rules.filter((r) => r !== rule);
    return true;
  }

  inject(rule: FaultRule): void {
    this.rules.push({ ...rule });
  }

  clearFaults(): void {
    this.rules = [];
  }

  quotaRemaining(name: QuotaName): number {
    this.rollQuotaDay();
    return dailyQuota[name] - (this.quotaUsed[name] ?? 0);
  }

  snapshot(): MeterSnapshot {
    return {
      total: this.total,
      counts: { ...this.counts },
      modeledMs: this.modeledMs,
      cpuMs: this.cpuMs,
      requests: { ...this.requests },
    };
  }

  /** Calls and modeled time since an earlier snapshot. */
  since(before: MeterSnapshot): MeterSnapshot {
    const counts: Record<string, number> = {};
    for (const [kind, n] of Object.entries(this.counts)) {
      const d = n - (before.counts[kind] ?? 0);
      if (d > 0) counts[kind] = d;
    }
    const requests: Record<string, number> = {};
    for (const [kind, n] of Object.entries(this.requests)) {
      const d = n - (before.requests?.[kind] ?? 0);
      if (d > 0) requests[kind] = d;
    }
    return {
      total: this.total - before.total,
      counts,
      modeledMs: this.modeledMs - before.modeledMs,
      cpuMs: this.cpuMs - before.cpuMs,
      requests,
    };
  }

  private spendQuota(name: QuotaName, amount: number): void {
    this.rollQuotaDay();
    const used = (this.quotaUsed[name] ?? 0) + amount;
    if (used > dailyQuota[name]) throw appsScriptError(faultMessages.quota(quotaServiceName[name]));
    this.quotaUsed[name] = used;
  }

  private rollQuotaDay(): void {
    const day = Math.floor(this.clock.nowMs / dayMs);
    if (day !== this.quotaDay) {
      this.quotaDay = day;
      this.quotaUsed = {};
    }
  }

  private faultMessage(fault: FaultKind, quota?: QuotaName): string {
    if (fault === 'quota') return faultMessages.quota(quota ? quotaServiceName[quota] : 'calendar');
    return faultMessages[fault]();
  }
}

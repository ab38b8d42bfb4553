// The script's own JavaScript time. Apps Script counts everything a run does against its limits — the
// 6-minute execution limit and the 30-second card callback — not only the time spent waiting on Google's
// services (https://developers.google.com/apps-script/guides/services/quotas#current_limitations: "Script
// runtime"). The latency table models the waits; this stopwatch measures the rest: the CPU time Node spends in
// the add-on's code, excluding the time it spends inside the emulator's services (their bookkeeping is not
// something Apps Script would bill the script for), scaled to Apps Script's slower runtime and put on the
// workspace clock, so Date.now() in the add-on — and every budget built on it — sees it.

/**
 * The process's CPU time, not the wall clock: other programs sharing the machine's cores must not make the
 * add-on look slower than it is.
 */
function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * How much slower the add-on's JavaScript runs in Apps Script than here in Node. An ASSUMPTION, not a
 * measurement: no published comparison of Apps Script's V8 runtime with Node was found (the published
 * Apps Script timings — e.g. tanaikech.github.io's V8 process-cost benchmarks — give Apps Script times only,
 * and the ~100× slower-than-a-browser measurements at ramblings.mcpher.com predate the V8 runtime). Apps
 * Script runs the same V8 engine on shared servers, so we take 3× as a deliberately pessimistic margin for
 * slower, shared CPUs and cold starts. Change it here; the benchmark prints the factor it used.
 */
export const appsScriptCpuFactor = 3;

/** The stopwatch of the execution now running, if any (runs do not overlap: Node is single-threaded). */
let active: CpuStopwatch | null = null;

export class CpuStopwatch {
  /** Node milliseconds of add-on code measured since the last startExecution. */
  nodeMs = 0;
  private depth = 0;
  private resumedAt = 0;
  /** Scaled milliseconds measured but not yet put on the clock (the clock moves in whole milliseconds). */
  private owedMs = 0;

  /**
   * @param bill puts scaled CPU milliseconds on the workspace clock and the execution's time.
   * @param readNodeMs Node's CPU clock; a test may put a deterministic one in its place.
   */
  constructor(
    public factor: number,
    private readonly bill: (ms: number) => void,
    public readNodeMs: () => number = processCpuMs,
  ) {}

  /** The add-on's code starts running (an entry point is called). Returns a function that stops it. */
  begin(): () => void {
    const outer = active;
    const outerDepth = this.depth;
    makeActive(this);
    this.depth = 0;
    if (this.factor > 0) this.resumedAt = this.readNodeMs();
    return () => {
      this.settle();
      this.depth = outerDepth;
      makeActive(outer);
    };
  }

  /** Puts the add-on's time since it last got control back on the clock (before the clock is read). */
  settle(): void {
    if (active !== this || this.factor <= 0) return;
    if (this.depth === 0) {
      const now = this.readNodeMs();
      this.owe(now - this.resumedAt);
      this.resumedAt = now;
    }
    const whole = Math.floor(this.owedMs);
    if (whole > 0) {
      this.owedMs -= whole;
      this.bill(whole);
    }
  }

  resetExecution(): void {
    this.nodeMs = 0;
    this.owedMs = 0;
  }

  enter(): void {
    if (this.depth++ === 0) this.owe(this.readNodeMs() - this.resumedAt);
  }

  leave(): void {
    if (--this.depth === 0) this.resumedAt = this.readNodeMs();
  }

  private owe(ms: number): void {
    this.nodeMs += ms;
    this.owedMs += ms * this.factor;
  }
}

function makeActive(stopwatch: CpuStopwatch | null): void {
  active = stopwatch;
}

/** Settles the running execution's CPU time; the add-on's Date calls this before reading the clock. */
export function settleCpu(): void {
  active?.settle();
}

const instrumented = new WeakSet<object>();
const wrappedFunctions = new WeakSet<object>();

/**
 * Marks the service objects the add-on is given (and, as they are handed out, every object they return) so
 * that time inside them is not counted as the add-on's: each method is wrapped once, on its prototype, in a
 * function that pauses the stopwatch. Identity, `this` and private fields are untouched (no proxies).
 */
export function instrumentServices(globals: Record<string, unknown>): void {
  for (const value of Object.values(globals)) instrumentDeep(value, 3);
}

function instrumentDeep(value: unknown, levels: number): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return;
  instrument(value);
  if (levels <= 1) return;
  for (const key of Object.keys(value)) instrumentDeep((value as Record<string, unknown>)[key], levels - 1);
}

/** Wraps the methods of `value`'s classes and its own function properties, once. Returns `value`. */
function instrument<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    // Lists of service objects (sheets, events, files); rows of cell values are arrays and are skipped.
    for (const item of value) if (typeof item === 'object' && item !== null && !Array.isArray(item)) instrument(item);
    return value;
  }
  // Only plain objects and class instances: Dates, Maps, Errors and the like (of any realm) keep their methods.
  if (instrumented.has(value) || Object.prototype.toString.call(value) !== '[object Object]') return value;
  instrumented.add(value);
  // Stop below the root prototype (Object.prototype of this realm or the add-on's).
  for (
    let proto = Object.getPrototypeOf(value) as object | null;
    proto && Object.getPrototypeOf(proto) !== null;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    if (instrumented.has(proto)) break;
    instrumented.add(proto);
    wrapProperties(proto);
  }
  wrapProperties(value);
  return value;
}

function wrapProperties(target: object): void {
  for (const key of Object.getOwnPropertyNames(target)) {
    if (key === 'constructor') continue;
    const descriptor = Object.getOwnPropertyDescriptor(target, key)!;
    if (!descriptor.configurable && !descriptor.writable) continue;
    let changed = false;
    if (typeof descriptor.value === 'function' && !wrappedFunctions.has(descriptor.value)) {
      descriptor.value = timed(descriptor.value as (...args: unknown[]) => unknown);
      changed = true;
    }
    if (descriptor.get && !wrappedFunctions.has(descriptor.get)) {
      descriptor.get = timed(descriptor.get) as () => unknown;
      changed = true;
    }
    if (changed && descriptor.configurable) Object.defineProperty(target, key, descriptor);
    else if (changed && descriptor.writable) (target as Record<string, unknown>)[key] = descriptor.value;
  }
}

function timed(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const stopwatch = active;
    // Nothing to measure (outside a run, or accounting off): no clock reads, which are not free. What the call
    // returns is marked the first time it is handed out while something is measured.
    if (!stopwatch || stopwatch.factor <= 0)
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    stopwatch.enter();
    try {
      return instrument(new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args));
    } finally {
      stopwatch.leave();
    }
  };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  wrappedFunctions.add(wrapped);
  return wrapped;
}

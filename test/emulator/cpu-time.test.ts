// Apps Script bills a run's own JavaScript time against its limits, not only its service calls. Whoever
// breaks the stopwatch would let a CPU-heavy slice look instant: a card that Google abandons at 30 s, or a
// trigger stopped at 6 minutes, would pass every benchmark.
import { performance } from 'node:perf_hooks';
import { ExecutionRecorder } from '../../src/emulator/bench/execution-recorder';
import { continueUntilDone, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { findButtons } from '../../src/emulator/cards/interact';
import { startSchool } from '../../src/emulator/harness';
import { cardCallbackLimitMs } from '../../src/emulator/meter';
import { loadAddon } from '../../src/emulator/runtime';
import { appsScriptGlobals } from '../../src/emulator/services';
import { Workspace } from '../../src/emulator/workspace';

/** A script that works, in plain loops, until its own clock says `budgetMs` passed, as a budgeted slice does. */
const busyScript = `
function work(e) {
  var started = Date.now();
  var rounds = 0;
  while (Date.now() - started < e.budgetMs) {
    var x = 0;
    for (var i = 0; i < (e.steps || 20000); i++) x += Math.sqrt(i);
    rounds += 1;
    if (e.callEvery && rounds % e.callEvery === 0) Slow.call();
  }
  return rounds;
}
var PLGHub = { entryPoints: { work: work } };
`;

/** A service that takes real Node time inside the emulator (its bookkeeping), like a large setValues. */
function slowService(ws: Workspace) {
  return {
    calls: 0,
    call() {
      ws.meter.call('SpreadsheetApp.Range.getValues');
      this.calls += 1;
      const until = performance.now() + 5;
      while (performance.now() < until);
    },
  };
}

function busyAddon(factor: number) {
  const ws = new Workspace();
  ws.meter.cpu.factor = factor;
  const slow = slowService(ws);
  const addon = loadAddon(ws, busyScript, { ...appsScriptGlobals(ws), Slow: slow }, {});
  return { ws, addon, slow };
}

describe('the script’s own CPU time', () => {
  it('moves the clock the script reads, so a loop bounded by Date.now() ends', () => {
    const { ws, addon } = busyAddon(1_000);
    const clockBefore = ws.clock.nowMs;
    const rounds = addon.run('work', { budgetMs: 20_000 }) as number;
    expect(rounds).toBeGreaterThan(0);
    expect(ws.meter.cpuMs).toBeGreaterThanOrEqual(20_000);
    expect(ws.meter.executionMs).toBe(ws.meter.cpuMs);
    expect(ws.clock.nowMs - clockBefore).toBe(ws.meter.cpuMs);
    expect(ws.meter.total).toBe(0);
  });

  it('does not bill the emulator’s own time inside a service call as the script’s', () => {
    // Each call spends 5 ms of Node time inside the service, billed at 1,000× that would be 5 s per call; the
    // script itself does a few microseconds of work between calls.
    const { ws, addon, slow } = busyAddon(1_000);
    addon.run('work', { budgetMs: 6_000, callEvery: 1, steps: 10 });
    expect(slow.calls).toBeGreaterThan(10);
    const serviceMs = slow.calls * 60; // the modeled latency of getValues
    const billedIfServicesCounted = slow.calls * 5 * 1_000;
    expect(ws.meter.cpuMs).toBeLessThan(billedIfServicesCounted / 10);
    expect(ws.meter.executionMs).toBe(ws.meter.cpuMs + serviceMs);
  });

  it('stops a run whose own CPU time passes the limit, at its next service call', () => {
    const { ws, addon } = busyAddon(1_000);
    expect(() => addon.run('work', { budgetMs: 10 * 60_000, callEvery: 50 }, { limitMs: 60_000 })).toThrow(
      /Exceeded maximum execution time/,
    );
    expect(ws.meter.killed).toBe(true);
  });

  it('is off unless turned on, so other tests see exact modeled times', () => {
    const { ws, addon } = busyAddon(0);
    expect(addon.run('work', { budgetMs: 0 })).toBe(0);
    expect(ws.meter.cpuMs).toBe(0);
  });
});

/**
 * A first sync of a small school, Apply then Continue until done; returns each slice's modeled time. Node's
 * real timing would make the outcome depend on the machine's load, so the add-on's CPU time is made
 * deterministic: each time it crosses into a service or reads the clock, `tickMs` of its own work has passed.
 */
function firstSyncSlices(tickMs: number): number[] {
  const s = startSchool({ seed: 3, withFindings: false, cpuFactor: 1 });
  let nodeMs = 0;
  s.ws.meter.cpu.readNodeMs = () => (nodeMs += tickMs);
  setUpAndFill(s);
  const recorder = new ExecutionRecorder(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const apply = findButtons(preview).find((b) => b.text.startsWith('Apply'))!.text;
  recorder.reset();
  continueUntilDone(s, s.press(preview, apply));
  expect(s.ws.meter.cpuMs > 0).toBe(tickMs > 0);
  return recorder.executions.map((e) => e.modeledMs);
}

describe('a CPU-heavy sync', () => {
  it('does less per slice, so that every Apply and Continue stays inside the 30-second card limit', () => {
    const withoutCpu = firstSyncSlices(0);
    // 20 ms per crossing puts several seconds of the add-on's own work in every slice.
    const cpuHeavy = firstSyncSlices(20);
    for (const ms of cpuHeavy) expect(ms).toBeLessThanOrEqual(cardCallbackLimitMs);
    // The budget saw the CPU time: it stopped each slice sooner, so the same sync took more presses.
    expect(cpuHeavy.length).toBeGreaterThan(withoutCpu.length);
  });
});

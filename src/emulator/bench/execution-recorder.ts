// Every Apps Script execution the add-on runs, with its modeled time against the limit that applies to it: a
// card action's callback is abandoned after 30 s, a time-driven trigger is stopped at 6 minutes. Node's own
// time per execution is kept too: the latency model counts service calls only, but Apps Script also bills the
// script's CPU against the same limits.
import { performance } from 'node:perf_hooks';
import type { EmulatedSchool } from '../harness';
import { cardCallbackLimitMs, executionLimitMs } from '../meter';
import { hourlyEntryPoint } from './hourly-trigger';

export interface Execution {
  entryPoint: string;
  calls: number;
  modeledMs: number;
  limitMs: number;
  nodeMs: number;
}

const timeDrivenEntryPoints = new Set([hourlyEntryPoint]);

export class ExecutionRecorder {
  executions: Execution[] = [];
  peakHeapBytes = 0;

  constructor(private readonly s: EmulatedSchool) {
    const run = s.addon.run.bind(s.addon);
    s.addon.run = (entryPoint, event, options) => {
      const callsBefore = s.ws.meter.total;
      const started = performance.now();
      try {
        return run(entryPoint, event, options);
      } finally {
        this.executions.push({
          entryPoint,
          calls: s.ws.meter.total - callsBefore,
          modeledMs: s.ws.meter.executionMs,
          limitMs: timeDrivenEntryPoints.has(entryPoint) ? executionLimitMs : cardCallbackLimitMs,
          nodeMs: performance.now() - started,
        });
        this.sampleHeap();
      }
    };
  }

  /** Starts a new measuring window. */
  reset(): void {
    this.executions = [];
    this.peakHeapBytes = 0;
    this.sampleHeap();
  }

  sampleHeap(): void {
    this.peakHeapBytes = Math.max(this.peakHeapBytes, process.memoryUsage().heapUsed);
  }

  /** The execution that came closest to its limit. */
  tightest(): Execution | undefined {
    return [...this.executions].sort((a, b) => b.modeledMs / b.limitMs - a.modeledMs / a.limitMs)[0];
  }
}

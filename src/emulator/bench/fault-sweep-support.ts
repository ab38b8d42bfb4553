// What every fault sweep needs besides its own flow: a record of which kind of call sat at each position of the
// uninterrupted run (so a failure names the call its fault hit), and the first place where two outcomes differ.
import type { EmulatedSchool } from '../harness';

/** Runs `work`, noting in `kinds` the kind of every counted call by its position (e.g. 412 → DocumentApp.create). */
export function recordingCallKinds<T>(s: EmulatedSchool, kinds: Map<number, string>, work: () => T): T {
  const meter = s.ws.meter;
  const call = meter.call.bind(meter);
  meter.call = (kind, ...rest) => {
    const before = meter.total;
    try {
      call(kind, ...rest);
    } finally {
      if (meter.total > before) kinds.set(meter.total, kind);
    }
  };
  try {
    return work();
  } finally {
    meter.call = call;
  }
}

/** Where `actual` first differs from `expected`: a key path, and for text the first differing line. */
export function firstDifference(actual: unknown, expected: unknown): string {
  if (typeof actual === 'string' && typeof expected === 'string') {
    const a = actual.split('\n');
    const e = expected.split('\n');
    const line = a.findIndex((l, i) => l !== e[i]);
    return `line ${line + 1}: ${JSON.stringify(a[line])} instead of ${JSON.stringify(e[line])}`;
  }
  if (typeof actual !== 'object' || typeof expected !== 'object' || actual === null || expected === null) {
    return `${JSON.stringify(actual)?.slice(0, 300)} instead of ${JSON.stringify(expected)?.slice(0, 300)}`;
  }
  for (const key of new Set([...Object.keys(actual), ...Object.keys(expected)])) {
    const a = (actual as Record<string, unknown>)[key];
    const e = (expected as Record<string, unknown>)[key];
    if (JSON.stringify(a) !== JSON.stringify(e)) return `[${key}] ${firstDifference(a, e)}`;
  }
  return 'same keys and values, different order';
}

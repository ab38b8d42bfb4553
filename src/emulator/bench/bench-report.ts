// The benchmark's output: one table row per scenario for a person, calls grouped by service for a second look,
// and one JSON line per scenario (prefixed "BENCH ") for a script to compare runs.
import type { ScenarioFigures, Unavailable } from './scenarios';

const columns = [
  'school',
  'scenario',
  'execs',
  'tightest exec (modeled / limit)',
  'calls',
  'floor',
  'ratio',
  'modeled s',
  'of it CPU s',
  'baseline calls',
  'baseline s (runs)',
  'heap MB',
  'wall s',
] as const;

export function isUnavailable(result: ScenarioFigures | Unavailable): result is Unavailable {
  return 'unavailable' in result;
}

function row(r: ScenarioFigures | Unavailable): string[] {
  if (isUnavailable(r)) return [r.school, r.scenario, '—', r.unavailable, ...columns.slice(4).map(() => '')];
  const t = r.tightestExecution;
  const tightest = t
    ? `${t.entryPoint} ${t.modeledSeconds.toFixed(1)} / ${t.limitSeconds} s${r.withinLimits ? '' : ' OVER'}`
    : '—';
  return [
    `${r.school} (${r.staff} staff, ${r.groups} groups)`,
    r.scenario,
    String(r.executions),
    tightest,
    String(r.calls),
    String(r.floor.total),
    r.ratioToFloor.toFixed(1),
    r.modeledSeconds.toFixed(1),
    r.cpuSeconds.toFixed(1),
    r.peer ? String(r.peer.calls) : '—',
    r.peer ? `${r.peer.modeledSeconds.toFixed(1)} (${r.peer.runs}${r.peer.withinLimits ? '' : ' OVER'})` : '—',
    r.peakHeapMb.toFixed(0),
    r.wallSeconds.toFixed(1),
  ];
}

export function table(results: (ScenarioFigures | Unavailable)[]): string {
  const rows = [columns.map(String), ...results.map(row)];
  const widths = columns.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(rows[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** Calls grouped by service and class ("Calendar.Events", "SpreadsheetApp.Range"), largest first. */
export function callsByService(r: ScenarioFigures): string {
  const groups: Record<string, number> = {};
  for (const [kind, n] of Object.entries(r.callsByKind)) {
    const group = kind.split('.').slice(0, 2).join('.');
    groups[group] = (groups[group] ?? 0) + n;
  }
  const parts = Object.entries(groups)
    .sort((a, b) => b[1] - a[1])
    .map(([group, n]) => `${group} ${n}`);
  return `${r.school} / ${r.scenario}: ${parts.join(', ')}`;
}

export function jsonLine(r: ScenarioFigures | Unavailable): string {
  return `BENCH ${JSON.stringify(r)}`;
}

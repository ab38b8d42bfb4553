// The figures the README quotes, computed from one fresh run of the benchmark and the demo, and written between
// markers in README.md: `<!-- figure:NAME -->…<!-- /figure -->` inline, `<!-- figures:NAME -->`…`<!-- /figures -->`
// around a block. A marker the run does not fill is an error, so the README cannot keep quoting a stale number.

export interface BenchRow {
  school: string;
  staff: number;
  groups: number;
  scenario: string;
  note?: string;
  calls: number;
  modeledSeconds: number;
  cpuSeconds?: number;
  executions: number;
  tightestExecution: { modeledSeconds: number; limitSeconds: number };
  floor: { total: number };
  ratioToFloor: number;
  peer?: { calls: number; modeledSeconds: number; runs: number };
}

const number = (x: number, digits = 0) =>
  x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const seconds = (x: number) => number(x, x < 100 ? 1 : 0);

/** The `BENCH {json}` lines of a benchmark's output that describe a scenario. */
export function benchRows(output: string): BenchRow[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('BENCH {"school"'))
    .map((line) => JSON.parse(line.slice('BENCH '.length)) as BenchRow);
}

function scenarioText(row: BenchRow): string {
  const note = row.note ?? '';
  if (row.scenario === 'first full sync')
    return `first full sync (${note.split(';')[0]!.replace(/^Apply \+ 0 Continue$/, 'Apply alone')})`;
  // Preview, and where the first sync left a Sync card offering Continue, that Continue pressed again.
  if (row.scenario === 'no-op re-sync')
    return /Continue pressed again/.test(note) ? 'no-op re-sync (Preview + Continue)' : 'no-op re-sync (Preview)';
  const agendas = /(\d+) agenda Docs in (\d+) presses/.exec(note);
  if (row.scenario === 'term of agendas' && agendas)
    return `a term of agendas (${agendas[1]} Docs, ${agendas[2]} presses)`;
  if (row.scenario === 'survey send' && /quota/.test(note))
    return 'survey send (quota reached: the rest goes tomorrow)';
  return row.scenario;
}

/** The README's performance table: PLG Hub beside the baseline script, one row per scenario. */
export function benchTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| school | scenario | executions | tightest (modeled / limit) | calls | floor | ratio | modeled s (of it CPU) | baseline calls | baseline s (runs) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  let last = '';
  for (const r of rows) {
    const school = `${r.school.replace(' school', '')} (${number(r.staff)} staff, ${r.groups} groups)`;
    const t = r.tightestExecution;
    lines.push(
      `| ${school === last ? '' : school} | ${scenarioText(r)} | ${r.executions} | ${t.modeledSeconds.toFixed(1)} / ${t.limitSeconds} s | ${number(r.calls)} | ${number(r.floor.total)} | ${r.ratioToFloor.toFixed(1)} | ${seconds(r.modeledSeconds)} (${(r.cpuSeconds ?? 0).toFixed(1)}) | ${r.peer ? number(r.peer.calls) : '—'} | ${r.peer ? `${seconds(r.peer.modeledSeconds)} (${r.peer.runs})` : '—'} |`,
    );
    last = school;
  }
  return lines.join('\n');
}

/** Everything a fresh run says, by marker name. */
export function figuresOf(bench: string, demo: string): Record<string, string> {
  const rows = benchRows(bench);
  const find = (school: string, scenario: string) => rows.find((r) => r.school === school && r.scenario === scenario);
  const must = <T>(value: T | undefined | null, what: string): T => {
    if (value === undefined || value === null) throw new Error(`The run did not say ${what}`);
    return value;
  };
  const wall = must(/The benchmark took (\d+) s of wall time/.exec(bench), 'how long the benchmark took');
  const read = must(
    /Registry of (\d+) staff, (\d+) groups, (\d+) meetings: .*?reading and validating took (\d+) ms/.exec(bench),
    'the registry read',
  );
  const demoCalls = must(/Service calls: (\d+) \(modeled Apps Script time ([\d.]+) s\)/.exec(demo), "the demo's calls");
  const demoWall = must(/Wrote .* in ([\d.]+) s\./.exec(demo), "the demo's time");
  const created = must(
    /Created: 1 PLG calendar with (\d+) meeting events \((\d+) invitations sent\), (\d+) Forms, (\d+) agenda Docs/.exec(
      demo,
    ),
    'what the demo created',
  );
  const noop = must(find('demo school', 'no-op re-sync'), 'a no-op re-sync');
  const district = find('district', 'first full sync');
  const firstHour = /after the first hourly run, ([\d,]+) events/.exec(district?.note ?? '');
  // The performance issue's own re-sync scenario at the size its peers were measured, and a moved meeting at the
  // district beside the baseline.
  const issueResync = find('demo school', 'one meeting moved and one member removed');
  const districtMoved = find('district', 'one meeting moved');
  return {
    'bench-table': benchTable(rows),
    'bench-wall-minutes': String(Math.round(Number(wall[1]) / 60)),
    'registry-read': `${number(Number(read[1]))}-staff, ${read[2]}-group registry with ${number(Number(read[3]))} meetings`,
    'registry-read-ms': read[4]!,
    'demo-calls': number(Number(demoCalls[1])),
    'demo-modeled-s': String(Math.round(Number(demoCalls[2]))),
    'demo-wall-s': String(Math.round(Number(demoWall[1]))),
    'demo-events': created[1]!,
    'demo-forms': created[3]!,
    'demo-agendas': created[4]!,
    'noop-calls': String(noop.calls),
    ...(firstHour ? { 'district-first-hour-events': firstHour[1]! } : {}),
    ...(issueResync
      ? { 'issue-resync-calls': number(issueResync.calls), 'issue-resync-s': issueResync.modeledSeconds.toFixed(1) }
      : {}),
    ...(districtMoved?.peer
      ? {
          'district-moved-s': districtMoved.modeledSeconds.toFixed(1),
          'district-moved-baseline-s': districtMoved.peer.modeledSeconds.toFixed(1),
        }
      : {}),
  };
}

/** README with every marked figure replaced; throws on a marker the figures do not have. */
export function withFigures(readme: string, figures: Readonly<Record<string, string>>): string {
  const value = (name: string) => {
    if (!(name in figures)) throw new Error(`README quotes a figure no run computes: ${name}`);
    return figures[name]!;
  };
  return readme
    .replace(
      /(<!-- figures:([\w-]+) -->\n)[\s\S]*?(\n<!-- \/figures -->)/g,
      (_, open: string, name: string, close: string) => `${open}${value(name)}${close}`,
    )
    .replace(
      /(<!-- figure:([\w-]+) -->)[^<]*(<!-- \/figure -->)/g,
      (_, open: string, name: string, close: string) => `${open}${value(name)}${close}`,
    );
}

/** The marker names a README uses. */
export function markersIn(readme: string): string[] {
  return [...readme.matchAll(/<!-- figures?:([\w-]+) -->/g)].map((m) => m[1]!);
}

// The README's figures: every marked number comes from one run, and a marker no run fills is an error.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchTable, figuresOf, markersIn, withFigures, type BenchRow } from '../../src/cli/readme-figures';

const row: BenchRow = {
  school: 'demo school',
  staff: 89,
  groups: 10,
  scenario: 'no-op re-sync',
  note: 'Preview + Continue pressed again on an old Sync card',
  calls: 11,
  modeledSeconds: 0.765,
  cpuSeconds: 0.125,
  executions: 2,
  tightestExecution: { modeledSeconds: 0.64, limitSeconds: 30 },
  floor: { total: 9 },
  ratioToFloor: 1.22,
  peer: { calls: 4, modeledSeconds: 4.554, runs: 1 },
};
const districtSync: BenchRow = {
  ...row,
  school: 'district',
  staff: 1997,
  groups: 160,
  scenario: 'first full sync',
  note: 'Apply + 2 hourly runs; after the first hourly run, 2,868 events on the calendar',
  executions: 4,
};
const issueResync: BenchRow = { ...row, scenario: 'one meeting moved and one member removed', calls: 29 };
const districtMoved: BenchRow = { ...districtSync, scenario: 'one meeting moved', modeledSeconds: 7.94 };
const bench = [
  'Registry of 2348 staff, 189 groups, 3957 meetings: Validate made 11 service calls; reading and validating took 99 ms, the guideline checks 9 ms.',
  `BENCH ${JSON.stringify(row)}`,
  `BENCH ${JSON.stringify(districtSync)}`,
  `BENCH ${JSON.stringify(issueResync)}`,
  `BENCH ${JSON.stringify(districtMoved)}`,
  'The benchmark took 240 s of wall time; the slowest scenario, district / term of agendas, 183 s.',
].join('\n');
const demo = [
  'Created: 1 PLG calendar with 145 meeting events (1450 invitations sent), 10 Forms, 21 agenda Docs.',
  'Service calls: 2105 (modeled Apps Script time 314.0 s)',
  'Wrote /tmp/x in 2.2 s.',
].join('\n');

describe('README figures', () => {
  it('writes a table row per scenario with PLG Hub beside the baseline', () => {
    expect(benchTable([row]).split('\n')[2]).toBe(
      '| demo (89 staff, 10 groups) | no-op re-sync (Preview + Continue) | 2 | 0.6 / 30 s | 11 | 9 | 1.2 | 0.8 (0.1) | 4 | 4.6 (1) |',
    );
  });

  it('names what a scenario pressed: a no-op that was a Preview alone, a first sync that was one Apply', () => {
    const previewOnly = { ...row, note: 'Preview only (nothing to apply, and no Continue card to press again)' };
    expect(benchTable([previewOnly]).split('\n')[2]).toContain('| no-op re-sync (Preview) |');
    const oneApply = { ...row, scenario: 'first full sync', note: 'Apply + 0 Continue' };
    expect(benchTable([oneApply]).split('\n')[2]).toContain('| first full sync (Apply alone) |');
    expect(benchTable([districtSync]).split('\n')[2]).toContain('| first full sync (Apply + 2 hourly runs) |');
    expect(figuresOf(bench, demo)['district-first-hour-events']).toBe('2,868');
    expect(figuresOf(bench, demo)['issue-resync-calls']).toBe('29');
    expect(figuresOf(bench, demo)['district-moved-s']).toBe('7.9');
  });

  it('replaces marked figures inline and in blocks, and nothing else', () => {
    const text =
      'calls: <!-- figure:noop-calls -->60<!-- /figure --> of 60\n<!-- figures:bench-table -->\nold\n<!-- /figures -->\n';
    const written = withFigures(text, figuresOf(bench, demo));
    expect(written).toContain('calls: <!-- figure:noop-calls -->11<!-- /figure --> of 60');
    expect(written).not.toContain('\nold\n');
    expect(written).toContain('| no-op re-sync (Preview + Continue) |');
  });

  it('refuses a marker no run computes, so no stale number survives', () => {
    expect(() => withFigures('<!-- figure:made-up -->3<!-- /figure -->', figuresOf(bench, demo))).toThrow(/made-up/);
    expect(() => figuresOf('', demo)).toThrow(/did not say/);
  });

  it('has every figure the README marks', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const known = Object.keys(figuresOf(bench, demo));
    expect(markersIn(readme).length).toBeGreaterThanOrEqual(8);
    expect(markersIn(readme).filter((m) => !known.includes(m))).toEqual([]);
  });
});

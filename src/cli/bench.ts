// `npm run bench`: the built add-on against generated registries of three sizes, scenario by scenario: service
// calls by kind, modeled Apps Script time, executions and the one closest to its limit, the floor of calls the
// scenario could possibly need, peak Node heap and wall time. Options: --sizes demo,large,district; --finish
// continue|hourly (how the district's first sync is finished; smaller schools always press Continue).
import { performance } from 'node:perf_hooks';
import { callsByService, isUnavailable, jsonLine, table } from '../emulator/bench/bench-report';
import { appsScriptCpuFactor } from '../emulator/cpu-time';
import {
  scenariosAt,
  schoolSizes,
  type Finish,
  type ScenarioFigures,
  type Unavailable,
} from '../emulator/bench/scenarios';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const started = performance.now();
  const wanted = option('sizes')?.split(',');
  const sizes = schoolSizes.filter((s) => !wanted || wanted.some((w) => s.name.startsWith(w)));
  // Pressing Continue a hundred times re-plans the whole year each time; a district admin leaves it to the hourly run.
  const districtFinish: Finish = option('finish') === 'continue' ? 'continue' : 'hourly run';
  const results: (ScenarioFigures | Unavailable)[] = [];
  for (const size of sizes) {
    const finish: Finish = size.staff > 1_000 ? districtFinish : 'continue';
    for (const result of scenariosAt(size, finish)) {
      results.push(result);
      console.log(
        isUnavailable(result)
          ? `${result.school} / ${result.scenario}: ${result.unavailable}`
          : `${result.school} / ${result.scenario}: ${result.note}`,
      );
    }
  }
  const measured = results.filter((r): r is ScenarioFigures => !isUnavailable(r));
  console.log(`\n${table(results)}\n`);
  console.log('Calls by service:');
  for (const r of measured) console.log(`  ${callsByService(r)}`);
  console.log('\nFloor = one read per registry tab + one write per tab changed + one call per event, calendar or file');
  console.log('created or changed + one Events.list page per 2,500 events; limits: card actions 30 s, triggers 6 min.');
  console.log(
    `Modeled s = service latency + sleeps + the script's own CPU time in Node × ${appsScriptCpuFactor} (an assumed Apps Script`,
  );
  console.log(
    'slowdown, src/emulator/cpu-time.ts). Baseline = a plain script on the same meetings: one CalendarApp call per row',
  );
  console.log(
    'with a 200 ms sleep after each write, run again until it gets through (src/emulator/bench/peer-script.ts).\n',
  );
  const slowest = [...measured].sort((a, b) => b.wallSeconds - a.wallSeconds)[0];
  console.log(
    `The benchmark took ${((performance.now() - started) / 1000).toFixed(0)} s of wall time` +
      (slowest
        ? `; the slowest scenario, ${slowest.school} / ${slowest.scenario}, ${slowest.wallSeconds.toFixed(0)} s.\n`
        : '.\n'),
  );
  for (const r of results) console.log(jsonLine(r));
  const unfinished = measured.filter((r) => r.inSyncAfter === false);
  if (unfinished.length) {
    console.error(
      `\n${unfinished.length} sync scenario(s) left the calendar out of step with the registry: ${unfinished.map((r) => `${r.school} / ${r.scenario}`).join('; ')}`,
    );
    process.exitCode = 1;
  }
  const over = measured.filter((r) => !r.withinLimits);
  if (over.length) {
    console.error(
      `\n${over.length} scenario(s) have an execution over its Apps Script limit: ${over.map((r) => `${r.school} / ${r.scenario}`).join('; ')}`,
    );
    process.exitCode = 1;
  }
}

main();

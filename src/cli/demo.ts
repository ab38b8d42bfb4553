// `npm run demo`: the built add-on, unchanged, run against the emulated Workspace on a sample school, driven
// through its own entry points as an admin, facilitators and teachers would; everything it made is written to
// out/demo/ for a person to open.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appsScriptCpuFactor } from '../emulator/cpu-time';
import { runDemo } from '../emulator/demo-flow';
import { runDistrictDemo } from '../emulator/district-demo';
import { projectRoot } from '../emulator/harness';
import { DemoFolderRefused, prepareDemoFolder, writeDemoMarker } from './demo-folder';
import { DemoUsageError, parseDemoArgs } from './demo-options';

async function main(): Promise<void> {
  const started = Date.now();
  const options = parseDemoArgs(process.argv.slice(2));
  const out = options.out ?? join(projectRoot(), 'out', options.district ? 'demo-district' : 'demo');
  const { seed, timeZone } = options;
  const locale = options.locale ?? (timeZone ? typicalLocale(timeZone) : undefined);
  prepareDemoFolder(out);
  // exportXlsx writes the registries by path, not through write().
  const wrote = new Set<string>(
    options.district ? ['north-registry.xlsx', 'south-registry.xlsx'] : ['registry.xlsx', 'next-year.xlsx'],
  );
  // The marker is written first and again at the end, so a run stopped half-way still leaves a folder the next
  // run recognises as the demo's own.
  writeDemoMarker(out, wrote);
  const write = (file: string, content: string) => {
    const top = file.split('/')[0]!;
    if (!wrote.has(top)) {
      wrote.add(top);
      writeDemoMarker(out, wrote);
    }
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), content);
  };
  const report = options.district
    ? (await runDistrictDemo({ out, seed, write })).lines
    : await runDemo({ out, seed, timeZone, locale, write, cpuFactor: appsScriptCpuFactor });
  console.log(report.join('\n'));
  console.log(`\nWrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

/** The locale a school in that zone most likely keeps, so `--time-zone Europe/London` writes 15:30, not 3:30 PM. */
function typicalLocale(timeZone: string): string {
  const byZone: Record<string, string> = {
    'Europe/London': 'en_GB',
    'Europe/Dublin': 'en_IE',
    'Australia/Sydney': 'en_AU',
    'Australia/Melbourne': 'en_AU',
    'Australia/Brisbane': 'en_AU',
    'Australia/Perth': 'en_AU',
    'Asia/Kolkata': 'en_IN',
    'Pacific/Auckland': 'en_NZ',
    'Pacific/Chatham': 'en_NZ',
    'Africa/Johannesburg': 'en_ZA',
  };
  return byZone[timeZone] ?? 'en_US';
}

main().catch((error) => {
  if (error instanceof DemoUsageError || error instanceof DemoFolderRefused) {
    console.error(`npm run demo: ${error.message}`);
    process.exit(2);
  }
  console.error(error);
  process.exit(1);
});

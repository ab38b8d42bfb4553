// `npm run demo`: the built add-on, unchanged, run against the emulated Workspace on a sample school, driven
// through its own entry points as an admin, facilitators and teachers would; everything it made is written to
// out/demo/ for a person to open.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appsScriptCpuFactor } from '../emulator/cpu-time';
import { runDemo } from '../emulator/demo-flow';
import { projectRoot } from '../emulator/harness';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const started = Date.now();
  const out = option('out') ?? join(projectRoot(), 'out', 'demo');
  const seed = Number(option('seed') ?? '1');
  const timeZone = option('time-zone');
  const locale = option('locale') ?? (timeZone ? typicalLocale(timeZone) : undefined);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const report = await runDemo({
    out,
    seed,
    timeZone,
    locale,
    cpuFactor: appsScriptCpuFactor,
    write: (file: string, content: string) => {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), content);
    },
  });
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
  console.error(error);
  process.exit(1);
});

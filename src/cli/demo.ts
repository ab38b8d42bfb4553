// `npm run demo`: the built add-on, unchanged, run against the emulated Workspace on a sample school, driven
// through its own entry points as an admin, facilitators and teachers would; everything it made is written to
// out/demo/ for a person to open.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const report = await runDemo({
    out,
    seed,
    write: (file: string, content: string) => {
      mkdirSync(dirname(join(out, file)), { recursive: true });
      writeFileSync(join(out, file), content);
    },
  });
  console.log(report.join('\n'));
  console.log(`\nWrote ${out} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

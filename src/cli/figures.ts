// `npm run figures`: runs the benchmark and the demo afresh and writes every figure the README quotes
// (readme-figures.ts) — so the README's numbers are always those of one run of the code beside it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { figuresOf, markersIn, withFigures } from './readme-figures';

function run(args: string[]): string {
  const done = spawnSync(process.execPath, ['src/cli/run.mjs', ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (done.status !== 0) throw new Error(`${args.join(' ')} failed:\n${done.stderr}`);
  process.stdout.write(`ran ${args[0]}\n`);
  return done.stdout;
}

const readmeFile = join(process.cwd(), 'README.md');
const bench = run(['bench-registry']) + run(['bench']);
const demo = run(['demo', '--out', mkdtempSync(join(tmpdir(), 'plg-figures-'))]);
const figures = figuresOf(bench, demo);
const readme = readFileSync(readmeFile, 'utf8');
writeFileSync(readmeFile, withFigures(readme, figures));
console.log(`README.md: ${markersIn(readme).length} figures written from this run.`);

// Runs a TypeScript tool from src/cli against a fresh add-on build: `node src/cli/run.mjs demo --seed 7`.
import { spawnSync } from 'node:child_process';
import { buildAddon, buildTool } from './build.mjs';

const [name, ...args] = process.argv.slice(2);
if (!name) {
  console.error('usage: node src/cli/run.mjs <tool> [args]');
  process.exit(2);
}
await buildAddon();
const tool = await buildTool(name);
const run = spawnSync(process.execPath, ['--enable-source-maps', tool, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);

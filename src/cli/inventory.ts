// `npm run inventory`: records every Apps Script method the bundle calls while the whole test suite runs
// (PLG_RECORD_CALLS_DIR makes every school the tests start record its calls; each jest worker writes its own
// file), then merges them into src/emulator/inventory/methods.json: a new method gets its reference page and
// a guessed pinning test (an emulator test that calls it) to check by hand; a method the bundle no longer
// calls is dropped. `--from <dir>` merges an earlier recording instead of running the suite again; extra
// arguments are passed to jest (e.g. test paths, to record part of the suite: then nothing is dropped, as a
// part cannot tell what the rest still calls).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recordCallsDirVariable } from '../emulator/inventory/recorded-addon';
import {
  inventoryFile,
  pinningCandidate,
  readInventory,
  referenceFor,
  testCases,
  type MethodInventory,
} from '../emulator/inventory/inventory';

function main(): void {
  // The working folder npm runs the script in: this tool is built into node_modules, which a worktree may
  // share with another checkout, so its own location does not say which project it serves.
  const root = process.cwd();
  if (!existsSync(join(root, inventoryFile))) throw new Error(`Run from the project root (no ${inventoryFile})`);
  const args = process.argv.slice(2);
  const fromAt = args.indexOf('--from');
  let dir: string;
  if (fromAt >= 0) dir = args[fromAt + 1]!;
  else {
    dir = mkdtempSync(join(tmpdir(), 'plg-calls-'));
    const jest = spawnSync('npx', ['jest', ...args], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, [recordCallsDirVariable]: dir },
    });
    if (jest.status !== 0) console.warn('Some tests failed; the calls they made before failing are recorded.');
  }
  const kinds = new Set(
    readdirSync(dir)
      .filter((f) => f.startsWith('calls-'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
      .filter(Boolean),
  );
  const unnamed = [...kinds].filter((k) => k.includes('?'));
  if (unnamed.length) {
    console.error(`Classes the inventory cannot name (add them to class-names.ts):\n  ${unnamed.join('\n  ')}`);
    process.exit(1);
  }
  const old = readInventory(root);
  const cases = testCases(root);
  const methods: MethodInventory['methods'] = {};
  const added: string[] = [];
  for (const kind of [...kinds].sort()) {
    const known = old.methods[kind];
    if (known) methods[kind] = known;
    else {
      methods[kind] = { reference: referenceFor(kind), pinnedBy: pinningCandidate(kind, cases) };
      added.push(kind);
    }
  }
  const partial = fromAt < 0 && args.length > 0;
  if (partial) for (const [kind, entry] of Object.entries(old.methods)) methods[kind] ??= entry;
  const dropped = Object.keys(old.methods).filter((k) => !(k in methods));
  const sorted = Object.fromEntries(Object.entries(methods).sort(([a], [b]) => a.localeCompare(b)));
  writeFileSync(join(root, inventoryFile), `${JSON.stringify({ about: old.about, methods: sorted }, null, 2)}\n`);
  const unpinned = Object.entries(methods).filter(([, e]) => !e.pinnedBy);
  console.log(
    `${kinds.size} methods recorded (from ${dir}${partial ? ', part of the suite' : ''}); ${added.length} added, ${dropped.length} dropped.`,
  );
  for (const k of added) console.log(`  + ${k}`);
  for (const k of dropped) console.log(`  - ${k}`);
  if (unpinned.length) console.log(`No pinning test yet:\n  ${unpinned.map(([k]) => k).join('\n  ')}`);
}

main();

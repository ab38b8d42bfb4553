// Bundles the add-on into build/Code.js for Apps Script, and the Node tools (demo, bench) into a cache folder.
// Apps Script finds functions only as top-level declarations, so the bundle is an IIFE assigned to one global
// (PLGHub) followed by a generated footer of forwarding declarations, one per name in src/addon/entry-points.ts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const bundlePath = join(root, 'build', 'Code.js');
// PLG_HUB_TOOLS_DIR lets two checkouts sharing one node_modules keep their bundled tools apart.
const toolsDir = process.env.PLG_HUB_TOOLS_DIR ?? join(root, 'node_modules', '.cache', 'plg-hub');

export async function buildAddon() {
  const result = await build({
    entryPoints: [join(root, 'src/addon/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'PLGHub',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2019',
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const body = result.outputFiles[0].text;
  // Loading in a context with no Apps Script globals reads the entry-point names; any service touched at
  // global scope fails here (test/build/bundle.test.ts checks it strictly).
  const context = vm.createContext({ console });
  vm.runInContext(body, context, { filename: 'Code.js' });
  const names = Object.keys(context.PLGHub.entryPoints);
  const footer = names.map((name) => `function ${name}(e) { return PLGHub.entryPoints.${name}(e); }`).join('\n');
  mkdirSync(dirname(bundlePath), { recursive: true });
  writeFileSync(
    bundlePath,
    `${body}\n// Entry points Apps Script calls by name (generated from src/addon/entry-points.ts).\n${footer}\n`,
  );
  copyFileSync(join(root, 'appsscript.json'), join(root, 'build', 'appsscript.json'));
  return { bundlePath, entryPoints: names, bytes: readFileSync(bundlePath).length };
}

/** Bundles a Node tool (the demo, the benchmark) so it runs with plain `node`. */
export async function buildTool(name) {
  mkdirSync(toolsDir, { recursive: true });
  const outfile = join(toolsDir, `${name}.cjs`);
  await build({
    entryPoints: [join(root, 'src/cli', `${name}.ts`)],
    bundle: true,
    outfile,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return outfile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { entryPoints, bytes } = await buildAddon();
  console.log(`build/Code.js: ${(bytes / 1024).toFixed(0)} KiB, ${entryPoints.length} entry points`);
}

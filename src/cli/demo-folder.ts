// Where `npm run demo --out DIR` writes, made safe: the demo only ever clears a folder it made itself. It leaves a
// marker file listing what it wrote; the next run removes exactly those entries and nothing else. A folder that
// has files but no marker is someone else's, and is refused untouched — the demo never guesses.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const markerName = '.plg-hub-demo';

const Marker = z.object({ tool: z.literal('PLG Hub demo'), wrote: z.array(z.string()) });

/** A folder the demo may not use, said so a person knows what to do. */
export class DemoFolderRefused extends Error {}

/**
 * Makes `dir` ready for a run: created if missing; emptied of what the last demo run wrote if it holds PLG Hub's
 * marker; used as it is if empty. Anything else — a file, or a folder with other people's files — is refused and
 * left exactly as it was.
 */
export function prepareDemoFolder(dir: string): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true });
    return;
  }
  if (!statSync(dir).isDirectory())
    throw new DemoFolderRefused(`--out ${dir}: that is a file, not a folder. Nothing was changed.`);
  const entries = readdirSync(dir);
  if (entries.length === 0) return;
  const marker = readMarker(dir);
  if (!marker)
    throw new DemoFolderRefused(
      `--out ${dir}: the folder already holds ${entries.length} ${entries.length === 1 ? 'entry' : 'entries'} ` +
        `(${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', …' : ''}) and no ${markerName} file, so PLG Hub ` +
        'did not make it. Nothing was deleted. Choose a new or empty folder, e.g. --out out/demo-2.',
    );
  // Only what the last run listed, and only plain names inside the folder (a hand-edited marker cannot reach out).
  for (const name of marker.wrote) if (isPlainName(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Records what this run wrote (the top-level names under `dir`), so the next run clears exactly that. */
export function writeDemoMarker(dir: string, wrote: Iterable<string>): void {
  const marker: z.infer<typeof Marker> = { tool: 'PLG Hub demo', wrote: [...new Set(wrote)].sort() };
  writeFileSync(join(dir, markerName), `${JSON.stringify(marker, null, 2)}\n`);
}

function readMarker(dir: string): z.infer<typeof Marker> | undefined {
  const file = join(dir, markerName);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = Marker.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && name !== markerName && !/[\\/]/.test(name);
}

// Loads the bundle with its calls recorded (see ./recorder): for one test that asks, or for every school the
// test suite starts when PLG_RECORD_CALLS_DIR names a folder (`npm run inventory` sets it), each test process
// then appending the kinds it sees to its own file there, so jest's parallel workers never share one.
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon, type LoadedAddon } from '../runtime';
import type { Workspace } from '../workspace';
import { callRecorder, type CallRecorder } from './recorder';

export const recordCallsDirVariable = 'PLG_RECORD_CALLS_DIR';

let suiteRecorder: CallRecorder | null | undefined;

/** The recorder every school of this process shares when the suite is being recorded, else null. */
export function suiteCallRecorder(): CallRecorder | null {
  if (suiteRecorder !== undefined) return suiteRecorder;
  const dir = process.env[recordCallsDirVariable];
  if (!dir) return (suiteRecorder = null);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `calls-${process.pid}.txt`);
  return (suiteRecorder = callRecorder((kind) => appendFileSync(file, `${kind}\n`)));
}

/** loadAddon, with every call the bundle makes recorded when a recorder is given. */
export function loadRecordedAddon(
  ws: Workspace,
  bundle: string,
  globals: Record<string, unknown>,
  recorder: CallRecorder | null,
): LoadedAddon {
  if (!recorder) return loadAddon(ws, bundle, globals);
  const addon = loadAddon(ws, bundle, recorder.wrapGlobals(globals));
  // What an entry point returns (a card, an action response) goes back to the emulator's host as its own.
  return { ...addon, run: (name, event, options) => recorder.unwrap(addon.run(name, event, options)) };
}

// A saved workspace opened again with a fresh load of the bundle, so a test or the benchmark can replay one
// moment (say, just before Apply) many times. Each reopening is a new Apps Script "deployment": the add-on's
// own module state starts empty, as it does in every real execution.
import { readFileSync } from 'node:fs';
import { bundleFile, schoolOn } from '../harness';
import type { EmulatedSchool } from '../harness';
import { appsScriptGlobals } from '../services';
import type { SampleSchool } from '../sample-school';
import { Workspace } from '../workspace';

export interface SavedSchool {
  workspace: string;
  school: SampleSchool;
  spreadsheetId: string;
}

let cachedBundle: string | undefined;

function bundle(): string {
  cachedBundle ??= readFileSync(bundleFile, 'utf8');
  return cachedBundle;
}

export function saveSchool(s: EmulatedSchool): SavedSchool {
  return { workspace: s.ws.save(), school: s.school, spreadsheetId: s.spreadsheetId };
}

/** The same school, as it was when saved, driven exactly as harness.startSchool's school is driven. */
export function reopenSchool(saved: SavedSchool): EmulatedSchool {
  const ws = Workspace.load(saved.workspace);
  return schoolOn(ws, appsScriptGlobals(ws), saved.school, saved.spreadsheetId, bundle());
}

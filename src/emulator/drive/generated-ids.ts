// Drive API files.generateIds: ids a client may give files.create ("Generates a set of file IDs which can be
// provided in create or copy requests",
// https://developers.google.com/workspace/drive/api/reference/rest/v3/files/generateIds), so it knows a file's
// id before the file exists. What the emulator keeps of it: each id generated for the requesting user, unused
// until a create takes it; a create naming an id that was never generated, or generated for someone else, or
// already taken, is refused (Google's texts in rest-api.ts). The ids come from the workspace's own id sequence,
// so no id a file is given later can collide with one handed out here.
import type { Workspace } from '../workspace';

type GeneratedSlice = Record<string, { for: string }>;

function slice(ws: Workspace): GeneratedSlice {
  return ws.slice<GeneratedSlice>('driveGeneratedIds', () => ({}));
}

export function generateIds(ws: Workspace, count: number, email: string): string[] {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = ws.newId();
    slice(ws)[id] = { for: email.toLowerCase() };
    ids.push(id);
  }
  return ids;
}

/**
 * Takes a generated id for a new file: 'ok' (the id is now used), 'taken' (a file already has it) or 'unusable'
 * (never generated for this user).
 */
export function takeGeneratedId(ws: Workspace, id: string, email: string): 'ok' | 'taken' | 'unusable' {
  if (ws.files[id]) return 'taken';
  const generated = slice(ws)[id];
  if (!generated || generated.for !== email.toLowerCase()) return 'unusable';
  delete slice(ws)[id];
  return 'ok';
}

// Where a Drive file sits. Services create files with no parents (a new Doc, Form or Spreadsheet lands in
// "My Drive"), so an empty parents list means the root folder, which is made on first use.
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';

interface DriveState {
  rootId: string;
}

export function rootFolderId(ws: Workspace): string {
  const state = ws.slice<DriveState>('drive', () => ({ rootId: '' }));
  if (!state.rootId || !ws.files[state.rootId]) {
    state.rootId = ws.createFile({ name: 'My Drive', mimeType: mimeTypes.folder }).id;
  }
  return state.rootId;
}

export function parentIdsOf(ws: Workspace, record: FileRecord): string[] {
  if (record.parents.length > 0) return record.parents;
  const root = rootFolderId(ws);
  return record.id === root ? [] : [root];
}

/** The folders that hold `record`, nearest first, each once. */
export function ancestorsOf(ws: Workspace, record: FileRecord): FileRecord[] {
  const seen = new Set<string>([record.id]);
  const out: FileRecord[] = [];
  const queue = [...parentIdsOf(ws, record)];
  while (queue.length > 0) {
    const id = queue.shift()!;
    const parent = ws.files[id];
    if (seen.has(id) || !parent) continue;
    seen.add(id);
    out.push(parent);
    queue.push(...parentIdsOf(ws, parent));
  }
  return out;
}

export function childrenOf(ws: Workspace, folderId: string): FileRecord[] {
  return Object.values(ws.files).filter((f) => !f.trashed && parentIdsOf(ws, f).includes(folderId));
}

// Where a Drive file sits. Services create files with no parents (a new Doc, Form or Spreadsheet lands in its
// creator's "My Drive"), so an empty parents list means the owner's root folder. Every user has their own
// root, made on first use.
import { mimeTypes, type FileRecord, type Workspace } from '../workspace';

interface DriveState {
  /** The first user's root (workspaces saved before each user had one keep theirs here). */
  rootId: string;
  /** owner email → root folder id */
  roots?: Record<string, string>;
}

/** The root folder ("My Drive") of `email`, the signed-in user by default, made on first use. */
export function rootFolderId(ws: Workspace, email = ws.user.email): string {
  const known = existingRoot(ws, email);
  if (known) return known;
  const state = driveState(ws);
  const id = ws.createFile({ name: 'My Drive', mimeType: mimeTypes.folder, owner: email }).id;
  state.roots![email] = id;
  if (!state.rootId || !ws.files[state.rootId]) state.rootId = id;
  return id;
}

/** The user's root if it exists; looking never creates one, so reading Drive never changes it. */
function existingRoot(ws: Workspace, email: string): string | undefined {
  const state = driveState(ws);
  const owner = email.toLowerCase();
  return Object.entries(state.roots!).find(([who, id]) => who.toLowerCase() === owner && ws.files[id])?.[1];
}

function driveState(ws: Workspace): DriveState {
  const state = ws.slice<DriveState>('drive', () => ({ rootId: '' }));
  const roots = (state.roots ??= {});
  const legacy = state.rootId ? ws.files[state.rootId] : undefined;
  if (legacy && !Object.values(roots).includes(legacy.id)) roots[legacy.owner] = legacy.id;
  return state;
}

function isRoot(ws: Workspace, id: string): boolean {
  const state = driveState(ws);
  return id === state.rootId || Object.values(state.roots!).includes(id);
}

export function parentIdsOf(ws: Workspace, record: FileRecord): string[] {
  if (record.parents.length > 0) return record.parents;
  if (record.mimeType === mimeTypes.folder && isRoot(ws, record.id)) return [];
  const root = existingRoot(ws, record.owner);
  return root ? [root] : [];
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

// Publishes the teachers' directory: one card file per group (core/directory-card.ts) in the registry's
// "PLG Hub card data" folder, signed with the registry's secret and shared, view only, with exactly the group's
// roster. What was written is fingerprinted in the registry's state, so a sync that changed nothing for a group
// makes no Drive call for it. A run stopped between making a file and recording it finds the file again by its
// name (the group's key) in the registry's own folder, so no group ever gets two. The Drive API requests that
// make, rewrite and share the files, few for any number of groups, are in card-file-drive.ts.
import { driveLiteral } from './google-rest';
import {
  cardContent,
  cardFilePrefix,
  cardFileName,
  cardMimeType,
  newestPerGroup,
  readCard,
  type CardRead,
} from '../core/directory-card';
import { contentHash } from '../core/content-hash';
import { directoryEntries, legacyDirectoryPrefix, type DirectoryEntry } from '../core/directory';
import type { Registry } from '../core/registry/registry';
import { instantToLocal } from '../core/schedule/zoned-time';
import { createFiles, generateFileIds, updateFiles } from './card-file-drive';
import { filesInFolder } from './drive-folder-contents';
import { changeSharing, permissionsOf } from './drive-permissions';
import { entitledTo } from './group-sharing';
import { ensurePlgFolder } from './plg-folder';
import type { OpenRegistry } from './registry-io';
import { isRegistryKey } from './registry-keys';
import { RegistryState } from './registry-state';

const secretPrefix = 'plg.cardKey.';
const folderKey = 'card.folder';
const legacyClearedKey = 'card.legacyCleared';
const cardFolderName = 'PLG Hub card data';
const recordKey = (groupKey: string) => `card.${groupKey}`;

interface CardRecord {
  file: string;
  /** Fingerprint of the entry last written. */
  body: string;
  /** Fingerprint of the readers last shared with. */
  readers: string;
}

function parseRecord(raw: string | undefined): CardRecord | undefined {
  if (!raw) return undefined;
  const [file, body, readers] = raw.split(' ');
  return file && body && readers ? { file, body, readers } : undefined;
}

/**
 * About what writing card files costs: the requests every write makes once (the folder, the listing, the ids, the
 * state write: about 1.5 s), and each file's share of the uploads and sharing batches, which go out together,
 * a new file's upload or a file already there's new content alike.
 */
const cardWritesFixedMs = 2_000;
const cardWriteMs = 400;

export interface DirectoryProgress {
  /** Card files written or re-shared. */
  changed: number;
  /** Card files that need writing but did not fit in `budget`. */
  remaining: number;
}

/** One card file to bring up to date in this run. */
interface CardWork {
  key: string;
  json: string;
  readers: string[];
  bodyPrint: string;
  readersPrint: string;
  record?: CardRecord;
  /** Known once the file is found or made. */
  fileId?: string;
  /** Made by this run, content and all: private to its owner until shared. */
  created?: boolean;
  /** Its recorded file was found deleted: made anew, never adopted by name. */
  gone?: boolean;
}

/**
 * Brings every active group's card file up to date, as far as `budget` allows; a group that is held (its rows
 * could not be read) keeps the file it had: its roster is not known today. New files are made with their
 * signed content under ids asked for first (card-file-drive.ts), and all sharing changes go out in Drive batch
 * requests; a file is recorded only once its content and sharing are done, so a stopped run redoes the rest.
 */
export function publishDirectory(
  open: OpenRegistry,
  registry: Registry,
  now: Date,
  isHeld: (group: { id: string; key?: string }) => boolean = () => false,
  budget: { allows(stepMs?: number): boolean } = { allows: () => true },
): DirectoryProgress {
  const state = RegistryState.of(open);
  const today = instantToLocal(now, registry.settings.timeZone).date;
  const wanted = directoryEntries(registry, now);
  const groups = new Map(registry.groups.map((g) => [g.row.id, g.row]));
  let remaining = 0;
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  /** The card files of the groups the person running this has a part in: they own them, so none is "shared". */
  const mine: string[] = [];
  const work: CardWork[] = [];
  for (const [key, published] of wanted) {
    const group = groups.get(published.groupId)!;
    if (isHeld(group)) continue;
    const entitled = entitledTo(registry, group, today);
    const readers = [...new Set([...entitled.editors, ...entitled.viewers])].sort();
    const record = parseRecord(state.get(recordKey(key)));
    if (record && readers.includes(me)) mine.push(record.file);
    const bodyPrint = contentHash(published.json);
    const readersPrint = contentHash(readers.join(' '));
    if (record && record.body === bodyPrint && record.readers === readersPrint) continue;
    // Each file taken is work this run must still do (the writes come after this loop), so the budget is asked
    // for all of them together, not for one at a time.
    if (!budget.allows(cardWritesFixedMs + cardWriteMs * (work.length + 1))) {
      remaining += 1;
      continue;
    }
    work.push({ key, json: published.json, readers, bodyPrint, readersPrint, record, fileId: record?.file });
  }
  let secret: string | undefined;
  const content = (fileId: string, json: string) => {
    secret ??= registrySecret(open.id);
    const text = { reg: open.id, file: fileId, at: now.toISOString(), entry: json };
    return cardContent(text, (body) => sign(secret!, body));
  };
  /** A file's new content, signed, as an upload. */
  const upload = (w: CardWork) => ({
    id: w.fileId!,
    name: cardFileName(w.key),
    mimeType: cardMimeType,
    text: content(w.fileId!, w.json),
  });
  // A recorded file whose content changed is rewritten first: one someone deleted answers "gone", and is made
  // anew below with the new ones, instead of stopping every other group's card (and the removal of people who
  // left) until someone notices.
  const rewrite = work.filter((w) => w.record && w.record.body !== w.bodyPrint);
  const rewritten = updateFiles(rewrite.map(upload));
  const refused = rewritten.find((r): r is Error => r instanceof Error);
  if (refused) throw refused;
  rewrite.forEach((w, i) => {
    if (rewritten[i] !== 'gone') return;
    const at = mine.indexOf(w.fileId!);
    if (at >= 0) mine.splice(at, 1);
    Object.assign(w, { record: undefined, fileId: undefined, gone: true });
  });
  const fresh = work.filter((w) => !w.record);
  if (fresh.length) {
    const folderId = ensureCardFolder(open, registry, state).getId();
    // A run stopped after making a file but before recording it: the file is found by its name, not made twice.
    const found = filesInFolder(folderId, { what: 'the card folder' });
    // (Not for a file that was just found gone: its name may still be listed for a moment; it is made anew.)
    for (const w of fresh) if (!w.gone) w.fileId = found.get(cardFileName(w.key));
    const toMake = fresh.filter((w) => !w.fileId);
    const ids = toMake.length ? generateFileIds(toMake.length) : [];
    toMake.forEach((w, i) => (w.fileId = ids[i]));
    const made = createFiles(
      toMake.map((w) => ({
        id: w.fileId!,
        name: cardFileName(w.key),
        folderId,
        mimeType: cardMimeType,
        text: content(w.fileId!, w.json),
      })),
    );
    const failed = made.find((m): m is Error => m instanceof Error);
    if (failed) throw failed;
    for (const w of toMake) w.created = true;
  }
  for (const w of work) if (!w.record && w.readers.includes(me)) mine.push(w.fileId!);
  // Content for a file a stopped run made and never recorded (found by its name above), all uploaded at once.
  const adopted = work.filter((w) => !w.record && !w.created);
  const adoptedAnswers = updateFiles(adopted.map(upload));
  const failed = adoptedAnswers.find((r) => r !== true);
  if (failed)
    throw failed instanceof Error
      ? failed
      : new Error(`A card file vanished while it was being written; the next run makes it again`);
  const retiring = retiringFiles(state, wanted, registry);
  const gone = shareExactly([
    ...work
      .filter((w) => !(w.record && w.record.readers === w.readersPrint))
      .map((w) => ({ fileId: w.fileId!, readers: w.readers, known: w.created ? { owner: me } : undefined })),
    ...retiring.map((r) => ({ fileId: r.record.file, readers: [] })),
  ]);
  // A file found gone while its sharing was read keeps no record: the next run makes it anew.
  for (const w of work)
    if (gone.has(w.fileId!)) state.delete(recordKey(w.key));
    else state.set(recordKey(w.key), [w.fileId, w.bodyPrint, w.readersPrint].join(' '));
  for (const r of retiring) state.set(r.stateKey, [r.record.file, r.record.body, 'none'].join(' '));
  const changed = work.length + retiring.length;
  clearLegacyEntries(open.id, state);
  if (changed > 0) rememberMine(open.id, mine);
  state.flush();
  return { changed, remaining };
}

/**
 * Shares each file, view only, with exactly its readers: adds who is missing, removes every other person but its
 * owner (who reads it by owning it; Drive takes no second role for them). A file this run made is private to
 * `known.owner`, so nothing is read for it; the others' permissions are read first, all at once. Returns the files
 * found gone (deleted by someone): they are left out, and the caller makes them anew next run.
 */
function shareExactly(
  files: readonly { fileId: string; readers: readonly string[]; known?: { owner: string } }[],
): Set<string> {
  const current = permissionsOf(
    files.filter((f) => !f.known).map((f) => f.fileId),
    'a card file',
  );
  const gone = new Set([...current].filter(([, p]) => p === 'gone').map(([fileId]) => fileId));
  changeSharing(
    files
      .filter((file) => !gone.has(file.fileId))
      .map((file) => {
        const found = current.get(file.fileId);
        const permissions = found === 'gone' || found === undefined ? [] : found;
        const owner = file.known?.owner ?? permissions.find((p) => p.role === 'owner')?.email ?? '';
        const has = new Set(permissions.map((p) => p.email));
        return {
          fileId: file.fileId,
          add: file.readers
            .filter((e) => !has.has(e) && e !== owner)
            .map((email) => ({ email, role: 'reader' as const })),
          remove: permissions.filter((p) => p.role !== 'owner' && !file.readers.includes(p.email)).map((p) => p.id),
        };
      }),
    'a card file',
  );
  return gone;
}

/** A group no longer active (or removed) keeps its file, unshared: nobody's card shows it any more. */
function retiringFiles(
  state: RegistryState,
  wanted: Map<string, unknown>,
  registry: Registry,
): { stateKey: string; record: CardRecord }[] {
  // A group whose rows are held is still active in the registry: only a group gone or made inactive is retired.
  const active = new Set(registry.groups.filter((g) => g.row.active).map((g) => (g.row.key ?? g.row.id).toUpperCase()));
  const retiring: { stateKey: string; record: CardRecord }[] = [];
  for (const [stateKey, raw] of state.entries('card.')) {
    const key = stateKey.slice('card.'.length);
    const record = parseRecord(raw);
    if (!record || wanted.has(key) || active.has(key) || record.readers === 'none') continue;
    retiring.push({ stateKey, record });
  }
  return retiring;
}

const ownCardsPrefix = 'plg.ownCards.';

/** In the runner's own user properties: which of this registry's card files are about them. */
function rememberMine(registryId: string, files: readonly string[]): void {
  const properties = PropertiesService.getUserProperties();
  const value = [...new Set(files)].sort().join(' ');
  const name = ownCardsPrefix + registryId;
  if ((properties.getProperty(name) ?? '') === value) return;
  if (value) properties.setProperty(name, value);
  else properties.deleteProperty(name);
}

/** The registry's card folder, inside its PLG Hub folder: made once, recorded in the registry's state. */
function ensureCardFolder(open: OpenRegistry, registry: Registry, state: RegistryState): GoogleAppsScript.Drive.Folder {
  const recorded = state.get(folderKey);
  if (recorded) return DriveApp.getFolderById(recorded);
  const parent = ensurePlgFolder(open.tabs.get('Settings')!, registry.settings);
  const existing = parent.getFoldersByName(cardFolderName);
  const folder = existing.hasNext() ? existing.next() : parent.createFolder(cardFolderName);
  state.set(folderKey, folder.getId());
  state.flush();
  return folder;
}

/** Entries under the old script-property directory are this registry's to remove, once. */
function clearLegacyEntries(registryId: string, state: RegistryState): void {
  if (state.get(legacyClearedKey)) return;
  const properties = PropertiesService.getScriptProperties();
  for (const key of properties.getKeys()) {
    if (isRegistryKey(key, legacyDirectoryPrefix, registryId, 1)) properties.deleteProperty(key);
  }
  state.set(legacyClearedKey, '1');
}

/**
 * The registry's signing secret, made on first use. Script properties are readable only by PLG Hub's own code,
 * never by a person, so only a sync of this registry can sign its cards.
 */
function registrySecret(registryId: string): string {
  const properties = PropertiesService.getScriptProperties();
  const name = secretPrefix + registryId;
  const existing = properties.getProperty(name);
  if (existing) return existing;
  const made = Utilities.getUuid() + Utilities.getUuid();
  properties.setProperty(name, made);
  return made;
}

function sign(secret: string, text: string): string {
  return Utilities.base64EncodeWebSafe(Utilities.computeHmacSha256Signature(text, secret));
}

/** Read side: the secrets of the registries a person's card files name, looked up once per execution. */
function verifier(): (registryId: string, text: string, sig: string) => boolean {
  const secrets = new Map<string, string | null>();
  return (registryId, text, sig) => {
    if (!secrets.has(registryId)) {
      secrets.set(registryId, PropertiesService.getScriptProperties().getProperty(secretPrefix + registryId));
    }
    const secret = secrets.get(registryId);
    return Boolean(secret) && sign(secret!, text) === sig;
  };
}

function readFiles(
  files: { hasNext(): boolean; next(): GoogleAppsScript.Drive.File },
  verify: ReturnType<typeof verifier>,
): CardRead[] {
  const reads: CardRead[] = [];
  while (files.hasNext()) {
    const file = files.next();
    const read = readCard(file.getBlob().getDataAsString(), file.getId(), verify);
    if (read) reads.push(read);
  }
  return reads;
}

/**
 * The groups `me` has a part in: the card files shared with them, and — for whoever runs a registry's sync and
 * so owns its files — the ones their own user properties list.
 */
export function readMyDirectory(me: string): DirectoryEntry[] {
  const query = `title contains ${driveLiteral(cardFilePrefix.trim())} and mimeType = '${cardMimeType}' and sharedWithMe and trashed = false`;
  const verify = verifier();
  const reads = readFiles(DriveApp.searchFiles(query), verify);
  const own = Object.entries(PropertiesService.getUserProperties().getProperties())
    .filter(([name]) => name.startsWith(ownCardsPrefix))
    .flatMap(([, ids]) => ids.split(' ').filter(Boolean));
  for (const id of own) {
    try {
      reads.push(...readFiles(single(DriveApp.getFileById(id)), verify));
    } catch {
      // A file its owner deleted or no longer reaches: nothing to show from it.
    }
  }
  return newestPerGroup(reads)
    .map((r) => r.entry)
    .filter((entry) => entry.roles[me]);
}

function single(file: GoogleAppsScript.Drive.File): { hasNext(): boolean; next(): GoogleAppsScript.Drive.File } {
  let done = false;
  return { hasNext: () => !done, next: () => ((done = true), file) };
}

/**
 * The entries for a group key that `me` can read (a district may have several MATH-1 groups, one per school),
 * best first by `prefer` — e.g. the one whose calendar organized the event, or in which this person has a role.
 */
export function readDirectoryEntry(
  groupKey: string,
  prefer: (entry: DirectoryEntry) => boolean = () => true,
): DirectoryEntry | undefined {
  const query = `title = ${driveLiteral(cardFileName(groupKey))} and mimeType = '${cardMimeType}' and trashed = false`;
  return newestPerGroup(readFiles(DriveApp.searchFiles(query), verifier()))
    .map((r) => r.entry)
    .find(prefer);
}

// Publishes the teachers' directory: one card file per group (core/directory-card.ts) in the registry's
// "PLG Hub card data" folder, signed with the registry's secret and shared, view only, with exactly the group's
// roster. What was written is fingerprinted in the registry's state, so a sync that changed nothing for a group
// makes no Drive call for it. A run stopped between making a file and recording it finds the file again by its
// name (the group's key) in the registry's own folder, so no group ever gets two.
import {
  cardContent,
  cardFilePrefix,
  cardFileName,
  cardMimeType,
  groupKeyOfCardFile,
  newestPerGroup,
  readCard,
  type CardRead,
} from '../core/directory-card';
import { contentHash } from '../core/content-hash';
import { directoryEntries, legacyDirectoryPrefix, type DirectoryEntry } from '../core/directory';
import type { Registry } from '../core/registry/registry';
import { instantToLocal } from '../core/schedule/zoned-time';
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

/** About what one group's card file costs to write and share (three or four Drive calls). */
const cardWriteMs = 1_200;

export interface DirectoryProgress {
  /** Card files written or re-shared. */
  changed: number;
  /** Card files that need writing but did not fit in `budget`. */
  remaining: number;
}

/**
 * Brings every active group's card file up to date, as far as `budget` allows; a group that is held (its rows
 * could not be read) keeps the file it had: its roster is not known today.
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
  let folder: GoogleAppsScript.Drive.Folder | undefined;
  let found: Map<string, GoogleAppsScript.Drive.File> | undefined;
  let secret: string | undefined;
  let changed = 0;
  let remaining = 0;
  const me = Session.getEffectiveUser().getEmail().toLowerCase();
  /** The card files of the groups the person running this has a part in: they own them, so none is "shared". */
  const mine: string[] = [];
  const cardFolder = () => (folder ??= ensureCardFolder(open, registry, state));
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
    if (!budget.allows(cardWriteMs)) {
      remaining += 1;
      continue;
    }
    let file: GoogleAppsScript.Drive.File;
    let sharedWith: string[];
    let owner = me;
    if (record) {
      file = DriveApp.getFileById(record.file);
      if (record.readers === readersPrint) sharedWith = readers;
      else [sharedWith, owner] = [viewersOf(file), file.getOwner()?.getEmail().toLowerCase() ?? ''];
    } else {
      found ??= cardFilesIn(cardFolder());
      const adopted = found.get(key);
      file = adopted ?? cardFolder().createFile(cardFileName(key), '', cardMimeType);
      if (adopted) [sharedWith, owner] = [viewersOf(file), file.getOwner()?.getEmail().toLowerCase() ?? ''];
      else sharedWith = [];
      if (readers.includes(me)) mine.push(file.getId());
    }
    if (!record || record.body !== bodyPrint) {
      secret ??= registrySecret(open.id);
      const text = { reg: open.id, file: file.getId(), at: now.toISOString(), entry: published.json };
      file.setContent(cardContent(text, (body) => sign(secret!, body)));
    }
    // The file's owner reads it by owning it; Drive takes no second role for them.
    const add = readers.filter((e) => !sharedWith.includes(e) && e !== owner);
    if (add.length) file.addViewers(add);
    for (const email of sharedWith) if (!readers.includes(email)) file.removeViewer(email);
    state.set(recordKey(key), [file.getId(), bodyPrint, readersPrint].join(' '));
    changed += 1;
  }
  changed += retireGone(state, wanted, registry);
  clearLegacyEntries(open.id, state);
  if (changed > 0) rememberMine(open.id, mine);
  state.flush();
  return { changed, remaining };
}

/** A group no longer active (or removed) keeps its file, unshared: nobody's card shows it any more. */
function retireGone(state: RegistryState, wanted: Map<string, unknown>, registry: Registry): number {
  let retired = 0;
  // A group whose rows are held is still active in the registry: only a group gone or made inactive is retired.
  const active = new Set(registry.groups.filter((g) => g.row.active).map((g) => (g.row.key ?? g.row.id).toUpperCase()));
  for (const [stateKey, raw] of state.entries('card.')) {
    const key = stateKey.slice('card.'.length);
    const record = parseRecord(raw);
    if (!record || wanted.has(key) || active.has(key) || record.readers === 'none') continue;
    const file = DriveApp.getFileById(record.file);
    for (const email of viewersOf(file)) file.removeViewer(email);
    state.set(stateKey, [record.file, record.body, 'none'].join(' '));
    retired += 1;
  }
  return retired;
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

function viewersOf(file: GoogleAppsScript.Drive.File): string[] {
  return file.getViewers().map((u) => u.getEmail().toLowerCase());
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

/** The card files already in the folder, by group key: what a stopped run made before recording it. */
function cardFilesIn(folder: GoogleAppsScript.Drive.Folder): Map<string, GoogleAppsScript.Drive.File> {
  const files = new Map<string, GoogleAppsScript.Drive.File>();
  const all = folder.getFiles();
  while (all.hasNext()) {
    const file = all.next();
    const key = groupKeyOfCardFile(file.getName());
    if (key && !files.has(key)) files.set(key, file);
  }
  return files;
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

function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
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
  const query = `title contains ${quoted(cardFilePrefix.trim())} and mimeType = '${cardMimeType}' and sharedWithMe and trashed = false`;
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
  const query = `title = ${quoted(cardFileName(groupKey))} and mimeType = '${cardMimeType}' and trashed = false`;
  return newestPerGroup(readFiles(DriveApp.searchFiles(query), verifier()))
    .map((r) => r.entry)
    .find(prefer);
}

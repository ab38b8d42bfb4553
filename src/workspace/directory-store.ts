// Publishes the teachers' directory (core/directory.ts) to script properties, each registry under its own names
// (registry-keys.ts): one read to compare, and one write of only the entries that changed, so a sync that changed
// nothing writes nothing — and removing a group removes only this registry's entry, never another school's.
import { directoryEntries, directoryPrefix, parseDirectoryEntry, type DirectoryEntry } from '../core/directory';
import type { Registry } from '../core/registry/registry';
import { isRegistryKey, keyScope } from './registry-keys';

export function publishDirectory(registry: Registry, now: Date, registryId: string): number {
  const properties = PropertiesService.getScriptProperties();
  const stored = properties.getProperties();
  const wanted = directoryEntries(registry, now, keyScope(registryId));
  const changed: Record<string, string> = {};
  for (const [key, value] of Object.entries(wanted)) if (stored[key] !== value) changed[key] = value;
  // Unscoped directory names have one part after the prefix: plg.group.<group key>.
  const gone = Object.keys(stored).filter(
    (key) => isRegistryKey(key, directoryPrefix, registryId, 1) && !(key in wanted),
  );
  if (Object.keys(changed).length) properties.setProperties(changed, false);
  for (const key of gone) properties.deleteProperty(key);
  return Object.keys(changed).length + gone.length;
}

/**
 * The entries of every registry for a group key (a district may have several MATH-1 groups), best first by
 * `prefer` — e.g. the one whose calendar organized the event, or in which this person has a role.
 */
export function readDirectoryEntry(
  groupKey: string,
  prefer: (entry: DirectoryEntry) => boolean = () => true,
): DirectoryEntry | undefined {
  const candidates = readDirectory().filter(
    (entry) => entry.id.toUpperCase() === groupKey.toUpperCase() || entry.key?.toUpperCase() === groupKey.toUpperCase(),
  );
  return candidates.find(prefer);
}

export function readDirectory(): DirectoryEntry[] {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.entries(all)
    .filter(([key]) => key.startsWith(directoryPrefix))
    .map(([, value]) => parseDirectoryEntry(value))
    .filter((e): e is DirectoryEntry => e !== undefined);
}

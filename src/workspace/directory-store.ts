// Publishes the teachers' directory (core/directory.ts) to script properties: one read to compare, and one
// write of only the entries that changed, so a sync that changed nothing writes nothing.
import { directoryEntries, directoryPrefix, parseDirectoryEntry, type DirectoryEntry } from '../core/directory';
import type { Registry } from '../core/registry/registry';

export function publishDirectory(registry: Registry, now: Date): number {
  const properties = PropertiesService.getScriptProperties();
  const stored = properties.getProperties();
  const wanted = directoryEntries(registry, now);
  const changed: Record<string, string> = {};
  for (const [key, value] of Object.entries(wanted)) if (stored[key] !== value) changed[key] = value;
  const gone = Object.keys(stored).filter((key) => key.startsWith(directoryPrefix) && !(key in wanted));
  if (Object.keys(changed).length) properties.setProperties(changed, false);
  for (const key of gone) properties.deleteProperty(key);
  return Object.keys(changed).length + gone.length;
}

export function readDirectoryEntry(groupId: string): DirectoryEntry | undefined {
  return parseDirectoryEntry(PropertiesService.getScriptProperties().getProperty(directoryPrefix + groupId));
}

export function readDirectory(): DirectoryEntry[] {
  const all = PropertiesService.getScriptProperties().getProperties();
  return Object.entries(all)
    .filter(([key]) => key.startsWith(directoryPrefix))
    .map(([, value]) => parseDirectoryEntry(value))
    .filter((e): e is DirectoryEntry => e !== undefined);
}

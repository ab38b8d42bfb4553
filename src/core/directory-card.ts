// A group's card data: the teachers' directory entry of one group (core/directory.ts), kept in a small Drive file
// that is shared — view only — with exactly the people on the group's roster, so a card can answer "who is in my
// PLG?" for a member and for nobody else, at any size of district (script properties hold 500 KB for every
// school together; a file per group has no such ceiling). Anyone can make a file and share it, so a card trusts
// a file only when its body carries the registry's signature (an HMAC with a secret only PLG Hub's code can read)
// and names the file it is in: a copy someone made, of a file they once could read, has another id and is ignored.
import { z } from 'zod';
import { parseDirectoryEntry, type DirectoryEntry } from './directory';

/** Every card file's name starts with this; the group's PLG Hub key follows, so a card can search for exactly it. */
export const cardFilePrefix = 'PLG Hub card data · ';
export const cardMimeType = 'application/json';

export function cardFileName(groupKey: string): string {
  return cardFilePrefix + groupKey.toUpperCase();
}

/** The group key a card file's name stands for, or undefined for any other name. */
export function groupKeyOfCardFile(name: string): string | undefined {
  if (!name.startsWith(cardFilePrefix)) return undefined;
  const key = name.slice(cardFilePrefix.length);
  return /^[A-Z0-9][A-Z0-9-]*$/.test(key) ? key : undefined;
}

const Body = z.object({
  v: z.literal(2),
  /** The registry (spreadsheet id) whose secret signed it. */
  reg: z.string().min(1),
  /** The Drive file the body was written into. */
  file: z.string().min(1),
  /** When it was written: of two genuine files for one group, the newer wins. */
  at: z.string(),
  entry: z.string(),
});

const Content = z.object({ about: z.string().optional(), body: z.string(), sig: z.string() });

const about =
  "PLG Hub's cards read this file to show you your PLG. It is shared, view only, with your group's roster and " +
  'rewritten by each sync; edits and copies are ignored.';

/** The file's text: the body as a string, so the signature covers exactly the characters a card will check. */
export function cardContent(
  body: { reg: string; file: string; at: string; entry: string },
  sign: (text: string) => string,
): string {
  const text = JSON.stringify({ v: 2, ...body });
  return JSON.stringify({ about, body: text, sig: sign(text) });
}

export interface CardRead {
  registryId: string;
  at: string;
  entry: DirectoryEntry;
}

/**
 * Reads a card file's text back; undefined unless it parses, names `fileId`, and `verify` accepts its signature
 * for the registry it names. Nothing in a file that fails is used.
 */
export function readCard(
  content: string,
  fileId: string,
  verify: (registryId: string, text: string, sig: string) => boolean,
): CardRead | undefined {
  const outer = safeJson(content, Content);
  if (!outer) return undefined;
  const body = safeJson(outer.body, Body);
  if (!body || body.file !== fileId || !verify(body.reg, outer.body, outer.sig)) return undefined;
  const entry = parseDirectoryEntry(body.entry);
  return entry ? { registryId: body.reg, at: body.at, entry } : undefined;
}

/** Of several genuine reads for one group of one registry, the newest. */
export function newestPerGroup(reads: readonly CardRead[]): CardRead[] {
  const best = new Map<string, CardRead>();
  for (const read of reads) {
    const id = `${read.registryId}\u0000${(read.entry.key ?? read.entry.id).toUpperCase()}`;
    const seen = best.get(id);
    if (!seen || read.at > seen.at) best.set(id, read);
  }
  return [...best.values()];
}

function safeJson<T>(text: string, schema: z.ZodType<T>): T | undefined {
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

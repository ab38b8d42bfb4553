// Exactly-once survey mail. A round's audience is fixed the first time its mail starts: one entry per person,
// in a fixed order, each with where that person stands (still to mail, in the batch being sent, mailed, skipped
// because they left before their turn, or unsure because a run stopped while Google was sending to them).
// Entries only ever grow: a person who joins later is added at the end, so nobody's place moves and a batch is
// always "these people", never "positions 50 to 99 of whatever the list is today".
//
// Stored compactly so a big school fits Apps Script's 9 KB per property value: a person is an 8-character tag
// (48 bits of a hash of their address; two of 3,000 people share one with odds of about 1 in 60 million) and
// one character of state, 900 entries to a property (8,100 characters), written together with the round's
// record in one setProperties call. Addresses are never stored: the current audience gives them back.
import { z } from 'zod';

/** Google's limit on the recipients of one message, to + cc + bcc (quotas page, "Current limitations"). */
export const recipientsPerMessageLimit = 50;

/**
 * People per message (bcc), the sender in `to` making one more recipient. Small on purpose: a run stopped at
 * exactly the send call leaves at most this many people unsure whether their message went out.
 */
export const surveyBatchSize = 25;

export type EntryState = 'pending' | 'sending' | 'mailed' | 'skipped' | 'uncertain';

export interface RoundEntry {
  tag: string;
  state: EntryState;
}

const marks: Record<EntryState, string> = { pending: '.', sending: '>', mailed: '+', skipped: '-', uncertain: '?' };
const stateOfMark = new Map(Object.entries(marks).map(([state, mark]) => [mark, state as EntryState]));
const tagAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const tagLength = 8;
const entryLength = tagLength + 1;

/** Entries per stored chunk: 900 × 9 = 8,100 characters, under the 9 KB (9,216 bytes) a property value may hold. */
export const entriesPerChunk = 900;

/** One stored chunk, as read back: whole entries of tag + state mark, nothing else. */
export const AudienceChunk = z
  .string()
  .max(entriesPerChunk * entryLength)
  .regex(/^(?:[A-Za-z0-9_-]{8}[.>+?-])*$/);

/** A person's tag: 48 bits of a 53-bit string hash (cyrb53) of the address as the registry spells it, lowercased. */
export function recipientTag(email: string): string {
  const text = email.trim().toLowerCase();
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  let value = (h2 & 0xffff) * 2 ** 32 + (h1 >>> 0);
  let tag = '';
  for (let i = 0; i < tagLength; i++) {
    tag += tagAlphabet[value % 64];
    value = Math.floor(value / 64);
  }
  return tag;
}

export function encodeChunks(entries: readonly RoundEntry[]): string[] {
  const chunks: string[] = [];
  for (let start = 0; start < entries.length; start += entriesPerChunk) {
    chunks.push(
      entries
        .slice(start, start + entriesPerChunk)
        .map((e) => e.tag + marks[e.state])
        .join(''),
    );
  }
  return chunks;
}

/** The entries back from their chunks; undefined when any chunk is missing, malformed or the count is off. */
export function decodeChunks(chunks: readonly (string | undefined)[], size: number): RoundEntry[] | undefined {
  const entries: RoundEntry[] = [];
  for (const chunk of chunks) {
    const parsed = AudienceChunk.safeParse(chunk);
    if (!parsed.success) return undefined;
    for (let at = 0; at < parsed.data.length; at += entryLength) {
      entries.push({
        tag: parsed.data.slice(at, at + tagLength),
        state: stateOfMark.get(parsed.data[at + tagLength]!)!,
      });
    }
  }
  return entries.length === size && chunks.length === Math.ceil(size / entriesPerChunk) ? entries : undefined;
}

/** Address by tag, for the audience as it is now. */
export function audienceByTag(audience: readonly string[]): Map<string, string> {
  return new Map(audience.map((email) => [recipientTag(email), email]));
}

/**
 * The round's audience fixed: sorted, one entry per person. `alreadyMailed` carries over a round begun before
 * audiences were fixed, which mailed the sorted list in order and kept only a count.
 */
export function snapshotAudience(audience: readonly string[], alreadyMailed = 0): RoundEntry[] {
  const tags = [...audienceByTag(audience).entries()].sort(([, a], [, b]) => (a < b ? -1 : a > b ? 1 : 0));
  return tags.map(([tag], i) => ({ tag, state: i < alreadyMailed ? 'mailed' : 'pending' }));
}

/**
 * People in today's audience the round does not cover — they joined after the audience was fixed, or left before
 * their turn (skipped) and are back — are added at the end. Nobody already there moves.
 */
export function addLateJoiners(
  entries: readonly RoundEntry[],
  audience: readonly string[],
): { entries: RoundEntry[]; added: number } {
  const covered = new Set(entries.filter((e) => e.state !== 'skipped').map((e) => e.tag));
  const joiners = snapshotAudience(audience).filter((e) => !covered.has(e.tag));
  return { entries: [...entries, ...joiners], added: joiners.length };
}

/**
 * A batch found still "sending" was being sent when a run stopped: whether Google sent it is unknown, so it counts
 * as sent (nobody is mailed twice) and is kept as "uncertain", to be named and offered for sending again.
 */
export function settleInFlight(entries: readonly RoundEntry[]): { entries: RoundEntry[]; settled: number } {
  let settled = 0;
  const next = entries.map((e): RoundEntry => {
    if (e.state !== 'sending') return e;
    settled += 1;
    return { tag: e.tag, state: 'uncertain' };
  });
  return { entries: next, settled };
}

/** A person chose to send again to the uncertain: they are due again, in their places. */
export function reopenUncertain(entries: readonly RoundEntry[]): { entries: RoundEntry[]; reopened: number } {
  let reopened = 0;
  const next = entries.map((e): RoundEntry => {
    if (e.state !== 'uncertain') return e;
    reopened += 1;
    return { tag: e.tag, state: 'pending' };
  });
  return { entries: next, reopened };
}

export interface Batch {
  /** The entries with this batch marked "sending" and people passed over because they left marked "skipped". */
  entries: RoundEntry[];
  positions: number[];
  recipients: string[];
  skipped: number;
}

/**
 * The next people to mail, in order, at most `max`: due entries still in the audience. A due entry whose person
 * has left is skipped on the way (recorded, never mailed unless they come back). With `max` 0, only the skipping.
 */
export function nextBatch(entries: readonly RoundEntry[], byTag: ReadonlyMap<string, string>, max: number): Batch {
  const next = [...entries];
  const positions: number[] = [];
  const recipients: string[] = [];
  let skipped = 0;
  for (let i = 0; i < next.length; i++) {
    const entry = next[i]!;
    if (entry.state !== 'pending') continue;
    const email = byTag.get(entry.tag);
    if (email === undefined) {
      next[i] = { tag: entry.tag, state: 'skipped' };
      skipped += 1;
      continue;
    }
    if (recipients.length >= max) break;
    next[i] = { tag: entry.tag, state: 'sending' };
    positions.push(i);
    recipients.push(email);
  }
  return { entries: next, positions, recipients, skipped };
}

export function markPositions(entries: readonly RoundEntry[], positions: readonly number[], state: EntryState) {
  const next = [...entries];
  for (const i of positions) next[i] = { tag: next[i]!.tag, state };
  return next;
}

export interface RoundTally {
  mailed: number;
  skipped: number;
  /** Due and still in the audience: who this round will still mail. */
  due: number;
  /** Addresses of the uncertain still in the audience, sorted. */
  uncertain: string[];
  /** Uncertain people no longer in the audience (their address is not kept, so they cannot be named). */
  uncertainUnnamed: number;
}

export function tallyRound(entries: readonly RoundEntry[], byTag: ReadonlyMap<string, string>): RoundTally {
  const tally: RoundTally = { mailed: 0, skipped: 0, due: 0, uncertain: [], uncertainUnnamed: 0 };
  for (const entry of entries) {
    if (entry.state === 'mailed') tally.mailed += 1;
    else if (entry.state === 'skipped') tally.skipped += 1;
    else if (entry.state === 'pending' && byTag.has(entry.tag)) tally.due += 1;
    else if (entry.state === 'uncertain') {
      const email = byTag.get(entry.tag);
      if (email === undefined) tally.uncertainUnnamed += 1;
      else tally.uncertain.push(email);
    }
  }
  tally.uncertain.sort();
  return tally;
}

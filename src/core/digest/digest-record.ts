// Where the week's digests stand, as the registry's state remembers it (one record per registry, replaced when a
// new week starts, so it never grows): who has been sent theirs, and who was being sent one when a run stopped.
// A person is recorded as "sending" before the send call and as "sent" after it; a later run that finds someone
// still "sending" cannot know whether Google sent it, so counts it as sent ("uncertain") and never sends twice.
import { z } from 'zod';

export const DigestRecord = z.object({
  week: z.string(),
  sent: z.array(z.string()),
  sending: z.array(z.string()),
  uncertain: z.array(z.string()),
  /**
   * The stored record could not be read (someone edited the hidden state tab): some of this week's digests may
   * have gone out, so none more is sent this week; next week starts afresh.
   */
  held: z.boolean().optional(),
});
export type DigestRecord = z.infer<typeof DigestRecord>;

export interface ReadRecord {
  record: DigestRecord;
  /** People a stopped run was sending to, found now: uncertain from here on. */
  settledNow: string[];
  /** The stored record could not be read, found now: the week is held from here on. */
  heldNow: boolean;
}

/** The record of `week`: the stored one settled (anyone left "sending" is uncertain), or a fresh one. */
export function digestRecordOf(stored: string | undefined, week: string): ReadRecord {
  const fresh: DigestRecord = { week, sent: [], sending: [], uncertain: [] };
  if (!stored) return { record: fresh, settledNow: [], heldNow: false };
  let parsed: ReturnType<typeof DigestRecord.safeParse> | undefined;
  try {
    parsed = DigestRecord.safeParse(JSON.parse(stored));
  } catch {
    parsed = undefined;
  }
  if (!parsed?.success) return { record: { ...fresh, held: true }, settledNow: [], heldNow: true };
  if (parsed.data.week !== week) return { record: fresh, settledNow: [], heldNow: false };
  const { sent, sending, uncertain, held } = parsed.data;
  const record: DigestRecord = {
    week,
    sent,
    sending: [],
    uncertain: [...new Set([...uncertain, ...sending])],
    ...(held ? { held } : {}),
  };
  return { record, settledNow: sending.filter((e) => !uncertain.includes(e)), heldNow: false };
}

/** Sent, or maybe sent: either way not sent again this week. */
export function digestDone(record: DigestRecord, email: string): boolean {
  return (
    record.held === true ||
    record.sent.includes(email) ||
    record.uncertain.includes(email) ||
    record.sending.includes(email)
  );
}

// The Protocols tab: one row per step, so a school can re-time a step, reword a prompt or add its own protocol
// without code. Rows for a built-in id replace that protocol's steps; new ids add protocols.
import { z } from 'zod';
import { text, wholeNumber } from '../registry/cells';
import { column, type RowOf, type TabSpec } from '../registry/tab-spec';
import { builtInProtocols } from './built-in-protocols';
import type { Protocol } from './protocol';

export const protocolsTab = {
  name: 'Protocols',
  about: 'Discussion protocols, one row per step; edit the timings and prompts or add your own.',
  columns: {
    id: column(
      'Protocol id',
      text
        .transform((id) => id.toLowerCase())
        .pipe(
          z.string().regex(/^[a-z0-9-]{2,40}$/, { error: 'use lower-case letters, digits and hyphens, e.g. tuning' }),
        ),
      {
        required: true,
        note: 'Short code for the protocol, the same on each of its steps, e.g. tuning. Groups and meetings refer to it.',
      },
    ),
    name: column('Protocol', text, { required: true, note: 'The protocol’s name as agendas show it.' }),
    purpose: column('Purpose', text.optional(), { note: 'Why a group would use it; needed on its first step only.' }),
    step: column('Step', text, { required: true, note: 'Name of this step; steps run in the order of the rows.' }),
    minutes: column('Minutes', wholeNumber(1, 240), {
      required: true,
      note: 'Minutes for this step at the recommended length; agendas rescale to each meeting.',
    }),
    who: column('Who', text.optional(), { note: 'Who speaks, e.g. Presenter, Group (presenter listens).' }),
    prompt: column('Prompt', text.optional(), { note: 'What the facilitator says to start the step.' }),
  },
} satisfies TabSpec;

export type ProtocolRow = RowOf<typeof protocolsTab.columns>;

/** What Set up writes: every built-in protocol, step by step. */
export function protocolRowsForSetup(): ProtocolRow[] {
  return builtInProtocols.flatMap((p) =>
    p.steps.map((s, i) => ({
      id: p.id,
      name: p.name,
      purpose: i === 0 ? p.purpose : undefined,
      step: s.name,
      minutes: s.minutes,
      who: s.who,
      prompt: s.prompt,
    })),
  );
}

/** The school's protocols: built-ins in their order, each replaced by the school's rows for its id, then the school's own. */
export function protocolsFromRows(rows: readonly ProtocolRow[]): Protocol[] {
  const rowsById = new Map<string, ProtocolRow[]>();
  for (const row of rows) rowsById.set(row.id, [...(rowsById.get(row.id) ?? []), row]);

  const merged = builtInProtocols.map((builtIn) => {
    const own = rowsById.get(builtIn.id);
    return own ? fromRows(own, builtIn) : builtIn;
  });
  const builtInIds = new Set(builtInProtocols.map((p) => p.id));
  for (const [id, own] of rowsById) if (!builtInIds.has(id)) merged.push(fromRows(own));
  return merged;
}

function fromRows(rows: ProtocolRow[], builtIn?: Protocol): Protocol {
  const steps = rows.map((r) => ({ name: r.step, minutes: r.minutes, who: r.who ?? '', prompt: r.prompt ?? '' }));
  const recommendedMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
  return {
    id: rows[0]!.id,
    name: rows[0]!.name,
    purpose: rows.find((r) => r.purpose)?.purpose ?? builtIn?.purpose ?? '',
    whenToUse: builtIn?.whenToUse ?? '',
    bestFor: builtIn?.bestFor ?? [],
    roles: builtIn?.roles ?? rolesNamedIn(steps.map((s) => s.who)),
    // A school's own protocol is never guessed at by the chooser: it has no purposes until PLG Hub is told them.
    purposes: builtIn?.purposes ?? [],
    trustNeeded: builtIn?.trustNeeded ?? 'some',
    // A school that re-times a protocol has said what it fits in; without a built-in, its own total is all we know.
    minMinutes: Math.min(builtIn?.minMinutes ?? recommendedMinutes, recommendedMinutes),
    recommendedMinutes,
    steps,
  };
}

function rolesNamedIn(speakers: string[]): string[] {
  const roles = ['facilitator', 'timekeeper', 'note-taker'];
  if (speakers.some((who) => /presenter/i.test(who))) roles.splice(1, 0, 'presenter');
  return roles;
}

/** The protocol named in a Groups or Meetings cell, matched the way the Protocols tab reads ids. */
export function protocolById(protocols: readonly Protocol[], id: string | undefined): Protocol | undefined {
  return id === undefined ? undefined : protocols.find((p) => p.id === id.trim().toLowerCase());
}

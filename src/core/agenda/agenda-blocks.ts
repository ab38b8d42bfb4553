// An agenda as an ordered list of blocks, so a Docs adapter can write real headings, lists and tables, and
// read them back the same way. The record-keeping sections are named once here for both directions
// ("Maintain records of PLG work, including agenda outcomes, notes and attendance", shared/seeds 001).

export type AgendaBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; spans?: readonly Span[] }
  | { kind: 'list'; items: string[] }
  /** The first row is the header row. */
  | { kind: 'table'; rows: string[][] };

/**
 * Part of a paragraph shown differently: a template prompt, which a facilitator replaces (grey italic, so it is
 * never mistaken for what someone wrote), or a link. `from` and `to` are character offsets, `to` exclusive.
 */
export type Span = { from: number; to: number } & ({ prompt: true } | { url: string });

/** A paragraph that is all prompt. */
export function promptParagraph(text: string): AgendaBlock {
  return { kind: 'paragraph', text, spans: [{ from: 0, to: text.length, prompt: true }] };
}

/** "label" then `rest` as a prompt or a link: the one shape every agenda line with a fill-in or a URL takes. */
export function paragraphWith(label: string, rest: string, style: { prompt: true } | { url: string }): AgendaBlock {
  return {
    kind: 'paragraph',
    text: label + rest,
    spans: [{ from: label.length, to: label.length + rest.length, ...style }],
  };
}

export const recordSections = {
  notes: { heading: 'Notes', hint: 'The note-taker records the discussion here.' },
  outcomes: { heading: 'Outcomes', hint: 'What did the group decide or learn today?' },
  nextSteps: { heading: 'Next steps', hint: 'Who will do what, by when?' },
} as const;

export type RecordSection = keyof typeof recordSections;

export const attendanceHeading = 'Attendance';
export const attendanceHeaders = ['Name', 'Email', 'Present'] as const;
export const attendanceHint = 'Mark each person present with an x.';

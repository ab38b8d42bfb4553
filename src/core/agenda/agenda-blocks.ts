// An agenda as an ordered list of blocks, so a Docs adapter can write real headings, lists and tables, and
// read them back the same way. The record-keeping sections are named once here for both directions
// ("Maintain records of PLG work, including agenda outcomes, notes and attendance", shared/seeds 001).

export type AgendaBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[] }
  /** The first row is the header row. */
  | { kind: 'table'; rows: string[][] };

export const recordSections = {
  notes: { heading: 'Notes', hint: 'The note-taker records the discussion here.' },
  outcomes: { heading: 'Outcomes', hint: 'What did the group decide or learn today?' },
  nextSteps: { heading: 'Next steps', hint: 'Who will do what, by when?' },
} as const;

export type RecordSection = keyof typeof recordSections;

export const attendanceHeading = 'Attendance';
export const attendanceHeaders = ['Name', 'Email', 'Present'] as const;
export const attendanceHint = 'Mark each person present with an x.';

import type { AgendaBlock } from '../../../src/core/agenda/agenda-blocks';
import { mergeBack } from '../../../src/core/agenda/merge-back';
import { readAgendaBack } from '../../../src/core/agenda/read-back';

const doc = (marks: string[]): AgendaBlock[] => [
  { kind: 'heading', level: 1, text: 'Math 6 PLG — Tuesday 6 October 2026' },
  { kind: 'heading', level: 2, text: 'Notes' },
  { kind: 'paragraph', text: 'The note-taker records the discussion here.' },
  { kind: 'paragraph', text: 'Bo shared the ratio task.' },
  { kind: 'list', items: ['Students skipped the table', 'Good use of tape diagrams'] },
  { kind: 'heading', level: 2, text: 'Outcomes:' },
  { kind: 'paragraph', text: 'Add a worked example to the task.' },
  { kind: 'heading', level: 2, text: 'NEXT STEPS' },
  { kind: 'list', items: ['Bo revises the task by 20 Oct', ''] },
  { kind: 'heading', level: 2, text: 'Attendance' },
  {
    kind: 'table',
    rows: [['Name', 'Email', 'Present'], ...marks.map((mark, i) => [`Person ${i}`, `p${i}@school.org`, mark])],
  },
];

describe('readAgendaBack', () => {
  it('reads notes, outcomes and next steps under their headings, however the heading was retyped', () => {
    const read = readAgendaBack(doc([]), { isPast: true });
    expect(read.notes).toBe('Bo shared the ratio task.\nStudents skipped the table\nGood use of tape diagrams');
    expect(read.outcomes).toBe('Add a worked example to the task.');
    expect(read.nextSteps).toBe('Bo revises the task by 20 Oct');
  });

  it('reads the ways facilitators mark someone present or absent', () => {
    const marks = ['x', '✓', 'yes', 'Y', 'present', 'X.', 'no', 'absent', '-'];
    const read = readAgendaBack(doc(marks), { isPast: true });
    expect(read.attendance.map((a) => a.present)).toEqual([true, true, true, true, true, true, false, false, false]);
    expect(read.unreadable).toEqual([]);
  });

  it('treats a blank mark as absent only once the meeting is past', () => {
    expect(readAgendaBack(doc(['x', '']), { isPast: true }).attendance).toEqual([
      { email: 'p0@school.org', present: true },
      { email: 'p1@school.org', present: false },
    ]);
    expect(readAgendaBack(doc(['x', '']), { isPast: false }).attendance).toEqual([
      { email: 'p0@school.org', present: true },
    ]);
  });

  it('reports a mark it cannot read instead of guessing', () => {
    const read = readAgendaBack(doc(['maybe']), { isPast: true });
    expect(read.attendance).toEqual([]);
    expect(read.unreadable[0]!.reason).toContain('"maybe" is not a mark PLG Hub can read');
  });

  it('finds the attendance table by its columns even when the heading was deleted', () => {
    const blocks: AgendaBlock[] = [
      {
        kind: 'table',
        rows: [
          ['Present', 'Who', 'Email'],
          ['✔', 'Ana', 'Ana Diaz <ANA@school.org>'],
        ],
      },
    ];
    expect(readAgendaBack(blocks, { isPast: true }).attendance).toEqual([{ email: 'ana@school.org', present: true }]);
  });
});

describe('mergeBack', () => {
  const read = readAgendaBack(doc(['x', 'no', 'x']), { isPast: true });

  it('fills empty Meetings cells and adds attendance not yet recorded', () => {
    const merged = mergeBack({ meeting: {}, attendance: [] }, read);
    expect(merged.meeting).toEqual({
      outcomes: 'Add a worked example to the task.',
      nextSteps: 'Bo revises the task by 20 Oct',
    });
    expect(merged.attendance).toEqual([
      { email: 'p0@school.org', present: true, source: 'Agenda Doc' },
      { email: 'p1@school.org', present: false, source: 'Agenda Doc' },
      { email: 'p2@school.org', present: true, source: 'Agenda Doc' },
    ]);
    expect(merged.conflicts).toEqual([]);
  });

  it('never overwrites what someone typed in the sheet, and reports where it differs from the Doc', () => {
    const merged = mergeBack(
      {
        meeting: { outcomes: 'Decided in the hallway.', nextSteps: 'Bo revises the task by 20 Oct' },
        attendance: [
          { email: 'p0@school.org', present: true },
          { email: 'p1@school.org', present: true },
        ],
      },
      read,
    );
    expect(merged.meeting).toEqual({});
    expect(merged.attendance).toEqual([{ email: 'p2@school.org', present: true, source: 'Agenda Doc' }]);
    expect(merged.conflicts).toEqual([
      { field: 'outcomes', inSheet: 'Decided in the hallway.', inDoc: 'Add a worked example to the task.' },
      { field: 'present', email: 'p1@school.org', inSheet: 'Yes', inDoc: 'No' },
    ]);
  });
});

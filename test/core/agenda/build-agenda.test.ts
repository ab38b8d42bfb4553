import type { AgendaBlock } from '../../../src/core/agenda/agenda-blocks';
import { buildAgenda, type AgendaInput } from '../../../src/core/agenda/build-agenda';
import { readAgendaBack } from '../../../src/core/agenda/read-back';
import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';

const input: AgendaInput = {
  meeting: {
    key: 'MATH-6-2026-10-06',
    date: '2026-10-06',
    startTime: '15:30',
    minutes: 50,
    location: undefined,
    presenter: 'bo@school.org',
    timekeeper: 'cy@school.org',
    noteTaker: undefined,
    focus: 'Does the task push students to explain their reasoning?',
    feedback: 'https://forms.gle/xyz',
  },
  group: {
    name: 'Math 6',
    purpose: 'Raise proportional reasoning across grade 6.',
    norms: 'Start and end on time\nAssume good intent',
    facilitator: 'fac@school.org',
    coFacilitator: undefined,
    location: 'Room 204',
  },
  schoolGoal: 'Every student reasons proportionally.',
  protocol: builtInProtocols.find((p) => p.id === 'tuning'),
  roster: ['ana@school.org', 'bo@school.org', 'cy@school.org'],
  staff: [
    { email: 'ana@school.org', name: 'Ana Diaz' },
    { email: 'bo@school.org', name: 'Bo Chen' },
    { email: 'cy@school.org', name: 'Cy Park' },
    { email: 'fac@school.org', name: 'Fran Facilitator' },
  ],
};

const tables = (blocks: AgendaBlock[]) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows] : []));
const headings = (blocks: AgendaBlock[]) => blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));

describe('buildAgenda', () => {
  const agenda = buildAgenda(input);

  it('titles the agenda with the group and date, and says when and where', () => {
    expect(agenda.title).toBe('Math 6 PLG — Tuesday 6 October 2026');
    expect(agenda.blocks[1]).toEqual({ kind: 'paragraph', text: '15:30–16:20 · Room 204' });
  });

  it('has the sections a PLG runs and records its work with', () => {
    expect(headings(agenda.blocks)).toEqual([
      'Math 6 PLG — Tuesday 6 October 2026',
      'Why we meet',
      'Norms',
      'Roles',
      'Protocol: Tuning',
      'The presenter’s focus',
      'Notes',
      'Outcomes',
      'Next steps',
      'Attendance',
      'Feedback',
    ]);
    expect(agenda.blocks).toContainEqual({ kind: 'list', items: ['Start and end on time', 'Assume good intent'] });
    expect(agenda.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'School goal: Every student reasons proportionally.',
    });
  });

  it('names the roles, leaving an unassigned one to be decided', () => {
    expect(tables(agenda.blocks)[0]).toEqual([
      ['Role', 'Name'],
      ['Facilitator', 'Fran Facilitator'],
      ['Presenter', 'Bo Chen'],
      ['Timekeeper', 'Cy Park'],
      ['Note-taker', 'to be decided'],
    ]);
  });

  it('times the steps to the meeting, from norms check-in to feedback', () => {
    const steps = tables(agenda.blocks)[1]!;
    expect(steps[0]).toEqual(['Time', 'Step', 'Who', 'Prompt']);
    expect(steps[1]![0]).toBe('15:30–15:35');
    expect(steps[1]![1]).toBe('Norms check-in');
    expect(steps[steps.length - 1]![0]).toMatch(/–16:20$/);
    expect(steps[steps.length - 1]![1]).toBe('Debrief and feedback');
  });

  it('lists the roster for attendance and links the feedback form', () => {
    expect(tables(agenda.blocks)[2]).toEqual([
      ['Name', 'Email', 'Present'],
      ['Ana Diaz', 'ana@school.org', ''],
      ['Bo Chen', 'bo@school.org', ''],
      ['Cy Park', 'cy@school.org', ''],
    ]);
    const label = 'Before you leave, tell us how today went: ';
    expect(agenda.blocks[agenda.blocks.length - 1]).toEqual({
      kind: 'paragraph',
      text: `${label}open the feedback form`,
      spans: [{ from: label.length, to: label.length + 'open the feedback form'.length, url: 'https://forms.gle/xyz' }],
    });
  });

  it('fills every template field', () => {
    expect(agenda.fields).toMatchObject({
      group: 'Math 6',
      time: '15:30–16:20',
      presenter: 'Bo Chen',
      protocol: 'Tuning',
    });
    expect(agenda.fields.steps.split('\n')[0]).toBe(
      '15:30–15:35 Norms check-in (Facilitator): Read our norms aloud. Is there one we want to pay special attention to today?',
    );
  });

  it('warns the facilitator when no protocol or presenter is set, and still frames the meeting', () => {
    const bare = buildAgenda({ ...input, protocol: undefined, meeting: { ...input.meeting, presenter: undefined } });
    expect(bare.warnings).toEqual([
      'No protocol is chosen for this meeting: name one in the Meetings or Groups tab.',
      'No presenter yet: the group has no work to look at.',
    ]);
    expect(bare.steps.map((s) => s.name)).toEqual([
      'Norms check-in',
      'Discuss the work shared',
      'Debrief and feedback',
    ]);
    expect(bare.steps.reduce((a, s) => a + s.minutes, 0)).toBe(50);
  });

  it('reads back empty: its own hints are not taken for what the group typed', () => {
    expect(readAgendaBack(agenda.blocks, { isPast: false })).toEqual({
      notes: '',
      outcomes: '',
      nextSteps: '',
      attendance: [],
      unreadable: [],
    });
  });
});

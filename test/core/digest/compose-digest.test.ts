// Each line of the weekly digest, as the facilitator or liaison who reads it would check it: with data that
// puts the line there and data that does not — and never a line about a group the reader does not lead.
import { composeDigests, type Digest } from '../../../src/core/digest/compose-digest';
import { email, schoolRegistry, schoolTabs, sheetDate, sheetTime } from '../registry/school-fixture';

type Tabs = Record<string, unknown[][]>;

/** A Meetings row in the fixture's column order. */
function meeting(
  key: string,
  group: string,
  date: string,
  extra: { presenter?: string; agenda?: string; outcomes?: string; status?: string } = {},
): unknown[] {
  return [
    key,
    group,
    sheetDate(date),
    sheetTime('15:30'),
    60,
    'Room 114',
    extra.status ?? 'scheduled',
    '',
    extra.presenter ?? '',
    '',
    '',
    '',
    extra.agenda ?? '',
    '',
    extra.outcomes ?? '',
    '',
    '',
    '',
    '',
  ];
}

function tabs(edit: (t: Tabs) => void = () => undefined): Tabs {
  const t = schoolTabs();
  edit(t);
  return t;
}

const setting = (t: Tabs, label: string, value: unknown) => {
  const row = t.Settings!.find((r) => r[0] === label);
  if (row) row[1] = value;
  else t.Settings!.push([label, value, '']);
};

const digestOf = (digests: Digest[], who: string) => digests.find((d) => d.email === email(who));
const groupIn = (digests: Digest[], who: string, group: string) =>
  digestOf(digests, who)?.groups.find((g) => g.id === group);

/** MATH-6 met twice with attendance taken: Cara missed both, Dev one, the others none. */
function twoRecordedMeetings(t: Tabs): void {
  const marks: [string, string][] = [
    ['ben.ortiz', 'Yes'],
    ['cara.lin', 'No'],
    ['dev.shah', 'Yes'],
    ['sam.cole', 'Yes'],
    ['jane.doe', 'Yes'],
  ];
  t.Attendance = [
    t.Attendance![0]!,
    ...marks.map(([who, present]) => ['MATH-6-20260908', email(who), present, '']),
    ...marks.map(([who, present]) => ['MATH-6-20260922', email(who), who === 'dev.shah' ? 'No' : present, '']),
    // Old Timer left the group in June; an absence recorded anyway says nothing about this year's group.
    ['MATH-6-20260908', email('old.timer'), 'No', ''],
    ['MATH-6-20260922', email('old.timer'), 'No', ''],
  ];
}

describe('who receives a digest, and for which groups', () => {
  const digests = composeDigests(schoolRegistry(), '2026-09-20');

  it('goes to facilitators and administrator liaisons, one digest per person for all the groups they lead', () => {
    expect(digests.map((d) => d.email)).toEqual(
      ['ana.reyes', 'jane.doe', 'lee.kim', 'raj.patel', 'tom.baker'].map(email),
    );
    // Ana Reyes facilitates the leadership PLG and is liaison of two others.
    expect(digestOf(digests, 'ana.reyes')!.groups.map((g) => [g.id, g.roles])).toEqual([
      ['ELA-7', ['liaison']],
      ['ADMIN', ['facilitator']],
      ['FAC', ['liaison']],
    ]);
  });

  it('never goes to a coach or a member for a group they only support or belong to', () => {
    // Lee Kim coaches MATH-6 and ELA-7 and facilitates FAC: only FAC is in their digest.
    expect(digestOf(digests, 'lee.kim')!.groups.map((g) => g.id)).toEqual(['FAC']);
    expect(digestOf(digests, 'ben.ortiz')).toBeUndefined();
  });

  it('goes to nobody marked not active on the Staff tab, and to no lead of a group that no longer meets', () => {
    const left = composeDigests(
      schoolRegistry(
        tabs((t) => {
          t.Staff!.find((r) => r[0] === email('raj.patel'))![6] = 'No';
          t.Groups!.find((r) => r[0] === 'MATH-6')![17] = 'No';
        }),
      ),
      '2026-09-20',
    );
    expect(digestOf(left, 'raj.patel')).toBeUndefined();
    expect(digestOf(left, 'jane.doe')).toBeUndefined();
    expect(digestOf(left, 'tom.baker')?.groups.map((g) => g.id) ?? []).not.toContain('MATH-6');
  });
});

describe('what needs attention', () => {
  it("names a group's own finding with the guidance's strategy, only in that group's digests", () => {
    const digests = composeDigests(schoolRegistry(), '2026-09-20');
    // Ana Reyes has no facilitator training date: her own group's line, not the Math group's.
    const admin = groupIn(digests, 'ana.reyes', 'ADMIN')!;
    expect(admin.attention).toContainEqual({
      title: 'Facilitators untrained or unsupported',
      evidence: expect.stringMatching(/^Ana Reyes, who facilitates Leadership PLG, has no facilitator training/),
      strategy: 'Train facilitators and provide them ongoing support;',
    });
    const math = groupIn(digests, 'jane.doe', 'MATH-6')!;
    expect(math.attention.map((a) => a.title)).not.toContain('Facilitators untrained or unsupported');
    expect(math.attention.every((a) => !a.evidence.includes('Leadership PLG'))).toBe(true);
  });

  it('is gone once the registry shows it fixed', () => {
    const trained = composeDigests(
      schoolRegistry(tabs((t) => (t.Staff!.find((r) => r[0] === email('ana.reyes'))![5] = sheetDate('2026-08-01')))),
      '2026-09-20',
    );
    expect(groupIn(trained, 'ana.reyes', 'ADMIN')!.attention.map((a) => a.title)).not.toContain(
      'Facilitators untrained or unsupported',
    );
  });
});

describe('members below the attendance threshold', () => {
  const recorded = schoolRegistry(tabs(twoRecordedMeetings));

  it("lists them, fewest first, in the digests of that group's facilitator and liaison", () => {
    const digests = composeDigests(recorded, '2026-10-01');
    const expected = [
      { email: email('cara.lin'), name: 'Cara Lin', attended: 0, recorded: 2 },
      { email: email('dev.shah'), name: 'Dev Shah', attended: 1, recorded: 2 },
    ];
    expect(groupIn(digests, 'jane.doe', 'MATH-6')!.lowAttendance).toEqual(expected);
    expect(groupIn(digests, 'tom.baker', 'MATH-6')!.lowAttendance).toEqual(expected);
  });

  it("names no member in anyone else's digest: not the coach's, not another group's facilitator's", () => {
    const digests = composeDigests(recorded, '2026-10-01');
    for (const digest of digests.filter((d) => ![email('jane.doe'), email('tom.baker')].includes(d.email))) {
      const named = digest.groups.flatMap((g) => g.lowAttendance.map((p) => p.email));
      expect(named).toEqual([]);
    }
  });

  it('follows Settings ▸ Attendance below', () => {
    const strict = schoolRegistry(tabs((t) => (twoRecordedMeetings(t), setting(t, 'Attendance below', 40))));
    expect(
      groupIn(composeDigests(strict, '2026-10-01'), 'jane.doe', 'MATH-6')!.lowAttendance.map((p) => p.name),
    ).toEqual(['Cara Lin']);
  });

  it('says nothing about one missed meeting, or about someone who has left the group', () => {
    // Only the first meeting recorded: Cara missed one meeting, which is not a pattern.
    const once = schoolRegistry(
      tabs((t) => {
        twoRecordedMeetings(t);
        t.Attendance = t.Attendance!.filter((r, i) => i === 0 || r[0] === 'MATH-6-20260908');
      }),
    );
    expect(groupIn(composeDigests(once, '2026-10-01'), 'jane.doe', 'MATH-6')!.lowAttendance).toEqual([]);
    const names = groupIn(composeDigests(recorded, '2026-10-01'), 'jane.doe', 'MATH-6')!.lowAttendance.map(
      (p) => p.email,
    );
    expect(names).not.toContain(email('old.timer'));
  });
});

describe('coming up', () => {
  it("lists the next seven days' meetings with their presenter, or that nobody is named yet", () => {
    const digests = composeDigests(
      schoolRegistry(
        tabs((t) => {
          t.Meetings!.push(meeting('MATH-6-20261006', 'MATH-6', '2026-10-06', { presenter: email('cara.lin') }));
          t.Meetings!.push(meeting('MATH-6-20261008', 'MATH-6', '2026-10-08', { status: 'canceled' }));
          t.Meetings!.push(meeting('MATH-6-20261020', 'MATH-6', '2026-10-20', { presenter: email('dev.shah') }));
        }),
      ),
      '2026-10-01',
    );
    expect(groupIn(digests, 'jane.doe', 'MATH-6')!.comingUp).toEqual([
      { date: '2026-10-06', startTime: '15:30', presenter: 'Cara Lin' },
    ]);
    const weekBefore = composeDigests(schoolRegistry(), '2026-09-16');
    expect(groupIn(weekBefore, 'jane.doe', 'MATH-6')!.comingUp).toEqual([
      { date: '2026-09-22', startTime: '15:30', presenter: undefined },
    ]);
    // The day after the last meeting in the window, it is no longer coming up.
    expect(groupIn(composeDigests(schoolRegistry(), '2026-09-23'), 'jane.doe', 'MATH-6')?.comingUp ?? []).toEqual([]);
  });
});

describe('agendas without outcomes', () => {
  it('lists past meetings whose agenda exists but whose outcomes never came back, and nothing else', () => {
    const agenda = (n: number) => `https://docs.google.com/document/d/agenda${n}/edit`;
    const digests = composeDigests(
      schoolRegistry(
        tabs((t) => {
          t.Meetings!.splice(1);
          t.Meetings!.push(meeting('MATH-6-20260908', 'MATH-6', '2026-09-08', { agenda: agenda(1) }));
          t.Meetings!.push(
            meeting('MATH-6-20260922', 'MATH-6', '2026-09-22', { agenda: agenda(2), outcomes: 'We agreed a rubric' }),
          );
          t.Meetings!.push(meeting('MATH-6-20261006', 'MATH-6', '2026-10-06', { agenda: agenda(3) }));
          t.Meetings!.push(meeting('MATH-6-20261013', 'MATH-6', '2026-10-13'));
        }),
      ),
      '2026-10-14',
    );
    expect(groupIn(digests, 'jane.doe', 'MATH-6')!.withoutOutcomes).toEqual([
      { date: '2026-09-08', agenda: agenda(1) },
      { date: '2026-10-06', agenda: agenda(3) },
    ]);
  });
});

describe('a group with nothing to say', () => {
  it('is left out, and its lead gets no digest that week', () => {
    // Meetings a month not required, nothing coming up, nothing recorded missing: the Math group is quiet.
    const quiet = schoolRegistry(tabs((t) => setting(t, 'Minimum meetings per month', 0)));
    const digests = composeDigests(quiet, '2026-10-15');
    expect(digestOf(digests, 'jane.doe')).toBeUndefined();
    expect(digestOf(digests, 'tom.baker')).toBeUndefined();
    // The same registry a week before the Math group's next meeting has something to say.
    expect(groupIn(composeDigests(quiet, '2026-09-16'), 'jane.doe', 'MATH-6')).toBeDefined();
  });
});

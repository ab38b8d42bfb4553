import { readFileSync, readdirSync } from 'node:fs';
import { guidelineChecks, runGuidelineChecks } from '../../../src/core/checks';
import { administratorsPlg } from '../../../src/core/checks/administrators-plg';
import { facilitation } from '../../../src/core/checks/facilitation';
import { facilitatorsPlg } from '../../../src/core/checks/facilitators-plg';
import { groupSize } from '../../../src/core/checks/group-size';
import { meetingFrequency } from '../../../src/core/checks/meeting-frequency';
import { meetingLength } from '../../../src/core/checks/meeting-length';
import { presenters } from '../../../src/core/checks/presenters';
import { rosterTerm } from '../../../src/core/checks/roster-term';
import { schoolGoal } from '../../../src/core/checks/school-goal';
import { staffPlacement } from '../../../src/core/checks/staff-placement';
import { describeProblem } from '../../../src/core/problems';
import { expandSchedule } from '../../../src/core/schedule/expand-schedule';
import type { Registry } from '../../../src/core/registry/registry';
import { email } from '../registry/school-fixture';
import { changeGroup, schoolWithMeetings } from './school-with-meetings';

const today = '2026-10-05';
const messages = (problems: ReturnType<typeof runGuidelineChecks>) => problems.map(describeProblem);

describe('guideline checks', () => {
  const school = schoolWithMeetings();

  it('quote their strategy word for word from the guidance', () => {
    const seeds = '/work/shared/seeds';
    const guidance = readdirSync(seeds)
      .filter((f) => /^00[01]_.*\.txt$/.test(f))
      .map((f) => readFileSync(`${seeds}/${f}`, 'utf8'))
      .join('\n')
      .replace(/\n\s*-\s+/g, ' ')
      .replace(/\s+/g, ' ');
    const strategies = new Set(
      guidelineChecks.flatMap((check) => check(emptySchool(school), today).map((p) => p.strategy)),
    );
    expect(strategies.size).toBeGreaterThanOrEqual(8);
    for (const strategy of strategies) expect(guidance).toContain(strategy);
  });

  it('are warnings with a tab, row and strategy', () => {
    const problems = runGuidelineChecks(school, today);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems)
      expect(p).toMatchObject({
        severity: 'warning',
        tab: expect.any(String),
        row: expect.any(Number),
        strategy: expect.any(String),
      });
  });

  it('ask for outreach to a paraprofessional in no PLG, and flag staff in two', () => {
    const inTwo = {
      ...school,
      members: [...school.members, { rowNumber: 20, row: { ...school.members[4]!.row, group: 'MATH-6' } }],
    };
    expect(messages(staffPlacement(inTwo, today))).toEqual([
      `Staff, row 6, column "Email": "${email('lee.kim')}" Lee Kim is in no PLG on 2026-10-05 — add them on the Members tab`,
      `Staff, row 10, column "Email": "${email('eve.moss')}" Eve Moss is in 2 PLGs on 2026-10-05 (Grade 6 Math, Grade 7 ELA) — one PLG lets them answer "Who is in my PLG?"; add an Until date to all but one, or make them an observer`,
      `Staff, row 13, column "Email": "${email('pat.jones')}" Pat Jones (paraprofessional) is in no PLG on 2026-10-05 — reach out so their group's work is relevant to them`,
    ]);
    expect(staffPlacement(inTwo, today)[2]!.strategy).toMatch(/^To ensure the work is relevant to them/);
  });

  it('judge rosters on the first school day when run over the summer', () => {
    const late = {
      ...school,
      members: school.members.map((m) =>
        m.row.email === email('gia.russo') ? { ...m, row: { ...m.row, from: '2026-08-31' } } : m,
      ),
    };
    expect(messages(staffPlacement(late, '2026-07-15')).some((m) => m.includes('Gia Russo'))).toBe(false);
  });

  it('flag groups outside the size the school set, counting facilitators but not observers', () => {
    const eightToTwelve = { ...school, settings: { ...school.settings, groupSizeMin: 8 } };
    expect(groupSize(school, today)).toEqual([]);
    expect(messages(groupSize(eightToTwelve, today))).toEqual([
      'Groups, row 2, column "Group id": "MATH-6" Grade 6 Math has 5 people on 2026-10-05 (facilitators included, observers not); the school aims for 8–12 — add members or merge it with another group',
      'Groups, row 3, column "Group id": "ELA-7" Grade 7 ELA has 4 people on 2026-10-05 (facilitators included, observers not); the school aims for 8–12 — add members or merge it with another group',
    ]);
  });

  it('flag a group with no facilitator and a co-facilitator without training', () => {
    const registry = changeGroup(changeGroup(school, 'MATH-6', { facilitator: undefined }), 'ELA-7', {
      coFacilitator: email('eve.moss'),
    });
    expect(messages(facilitation(registry, today))).toEqual([
      'Groups, row 2, column "Facilitator": Grade 6 Math has no facilitator — type the email of a trained facilitator',
      `Groups, row 3, column "Co-facilitator": "${email('eve.moss')}" Eve Moss, who facilitates Grade 7 ELA, has no facilitator training date on the Staff tab — plan their training or record its date`,
      `Groups, row 4, column "Facilitator": "${email('ana.reyes')}" Ana Reyes, who facilitates Leadership PLG, has no facilitator training date on the Staff tab — plan their training or record its date`,
    ]);
  });

  it('flag a short group once, and a single meeting shortened by hand', () => {
    const shortened = {
      ...school,
      meetings: school.meetings.map((m) =>
        m.row.key === 'ELA-7-20261015' ? { ...m, row: { ...m.row, minutes: 30 } } : m,
      ),
    };
    const registry = changeGroup(shortened, 'ADMIN', { minutes: 45 });
    expect(messages(meetingLength(registry, today))).toEqual([
      'Groups, row 4, column "Minutes": "45" Leadership PLG meets for 45 minutes; the school asks for at least 50',
      expect.stringMatching(
        /^Meetings, row \d+, column "Minutes": "30" the ELA-7 meeting on 2026-10-15 is 30 minutes; the school asks for at least 50$/,
      ),
    ]);
  });

  it('flag months with too few meetings, not counting canceled ones or the days before a group starts', () => {
    // Winter break takes one of Leadership's two December meetings; the schedule makes it up, so no finding …
    expect(messages(meetingFrequency(school, today))).toEqual([]);
    // … until that make-up meeting is canceled.
    const admin = school.groups.find((g) => g.row.id === 'ADMIN')!.row;
    const madeUp = expandSchedule(
      admin,
      school.settings,
      school.closures.map((c) => c.row),
    )
      .filter((slot) => slot.makeUpFor === '2026-12')
      .map((slot) => slot.key);
    expect(madeUp).toHaveLength(1);
    const noMakeUp = {
      ...school,
      meetings: school.meetings.map((m) =>
        madeUp.includes(m.row.key) ? { ...m, row: { ...m.row, status: 'canceled' as const } } : m,
      ),
    };
    expect(messages(meetingFrequency(noMakeUp, today))).toEqual([
      'Groups, row 4, column "Cadence": "monthly" Leadership PLG meets fewer than 2 times in December 2026 (1 of 2) — add a meeting on the Meetings tab or change its cadence',
    ]);
    const canceled = {
      ...school,
      meetings: school.meetings.map((m) =>
        m.row.key === 'MATH-6-20261020' ? { ...m, row: { ...m.row, status: 'canceled' as const } } : m,
      ),
    };
    expect(messages(meetingFrequency(canceled, today))[0]).toContain(
      'Grade 6 Math meets fewer than 2 times in October 2026 (1 of 2)',
    );
  });

  it('flag a group with no meetings generated once, not every month', () => {
    const none = { ...school, meetings: school.meetings.filter((m) => m.row.group !== 'ELA-7') };
    expect(messages(meetingFrequency(none, today))).toContain(
      'Groups, row 3, column "Cadence": "monthly" Grade 7 ELA has no meetings on the Meetings tab yet — generate its meetings',
    );
  });

  it('flag a group whose purpose names no school goal', () => {
    expect(schoolGoal(school, today)).toEqual([]);
    expect(messages(schoolGoal(changeGroup(school, 'ELA-7', { goal: undefined, purpose: undefined }), today))).toEqual([
      'Groups, row 3, column "School goal": Grade 7 ELA names no school goal and has no purpose written either — type the id of the goal from the Goals tab that its purpose serves',
    ]);
  });

  it('flag an administrator who only observes a teacher PLG', () => {
    const observerOnly = {
      ...school,
      members: school.members.filter((m) => !(m.row.group === 'ADMIN' && m.row.email === email('tom.baker'))),
    };
    expect(administratorsPlg(school, today)).toEqual([]);
    expect(messages(administratorsPlg(observerOnly, today))).toEqual([
      `Staff, row 3, column "Email": "${email('tom.baker')}" Tom Baker is in no administrators' PLG on 2026-10-05 — add them to a group whose configuration is "administrators"`,
    ]);
  });

  it('flag a facilitator outside the facilitators’ PLG, and months that PLG does not meet', () => {
    const raj = {
      ...school,
      members: school.members.filter((m) => !(m.row.group === 'FAC' && m.row.email === email('raj.patel'))),
    };
    expect(messages(facilitatorsPlg(raj, today))).toEqual([
      `Staff, row 5, column "Email": "${email('raj.patel')}" Raj Patel facilitates a PLG but is in no facilitators' PLG — add them to a group whose configuration is "facilitators"`,
    ]);
    // Closures took its November and December meetings; with the make-up meetings canceled too, it is flagged.
    const noMakeUps = {
      ...raj,
      meetings: raj.meetings.map((m) =>
        m.row.group === 'FAC' && /^2026-1[12]/.test(m.row.date)
          ? { ...m, row: { ...m.row, status: 'canceled' as const } }
          : m,
      ),
    };
    expect(messages(facilitatorsPlg(noMakeUps, today))).toContain(
      'Groups, row 5, column "Cadence": "monthly" Facilitators has no meeting in November 2026, December 2026 — facilitators\' PLGs meet monthly',
    );
  });

  it('list members not yet planned to present, noting that rotation will fill them in', () => {
    const [math] = messages(presenters(school, today));
    expect(math).toBe(
      'Groups, row 2, column "Group id": "MATH-6" Grade 6 Math: Cara Lin, Dev Shah, Sam Cole are not yet planned to present this year — presenter rotation will fill these in, or type them in the Presenter column of the Meetings tab',
    );
  });

  it('flag roster terms that are not set, shorter than the year, or longer than three years', () => {
    expect(rosterTerm(school, today)).toEqual([]);
    expect(messages(rosterTerm(changeGroup(school, 'MATH-6', { rosterTermEnd: '2026-12-18' }), today))[0]).toContain(
      "Grade 6 Math's roster ends 2026-12-18, less than a year after 2026-09-08",
    );
    expect(messages(rosterTerm(changeGroup(school, 'MATH-6', { rosterTermEnd: '2030-06-14' }), today))[0]).toContain(
      'plan a roster review by 2029-09-08',
    );
    expect(messages(rosterTerm(changeGroup(school, 'MATH-6', { rosterTermEnd: undefined }), today))[0]).toContain(
      'has no roster term end',
    );
  });
});

/** A school where every check finds something: no meetings, no goals, short groups. */
function emptySchool(school: Registry): Registry {
  return {
    ...school,
    settings: { ...school.settings, groupSizeMin: 8, minMinutes: 90 },
    groups: school.groups.map((g) => ({
      ...g,
      row: { ...g.row, goal: undefined, rosterTermEnd: undefined, coFacilitator: email('eve.moss') },
    })),
    members: school.members.filter((m) => m.row.group !== 'FAC' && m.row.group !== 'ADMIN'),
    meetings: school.meetings
      .filter((m) => m.row.group === 'FAC' || m.row.group === 'MATH-6')
      .map((m) => ({ ...m, row: { ...m.row, presenter: undefined } })),
  };
}

import { facilitatorSurveyForm } from '../../../src/core/feedback/facilitator-survey-form';
import type { FormModel, ScaleItem } from '../../../src/core/feedback/form-model';
import { healthSurveyForm, notInAPlg } from '../../../src/core/feedback/health-survey-form';
import { meetingFeedbackForm, prefilledAnswers } from '../../../src/core/feedback/meeting-feedback-form';
import { meetingLabels } from '../../../src/core/feedback/meeting-choices';
import { localStyle } from '../../../src/core/schedule/local-style';
import { traitIds } from '../../../src/core/feedback/traits';
import { guidanceText, schoolYear } from './fixtures';

const math6 = { id: 'MATH-6', name: 'Grade 6 Math' };
const optedInMeeting = meetingFeedbackForm(math6, { ...schoolYear, collectEmails: true });

describe('meeting feedback form', () => {
  const form = meetingFeedbackForm(math6, schoolYear, ['Did the presenter get what they asked for?']);

  it('is titled with the group and the school year', () => {
    expect(form.title).toBe('Grade 6 Math PLG — meeting feedback 2026–27');
  });

  it('tells respondents it is anonymous and who sees results, and only then', () => {
    expect(form.description).toMatch(/anonymous/);
    expect(optedInMeeting.description).not.toMatch(/anonymous/);
    expect(optedInMeeting.description).toMatch(
      /record your school email with your answers; the PLG Hub administrator who made this form can see it/,
    );
  });

  it('promises a count of responses, not of people, since one form serves every meeting and takes many answers', () => {
    expect(form.description).toContain(
      "Your facilitator and the PLG coordinator see this group's averages and comments only once its form has at " +
        "least 3 responses (responses, not people: one form serves all of the group's meetings, so it cannot stop " +
        "a person answering twice), and only for this group's own meetings; PLG Hub never shows anyone who wrote what.",
    );
    expect(form.description).not.toMatch(/people have answered/);
    expect(form.description).toContain(
      'Individual responses are kept where only the PLG Hub administrator who made this form can open them.',
    );
  });

  it("records the group the form belongs to, by its key, so a response is read as that group's", () => {
    expect(form.identity).toEqual({ yearStart: '2026-08-24', group: 'MATH-6' });
    expect(meetingFeedbackForm({ ...math6, id: 'math-6b', key: 'MATH-6' }, schoolYear).identity.group).toBe('MATH-6');
  });

  it('starts with the meeting question the link prefills, then the four scales, the open question and the group question', () => {
    expect(form.items.map((i) => [i.kind, i.title])).toEqual([
      ['choice', 'Meeting'],
      ['scale', 'The time was used for PLG work — not committee, department or data-team business.'],
      ['scale', 'This meeting was useful for my practice.'],
      ['scale', 'I felt safe sharing real work and giving honest feedback.'],
      ['scale', 'The protocol fit the work we looked at.'],
      ['paragraph', 'One thing to change next time'],
      ['paragraph', 'Did the presenter get what they asked for?'],
    ]);
    for (const item of form.items.filter((i): i is ScaleItem => i.kind === 'scale')) {
      expect([item.lowLabel, item.highLabel]).toEqual(['Strongly disagree', 'Strongly agree']);
    }
  });

  it("asks which meeting as a dropdown of dates in the school's style, never a box for an internal id", () => {
    const meetings = [
      { key: 'MATH-6-20260908', date: '2026-09-08', startTime: '15:30', status: 'scheduled' },
      { key: 'MATH-6-20260922', date: '2026-09-22', startTime: '15:30', status: 'scheduled' },
      { key: 'MATH-6-20260922B', date: '2026-09-22', startTime: '17:00', status: 'scheduled' },
      { key: 'MATH-6-20261006', date: '2026-10-06', startTime: '15:30', status: 'canceled' },
    ];
    const british = [...meetingLabels(meetings, localStyle('en_GB')).values()];
    expect(british).toEqual(['Tue 8 Sep 2026', 'Tue 22 Sep 2026 at 15:30', 'Tue 22 Sep 2026 at 17:00']);
    const item = meetingFeedbackForm(math6, schoolYear, [], british).items[0]!;
    expect(item).toMatchObject({ kind: 'choice', display: 'dropdown', choices: british, required: true });
    expect(JSON.stringify(item)).not.toMatch(/MATH-6-2026/);
  });

  it('drops a group question that repeats a standard question, since answers are read back by title', () => {
    const titles = meetingFeedbackForm(math6, schoolYear, [
      'one thing to change next time',
      ' ',
      'Extra',
      'Extra',
    ]).items.map((i) => i.title);
    expect(titles.filter((t) => t.toLowerCase() === 'one thing to change next time')).toHaveLength(1);
    expect(titles.filter((t) => t === 'Extra')).toHaveLength(1);
  });

  it('accepts many answers through one link and collects no email unless the school opted in', () => {
    expect(form.settings).toEqual({
      emailCollection: 'DO_NOT_COLLECT',
      requireLogin: true,
      limitOneResponsePerUser: false,
      publish: true,
      acceptUntil: '2027-06-18',
    });
    const optedIn = meetingFeedbackForm(math6, { ...schoolYear, collectEmails: true }).settings;
    expect(optedIn.emailCollection).toBe('VERIFIED');
    expect(optedIn.limitOneResponsePerUser).toBe(false);
  });

  it('prefills the meeting key under the Meeting question', () => {
    expect(prefilledAnswers('MATH-6-20260908')).toEqual({ Meeting: 'MATH-6-20260908' });
  });
});

describe('health survey form', () => {
  const form = healthSurveyForm(schoolYear, 10, ['Grade 6 Math', 'Arts Vertical']);

  it('asks about every trait of an effective PLG, each item tagged with its trait', () => {
    const scales = form.items.filter((i): i is ScaleItem => i.kind === 'scale');
    expect(new Set(scales.map((s) => s.trait))).toEqual(new Set(traitIds));
  });

  it('asks which PLG the respondent is in, offering "not in a PLG" only when all staff are surveyed', () => {
    const which = form.items.find((i) => i.title === 'Which PLG are you in?');
    // Ticks, not one choice: a facilitator of one group is a member of another.
    expect(which).toMatchObject({ kind: 'choice', display: 'checkboxes', choices: ['Grade 6 Math', 'Arts Vertical'] });
    const allStaff = healthSurveyForm({ ...schoolYear, surveyAudience: 'all staff' }, 1, ['Grade 6 Math']);
    expect(allStaff.items.find((i) => i.kind === 'choice')).toMatchObject({ choices: ['Grade 6 Math', notInAPlg] });
  });

  it('names the round and takes one response per signed-in person, without collecting emails', () => {
    expect(form.title).toBe('Lincoln Middle School PLG health survey — October 2026');
    expect(form.identity).toEqual({ yearStart: '2026-08-24', round: 10 });
    expect(form.settings).toEqual({
      emailCollection: 'DO_NOT_COLLECT',
      requireLogin: true,
      limitOneResponsePerUser: true,
      publish: true,
      acceptUntil: '2027-06-18',
    });
    const optedIn = healthSurveyForm({ ...schoolYear, collectEmails: true }, 10, []).settings;
    expect(optedIn).toMatchObject({ emailCollection: 'VERIFIED', limitOneResponsePerUser: true });
    expect(() => healthSurveyForm(schoolYear, 13, [])).toThrow(RangeError);
  });

  it('says once, and says who sees what, in words that match its settings', () => {
    expect(form.description).toContain(
      'It is anonymous: your name and email are not recorded with your answers. You can answer once: you sign in ' +
        'so that Google Forms can refuse a second response. School leaders and facilitators see averages and ' +
        'comments only when at least 3 people have answered; PLG Hub never shows anyone who wrote what. ' +
        'Individual responses are kept where only the PLG Hub administrator who made this form can open them.',
    );
  });
});

describe('facilitator survey form', () => {
  const form = facilitatorSurveyForm(schoolYear);

  it('asks about training, time with other facilitators, coach support and stalled protocols', () => {
    const titles = form.items.map((i) => i.title).join('\n');
    expect(titles).toMatch(/training/);
    expect(titles).toMatch(/plan and debrief with other facilitators/);
    expect(titles).toMatch(/coach/);
    expect(titles).toMatch(/protocol stalls/);
  });

  it('never asks which group the facilitator leads, which would name them', () => {
    expect(form.items.some((i) => i.kind === 'choice')).toBe(false);
  });

  it('takes one response per person, and gives each round a title of its own', () => {
    expect(form.settings.limitOneResponsePerUser).toBe(true);
    expect(form.description).toMatch(/You can answer once/);
    const january = facilitatorSurveyForm(schoolYear, 1);
    expect(january.title).toBe('Lincoln Middle School PLG facilitator support survey — January 2027');
    expect(january.title).not.toBe(facilitatorSurveyForm(schoolYear, 10).title);
    expect(january.identity).toEqual({ yearStart: '2026-08-24', round: 1 });
    expect(() => facilitatorSurveyForm(schoolYear, 0)).toThrow(RangeError);
  });
});

const allForms: FormModel[] = [
  meetingFeedbackForm(math6, schoolYear),
  healthSurveyForm(schoolYear, 10, ['Grade 6 Math']),
  facilitatorSurveyForm(schoolYear),
];

describe('every form', () => {
  it('requires sign-in, and collects no email unless the school chose to', () => {
    for (const form of allForms)
      expect(form.settings).toMatchObject({ requireLogin: true, emailCollection: 'DO_NOT_COLLECT' });
  });

  it('never promises "people" where one person can send several responses', () => {
    for (const form of allForms) {
      const promisesPeople = /people have answered/.test(form.description);
      expect({ title: form.title, promisesPeople }).toEqual({
        title: form.title,
        promisesPeople: form.settings.limitOneResponsePerUser,
      });
    }
  });

  it('has unique question titles, because responses are read back by title', () => {
    for (const form of allForms) expect(new Set(form.items.map((i) => i.title)).size).toBe(form.items.length);
  });

  (guidanceText ? it : it.skip)('quotes, for each item, a line that is in the guidance word for word', () => {
    for (const item of allForms.flatMap((f) => f.items)) {
      expect({ item: item.id, found: guidanceText!.includes(item.guidance) }).toEqual({ item: item.id, found: true });
    }
  });
});

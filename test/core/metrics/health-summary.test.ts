import type { FormResponse } from '../../../src/core/feedback/form-response';
import { healthScaleItems } from '../../../src/core/feedback/health-survey-form';
import type { TraitId } from '../../../src/core/feedback/traits';
import { notInAPlgScope, summarizeHealth } from '../../../src/core/metrics/health-summary';
import { strategiesByTrait } from '../../../src/core/metrics/strategies';
import { guidanceText } from '../feedback/fixtures';

/** Every item answered 4, except the given traits' items. */
function respondent(group: string | undefined, low: Partial<Record<TraitId, number>> = {}, comment?: string) {
  const scores = Object.fromEntries(healthScaleItems.map((item) => [item.id, low[item.trait] ?? 4]));
  const response: FormResponse<'health'> = {
    kind: 'health',
    submitted: '2026-10-05',
    groups: group === undefined ? undefined : [group],
    scores,
    comments: comment === undefined ? [] : [{ question: 'moreValuable', text: comment }],
  };
  return response;
}

const responses = [
  respondent('Grade 6 Math', { protectedTime: 2 }, 'Stop using PLG time for testing logistics'),
  respondent('Grade 6 Math', { protectedTime: 2, skilledFacilitation: 3 }),
  respondent('Grade 6 Math', { protectedTime: 3 }),
  respondent('Science', { collaborationTrust: 1 }, 'I do not feel safe'),
  respondent('Science', { collaborationTrust: 1 }),
  respondent('Science', { collaborationTrust: 1 }),
  respondent('Arts Vertical', { sharedPurpose: 1 }, 'Only two of us answered'),
  respondent('Arts Vertical', { sharedPurpose: 1 }),
  respondent(undefined, { reflection: 1 }),
];

describe('summarizeHealth', () => {
  const summary = summarizeHealth(responses, 3);

  it('averages each trait over the groups shown, and says how many groups it leaves out', () => {
    const school = summary.school;
    if (!('traits' in school)) throw new Error('school results should be shown');
    expect(school).toMatchObject({ responses: 6, groupsShown: 2, groupsLeftOut: 2 });
    const trait = (id: TraitId) => school.traits.find((t) => t.trait === id);
    expect(trait('protectedTime')).toMatchObject({ answered: 6, mean: 3.2 });
    expect(trait('collaborationTrust')).toMatchObject({ answered: 6, mean: 2.5 });
    // Arts (two responses) and the one person not in a PLG answered 1 here; none of it is in the whole school.
    expect(trait('sharedPurpose')).toMatchObject({ answered: 6, mean: 4 });
    expect(trait('reflection')).toMatchObject({ answered: 6, mean: 4 });
    expect(school.traits).toHaveLength(7);
  });

  it('counts a facilitator who ticked two PLGs in each of them, and once for the whole school', () => {
    const facilitator = { ...respondent('Grade 6 Math', { protectedTime: 1 }), groups: ['Grade 6 Math', 'Science'] };
    const both = summarizeHealth([...responses, facilitator], 3);
    const size = (name: string) => both.groups.find((g) => g.group === name)!.responses;
    expect([size('Grade 6 Math'), size('Science')]).toEqual([4, 4]);
    expect(both.school).toMatchObject({ responses: 7, groupsShown: 2 });
    if (!('traits' in both.school)) throw new Error('school results should be shown');
    expect(both.school.traits.find((t) => t.trait === 'protectedTime')).toMatchObject({ answered: 7 });
  });

  it('shows a group with enough responses per trait, and hides a group with two', () => {
    const math = summary.groups.find((g) => g.group === 'Grade 6 Math');
    const arts = summary.groups.find((g) => g.group === 'Arts Vertical');
    expect(math && 'traits' in math && math.traits.find((t) => t.trait === 'protectedTime')?.mean).toBe(2.3);
    expect(arts).toEqual({ group: 'Arts Vertical', responses: 2, hidden: 'hidden: fewer than 3 responses' });
    expect(summary.groups.map((g) => g.group)).toEqual(['Arts Vertical', 'Grade 6 Math', 'Science', notInAPlgScope]);
  });

  it('shows comments only school-wide, sorted, and only from groups that are shown', () => {
    expect(summary.school).toMatchObject({
      comments: [
        {
          question: 'What one change would make PLG time more valuable for you?',
          comments: ['I do not feel safe', 'Stop using PLG time for testing logistics'],
        },
      ],
    });
    expect(JSON.stringify(summary.groups)).not.toMatch(/feel safe|testing logistics/);
    expect(JSON.stringify(summary)).not.toMatch(/Only two of us/);
  });

  it('hides everything when no group has enough responses', () => {
    expect(summarizeHealth(responses.slice(0, 2), 3)).toEqual({
      threshold: 3,
      school: { responses: 0, groupsShown: 0, groupsLeftOut: 1, hidden: 'hidden: fewer than 3 responses' },
      groups: [{ group: 'Grade 6 Math', responses: 2, hidden: 'hidden: fewer than 3 responses' }],
    });
  });
});

describe('the guidance per trait', () => {
  (guidanceText ? it : it.skip)('quotes every challenge and strategy word for word from the guidance', () => {
    for (const line of Object.values(strategiesByTrait).flatMap((g) => [...g.challenges, ...g.strategies])) {
      expect({ line, found: guidanceText!.includes(line) }).toEqual({ line, found: true });
    }
  });
});

// The facilitator support survey summarized: averages and comments only once enough facilitators answered.
import type { FormResponse } from '../../../src/core/feedback/form-response';
import { facilitatorScaleItems, type FacilitatorScaleId } from '../../../src/core/feedback/facilitator-survey-form';
import { summarizeFacilitatorSurvey } from '../../../src/core/metrics/facilitator-summary';
import { dashboardRows, type DashboardInput } from '../../../src/core/metrics/dashboard';

/** Every item answered 4, except those given. */
function facilitator(low: Partial<Record<FacilitatorScaleId, number>> = {}, wanted?: string) {
  const response: FormResponse<'facilitator'> = {
    kind: 'facilitator',
    submitted: '2027-01-12',
    scores: Object.fromEntries(facilitatorScaleItems.map((i) => [i.id, low[i.id] ?? 4])),
    comments: wanted === undefined ? [] : [{ question: 'supportWanted', text: wanted }],
  };
  return response;
}

const dashboard = (facilitators: DashboardInput['facilitators']) =>
  dashboardRows({
    asOf: '2027-01-20',
    feedback: [],
    health: [],
    facilitators,
    diagnosis: [],
    attendance: [],
    coverage: [],
    protocols: [],
    hours: [],
    groupNames: new Map(),
    notCounted: {},
  }).map((r) => r.join(' | '));

describe('summarizeFacilitatorSurvey', () => {
  it('averages each item and lists what facilitators asked for once the threshold is met', () => {
    const summary = summarizeFacilitatorSurvey(
      [
        facilitator({ coachSupport: 2 }, 'A coach who visits our meetings'),
        facilitator({ coachSupport: 1 }, 'a coach who visits our meetings.'),
        facilitator({ coachSupport: 3 }),
      ],
      3,
    );
    if (!('items' in summary)) throw new Error('three facilitators with a threshold of 3 should be shown');
    expect(summary.responses).toBe(3);
    expect(summary.items.find((i) => i.item === 'coachSupport')).toMatchObject({ answered: 3, mean: 2 });
    expect(summary.items.find((i) => i.item === 'trainingPrepares')).toMatchObject({ mean: 4 });
    const rows = dashboard([{ label: 'January 2027', summary }]);
    expect(rows).toContain(
      'Facilitator support survey — January 2027 | Responses | Averages (1–5) | What facilitators wrote',
    );
    const shown = rows.find((r) => r.startsWith('All facilitators'))!;
    expect(shown).toContain('A trained coach supports me when I need it: 2');
    expect(shown).toContain('• A coach who visits our meetings (2 people)');
  });

  it('shows two facilitators only as a count: no average, no comment, when the threshold is 3', () => {
    const summary = summarizeFacilitatorSurvey(
      [facilitator({ coachSupport: 1 }, 'I feel alone'), facilitator({ coachSupport: 1 })],
      3,
    );
    expect(summary).toEqual({ threshold: 3, responses: 2, hidden: 'hidden: fewer than 3 responses' });
    const rows = dashboard([{ label: 'January 2027', summary }]).join('\n');
    expect(rows).toContain('All facilitators | 2 | hidden: fewer than 3 responses');
    expect(rows).not.toContain('I feel alone');
    expect(rows).not.toMatch(/supports me when I need it: \d/);
  });

  it('says so when no facilitator survey has been answered', () => {
    expect(dashboard([]).join('\n')).toContain('Facilitator support survey | Responses | Averages (1–5)');
  });
});

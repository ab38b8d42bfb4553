// What the principal reading the Dashboard can and cannot work out. For any answers, any threshold and any
// grouping: nothing shown changes when a hidden group's answers change (so no subtraction can reach them), nothing
// shown rests on fewer responses than the threshold, and "whole school minus the groups shown" is always empty.
import fc from 'fast-check';
import type { FormResponse } from '../../../src/core/feedback/form-response';
import { healthScaleItems } from '../../../src/core/feedback/health-survey-form';
import { meetingScaleItems } from '../../../src/core/feedback/meeting-feedback-form';
import {
  releaseFigures,
  type Released,
  type ResponseAnswers,
  type UnitAnswers,
} from '../../../src/core/metrics/anonymity';
import { dashboardRows } from '../../../src/core/metrics/dashboard';
import { summarizeFeedback } from '../../../src/core/metrics/feedback-summary';
import { summarizeHealth } from '../../../src/core/metrics/health-summary';
import { diagnose } from '../../../src/core/diagnosis/diagnose';
import { schoolRegistry } from '../registry/school-fixture';

const figures = ['a', 'b', 'c'] as const;
type Figure = (typeof figures)[number];

const score = fc.integer({ min: 1, max: 5 });
/** One response: per figure, nothing (skipped) or one to three numbers (a trait's items). */
const response: fc.Arbitrary<ResponseAnswers<Figure>> = fc.record(
  { a: fc.array(score, { maxLength: 3 }), b: fc.array(score, { maxLength: 3 }), c: fc.array(score, { maxLength: 3 }) },
  { requiredKeys: [] },
);
const units = fc
  .array(fc.array(response, { maxLength: 7 }), { minLength: 1, maxLength: 6 })
  .map((list) => list.map((responses, i): UnitAnswers<Figure> => ({ unit: `G${i}`, responses })));
const threshold = fc.integer({ min: 2, max: 5 });

/** Same responses, same skipped figures, other numbers: what a hidden respondent might have said instead. */
function otherNumbers(
  responses: readonly ResponseAnswers<Figure>[],
  seed: number,
  only?: Figure,
): ResponseAnswers<Figure>[] {
  let next = seed;
  const rand = () => (next = (next * 1103515245 + 12345) >>> 0) % 5;
  return responses.map((r) => {
    const copy: ResponseAnswers<Figure> = { ...r };
    for (const f of figures) {
      const values = r[f];
      if (values && (only === undefined || only === f)) copy[f] = values.map(() => 1 + rand());
    }
    return copy;
  });
}

/** Every number a reader can see, and the count of every unit. */
function visible(released: Released<Figure>) {
  return JSON.stringify(released);
}

describe('releaseFigures (complementary suppression)', () => {
  it("shows nothing that changes when a hidden group's answers change", () => {
    fc.assert(
      fc.property(units, threshold, fc.nat(), fc.nat(), (list, t, pick, seed) => {
        const hidden = list.filter((u) => u.responses.length < t);
        fc.pre(hidden.length > 0);
        const target = hidden[pick % hidden.length]!;
        const changed = list.map((u) => (u === target ? { ...u, responses: otherNumbers(u.responses, seed) } : u));
        expect(visible(releaseFigures(figures, changed, t))).toBe(visible(releaseFigures(figures, list, t)));
      }),
      { numRuns: 500 },
    );
  });

  it('shows nothing that changes when the answers to a figure hidden inside a shown group change', () => {
    fc.assert(
      fc.property(units, threshold, fc.nat(), fc.nat(), (list, t, pick, seed) => {
        const released = releaseFigures(figures, list, t);
        const cells = released.units.flatMap((u, i) =>
          'figures' in u ? figures.filter((f) => u.figures[f].mean === undefined).map((f) => ({ i, f })) : [],
        );
        fc.pre(cells.length > 0);
        const { i, f } = cells[pick % cells.length]!;
        const changed = list.map((u, j) => (j === i ? { ...u, responses: otherNumbers(u.responses, seed, f) } : u));
        expect(visible(releaseFigures(figures, changed, t))).toBe(visible(released));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves nothing to subtract: the whole school is exactly the groups and figures shown', () => {
    fc.assert(
      fc.property(units, threshold, (list, t) => {
        const { units: shown, overall } = releaseFigures(figures, list, t);
        const shownUnits = shown.filter((u) => 'figures' in u);
        expect(overall.responses).toBe(shownUnits.reduce((n, u) => n + u.responses, 0));
        expect(overall.left).toBe(shown.length - shownUnits.length);
        for (const f of figures) {
          const parts = shownUnits.flatMap((u) => ('figures' in u && u.figures[f].mean !== undefined ? [u] : []));
          const residual =
            (overall.figures?.[f].answered ?? 0) -
            parts.reduce((n, u) => n + ('figures' in u ? u.figures[f].answered : 0), 0);
          expect(residual).toBe(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never shows a mean of fewer answers than the threshold, anywhere', () => {
    fc.assert(
      fc.property(units, threshold, (list, t) => {
        const released = releaseFigures(figures, list, t);
        const results = [
          ...released.units.flatMap((u) => ('figures' in u ? Object.values(u.figures) : [])),
          ...Object.values(released.overall.figures ?? {}),
        ];
        for (const r of results) if (r.mean !== undefined) expect(r.answered).toBeGreaterThanOrEqual(t);
        for (const u of released.units) if (u.responses < t) expect(u).not.toHaveProperty('figures');
      }),
      { numRuns: 500 },
    );
  });
});

// The same promises, through the summaries and the Dashboard tab the principal actually reads.
const healthResponse = (
  group: string | readonly string[] | undefined,
  scores: number[],
  comment?: string,
): FormResponse<'health'> => ({
  kind: 'health',
  submitted: '2026-10-05',
  groups: group === undefined ? undefined : typeof group === 'string' ? [group] : group.length ? group : undefined,
  scores: Object.fromEntries(healthScaleItems.map((item, i) => [item.id, scores[i % scores.length]!])),
  comments: comment === undefined ? [] : [{ question: 'moreValuable', text: comment }],
});

const healthGroups = fc.array(
  fc.record({
    // None (not in a PLG), one, or two PLGs ticked, as a facilitator of one group and member of another does.
    group: fc.subarray(['Math', 'Science', 'Arts', 'Music'], { maxLength: 2 }),
    scores: fc.array(score, { minLength: 1, maxLength: 16 }),
  }),
  { maxLength: 24 },
);

function dashboardOf(responses: readonly FormResponse<'health'>[], t: number): string[][] {
  const summary = summarizeHealth(responses, t);
  return dashboardRows({
    asOf: '2026-10-20',
    feedback: [],
    health: [{ label: 'October 2026', summary }],
    facilitators: [],
    diagnosis: diagnose({
      registry: schoolRegistry(),
      today: '2026-10-20',
      feedback: [],
      health: summary,
      trends: [],
      coverage: [],
    }),
    attendance: [],
    coverage: [],
    protocols: [],
    hours: [],
    groupNames: new Map(),
    notCounted: {},
  });
}

describe('the principal who subtracts', () => {
  it("cannot: the health survey Dashboard is the same whatever a hidden group's members answered", () => {
    fc.assert(
      fc.property(healthGroups, threshold, fc.nat(), fc.nat(), (list, t, pick, seed) => {
        const responses = list.map((r) => healthResponse(r.group, r.scores, 'a comment'));
        const unitsOf = (r: FormResponse<'health'>) => r.groups ?? ['(none)'];
        const count = (g: string) => responses.filter((r) => unitsOf(r).includes(g)).length;
        const hidden = [...new Set(responses.flatMap(unitsOf))].filter((g) => count(g) < t);
        fc.pre(hidden.length > 0);
        const target = hidden[pick % hidden.length]!;
        let next = seed;
        const rand = () => 1 + ((next = (next * 1103515245 + 12345) >>> 0) % 5);
        // The target group's members whose every group is hidden: a member also in a shown group is that group's
        // respondent too, and their answers show there.
        const changed = responses.map((r) =>
          unitsOf(r).includes(target) && unitsOf(r).every((g) => hidden.includes(g))
            ? healthResponse(
                r.groups,
                healthScaleItems.map(() => rand()),
                `something else ${rand()}`,
              )
            : r,
        );
        expect(dashboardOf(changed, t)).toEqual(dashboardOf(responses, t));
      }),
      { numRuns: 300 },
    );
  });

  it('gets nothing from "whole school minus the groups shown" in the sample a principal might try', () => {
    // Math and Science have enough responses; Arts has one: its respondent answered 1 to everything.
    const responses = [
      ...[4, 4, 5].map((s) => healthResponse('Math', [s])),
      ...[3, 4, 4].map((s) => healthResponse('Science', [s])),
      healthResponse('Arts', [1], 'I feel unsafe sharing anything'),
    ];
    const rows = dashboardOf(responses, 3);
    // Group names go to the sheet escaped as text ("'Math", shown as Math).
    const cell = (label: string) => rows.find((r) => r[0] === label || r[0] === `'${label}`)!;
    const protectedTime = (row: string[]) => Number(/Regular, protected time: ([\d.]+)/.exec(row[2]!)![1]);
    const school = cell('Whole school');
    const [math, science] = [cell('Math'), cell('Science')];
    // school × responses − Σ shown group × responses = what the left-out groups said: here, nothing at all.
    const residual =
      protectedTime(school) * Number(school[1]) -
      protectedTime(math) * Number(math[1]) -
      protectedTime(science) * Number(science[1]);
    expect(Number(school[1])).toBe(6);
    expect(Math.abs(residual)).toBeLessThan(0.5);
    expect(cell('Arts').slice(1, 3)).toEqual(['1', 'hidden: fewer than 3 responses']);
    expect(cell('Whole school leaves out')[1]).toBe('1 group');
    expect(JSON.stringify(rows)).not.toContain('unsafe');
  });

  it("cannot either in meeting feedback, which has no school-wide figure and shows a hidden group's count only", () => {
    const feedback = (group: string, s: number, change?: string): FormResponse<'meeting'> => ({
      kind: 'meeting',
      submitted: '2026-09-08',
      meeting: `${group}-20260908`,
      group,
      scores: Object.fromEntries(meetingScaleItems.map((i) => [i.id, s])),
      comments: change ? [{ question: 'change', text: change }] : [],
    });
    const groups = [
      { id: 'MATH', name: 'Math' },
      { id: 'ARTS', name: 'Arts' },
    ];
    const base = [feedback('MATH', 4), feedback('MATH', 5), feedback('MATH', 3)];
    const one = summarizeFeedback([...base, feedback('ARTS', 1, 'Please stop')], groups, 3);
    const other = summarizeFeedback([...base, feedback('ARTS', 5, 'All good')], groups, 3);
    expect(other).toEqual(one);
    expect(one[1]).toEqual({ group: 'ARTS', name: 'Arts', responses: 1, hidden: 'hidden: fewer than 3 responses' });
  });
});

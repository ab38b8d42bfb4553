// The part of a plan a slice writes between builds of feedback forms (core/sync/ready-plan.ts): a group's events
// wait for its form, so each is written once with its feedback link, and nothing written earlier in the slice goes
// twice.
import type { CalendarPlan } from '../../../src/core/calendar/calendar-plan';
import { formsForWrites, readyPart } from '../../../src/core/sync/ready-plan';

function plan(): CalendarPlan {
  const event = {} as CalendarPlan['creates'][number]['event'];
  return {
    creates: [
      { meetingKey: 'MATH-1-20260901', rowNumber: 2, group: 'MATH-1', event },
      { meetingKey: 'ENGL-1-20260902', rowNumber: 3, group: 'engl-1', event },
    ],
    updates: [
      {
        meetingKey: 'ENGL-1-20260803',
        rowNumber: 4,
        group: 'ENGL-1',
        eventId: 'e3',
        event,
        changes: [],
      },
    ],
    cancels: [
      {
        meetingKey: 'ENGL-1-20260804',
        rowNumber: 5,
        group: 'ENGL-1',
        eventId: 'e4',
        summary: 'English',
        when: {} as CalendarPlan['cancels'][number]['when'],
        reason: 'canceled',
      },
    ],
    records: [{ meetingKey: 'MATH-1-20260805', rowNumber: 6, eventId: 'e5', synced: 'x' }],
    drift: [],
    holds: [],
    unchanged: 0,
    warnings: [],
  };
}

test('a group still waiting for its form has its new and changed events wait; its cancellations go', () => {
  const ready = readyPart(plan(), new Set(['ENGL-1']), new Set());
  expect(ready.creates.map((c) => c.meetingKey)).toEqual(['MATH-1-20260901']);
  expect(ready.updates).toEqual([]);
  expect(ready.cancels.map((c) => c.meetingKey)).toEqual(['ENGL-1-20260804']);
  expect(ready.records).toHaveLength(1);
});

test('what this slice already wrote is left out', () => {
  const ready = readyPart(plan(), new Set(), new Set(['MATH-1-20260901', 'ENGL-1-20260804', 'MATH-1-20260805']));
  expect(ready.creates.map((c) => c.meetingKey)).toEqual(['ENGL-1-20260902']);
  expect(ready.updates).toHaveLength(1);
  expect(ready.cancels).toEqual([]);
  expect(ready.records).toEqual([]);
});

test('with every form made and nothing written yet, the plan is the whole plan', () => {
  const whole = plan();
  expect(readyPart(whole, new Set(), new Set())).toEqual(whole);
});

describe('how many forms the next build makes: enough for the next Calendar round', () => {
  /** `groups` groups waiting for their forms, each with `events` new events. */
  function waiting(groups: number, events: number): { plan: CalendarPlan; awaiting: Set<string> } {
    const event = {} as CalendarPlan['creates'][number]['event'];
    const creates = Array.from({ length: groups * events }, (_, i) => ({
      meetingKey: `G${i % groups}-${i}`,
      rowNumber: i + 2,
      group: `g${i % groups}`,
      event,
    }));
    return {
      plan: { ...plan(), creates, updates: [] },
      awaiting: new Set(Array.from({ length: groups }, (_, g) => `G${g}`)),
    };
  }

  test("a district's groups of 21 meetings: 26 forms make a minute's 540 writes ready, not the build's 40", () => {
    const { plan: p, awaiting } = waiting(150, 21);
    expect(formsForWrites(p, awaiting, 150, 540)).toBe(26);
  });

  test('never more forms than groups waiting, and at least one while any waits', () => {
    const few = waiting(3, 21);
    expect(formsForWrites(few.plan, few.awaiting, 3, 540)).toBe(3);
    const big = waiting(10, 600);
    expect(formsForWrites(big.plan, big.awaiting, 10, 540)).toBe(1);
    expect(formsForWrites(big.plan, big.awaiting, 0, 540)).toBe(0);
  });

  test('groups waiting with no events to write (an empty year) are built all at once', () => {
    const none = waiting(4, 0);
    expect(formsForWrites(none.plan, new Set(['G0', 'G1', 'G2', 'G3']), 4, 540)).toBe(4);
  });
});

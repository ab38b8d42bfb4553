import fc from 'fast-check';
import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';
import { closingFeedback, normsCheckIn, scaleSteps } from '../../../src/core/protocols/scale-steps';

const tuning = builtInProtocols.find((p) => p.id === 'tuning')!;
const sum = (steps: { minutes: number }[]) => steps.reduce((a, s) => a + s.minutes, 0);

describe('scaleSteps', () => {
  it('opens with a norms check-in and closes with feedback, around the protocol’s steps', () => {
    const { steps } = scaleSteps(tuning, 60, { startTime: '15:30' });
    expect(steps[0]!.name).toBe(normsCheckIn.name);
    expect(steps[steps.length - 1]!.name).toBe(closingFeedback.name);
    expect(steps.slice(1, -1).map((s) => s.name)).toEqual(tuning.steps.map((s) => s.name));
  });

  it('gives clock times from the meeting start, each step starting when the last ends', () => {
    const { steps } = scaleSteps(tuning, 56, { startTime: '15:30' });
    // 56 minutes leave exactly tuning's recommended 46 between the 5-minute opening and closing.
    expect(steps.map((s) => s.clock)).toEqual([
      '15:30–15:35',
      '15:35–15:43',
      '15:43–15:48',
      '15:48–15:58',
      '15:58–16:13',
      '16:13–16:21',
      '16:21–16:26',
    ]);
  });

  it('shares the time in proportion to the recommended lengths', () => {
    const { steps } = scaleSteps(tuning, 5 + 92 + 5, { startTime: '08:00' });
    expect(steps.slice(1, -1).map((s) => s.minutes)).toEqual(tuning.steps.map((s) => s.minutes * 2));
  });

  it('uses the opening and closing lengths asked for', () => {
    const { steps } = scaleSteps(tuning, 50, { startTime: '15:30', openingMinutes: 3, closingMinutes: 7 });
    expect([steps[0]!.minutes, steps[steps.length - 1]!.minutes]).toEqual([3, 7]);
  });

  it('for any protocol and meeting length, sums exactly to the meeting with every step at least a minute', () => {
    fc.assert(
      fc.property(fc.constantFrom(...builtInProtocols), fc.integer({ min: 12, max: 240 }), (protocol, minutes) => {
        const { steps } = scaleSteps(protocol, minutes, { startTime: '15:30' });
        expect(sum(steps)).toBe(minutes);
        expect(Math.min(...steps.map((s) => s.minutes))).toBeGreaterThanOrEqual(1);
        expect(steps).toHaveLength(protocol.steps.length + 2);
      }),
    );
  });

  it('warns when the meeting is shorter than the protocol’s minimum', () => {
    const { warnings } = scaleSteps(tuning, 30, { startTime: '15:30' });
    expect(warnings).toEqual(['Tuning needs at least 35 minutes; this meeting leaves 20, so every step is shortened.']);
    expect(scaleSteps(tuning, 60, { startTime: '15:30' }).warnings).toEqual([]);
  });

  it('shrinks opening and closing before leaving steps out, and never runs past the meeting', () => {
    const tight = scaleSteps(tuning, 9, { startTime: '15:30' });
    expect(sum(tight.steps)).toBe(9);
    expect(tight.steps).toHaveLength(7);
    const tooShort = scaleSteps(tuning, 5, { startTime: '15:30' });
    expect(sum(tooShort.steps)).toBe(5);
    expect(tooShort.steps.map((s) => s.name)).toEqual([
      'Norms check-in',
      'The presenter sets the scene',
      'Clarifying questions',
      'Examine the work',
      'Debrief and feedback',
    ]);
    expect(tooShort.warnings[0]).toContain('left out: Warm and cool feedback, The presenter reflects');
  });

  it('wraps clock times past midnight', () => {
    const { steps } = scaleSteps(tuning, 60, { startTime: '23:30' });
    expect(steps[steps.length - 1]!.to).toBe('00:30');
  });
});

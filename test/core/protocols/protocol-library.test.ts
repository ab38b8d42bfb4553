import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';
import { protocolPurposes, trustNeeds } from '../../../src/core/protocols/protocol';
import { scaleSteps, stretchAtMost } from '../../../src/core/protocols/scale-steps';

const sum = (steps: { minutes: number }[]) => steps.reduce((a, s) => a + s.minutes, 0);

describe('the protocol library', () => {
  it('has the protocols schools ask for by name, each once', () => {
    const ids = builtInProtocols.map((p) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'atlas-data',
        'atlas-student-work',
        'descriptive-consultancy',
        'issaquah-coaching',
        'chalk-talk',
        'text-rendering',
        'microlabs',
        'compass-points',
        'affinity-mapping',
        'peeling-the-onion',
      ]),
    );
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(builtInProtocols.map((p) => p.name)).size).toBe(ids.length);
  });

  it.each(builtInProtocols.map((p) => [p.id, p] as const))(
    '%s: its steps add up to its typical length, which leaves room for opening and feedback in a 50-minute meeting',
    (_id, protocol) => {
      expect(sum(protocol.steps)).toBe(protocol.recommendedMinutes);
      expect(protocol.minMinutes).toBeLessThanOrEqual(protocol.recommendedMinutes);
      // The guidance's shortest meeting, less the norms check-in and feedback every agenda has.
      expect(protocol.minMinutes).toBeLessThanOrEqual(40);
      expect(protocol.purposes.length).toBeGreaterThan(0);
      expect(new Set(protocol.purposes).size).toBe(protocol.purposes.length);
      expect(protocol.purposes.every((p) => (protocolPurposes as readonly string[]).includes(p))).toBe(true);
      expect(trustNeeds).toContain(protocol.trustNeeded);
    },
  );

  it('offers at least two protocols for every purpose, and one that asks little trust for every purpose but tuning someone’s work', () => {
    for (const purpose of protocolPurposes) {
      const serving = builtInProtocols.filter((p) => p.purposes.includes(purpose));
      expect(serving.length).toBeGreaterThanOrEqual(2);
      // Student work is by nature someone's own students: no protocol pretends it asks nothing.
      if (purpose !== 'tune-work' && purpose !== 'student-work')
        expect(serving.some((p) => p.trustNeeded === 'low')).toBe(true);
    }
  });

  it('marks the ATLAS protocols as best once trust has developed, and says so where a facilitator reads it', () => {
    for (const id of ['atlas-data', 'atlas-student-work']) {
      const atlas = builtInProtocols.find((p) => p.id === id)!;
      expect(atlas.trustNeeded).toBe('established');
      expect(atlas.whenToUse).toMatch(/once trust has developed/);
    }
  });

  it('keeps protocols that put no one’s own work in front of the group free of presenters', () => {
    for (const p of builtInProtocols.filter((x) => x.trustNeeded === 'low')) {
      expect(p.roles).not.toContain('presenter');
      expect(p.steps.some((s) => /^Presenter/.test(s.who))).toBe(false);
    }
  });

  describe.each([50, 60, 90])('in a %i-minute meeting', (meetingMinutes) => {
    it.each(builtInProtocols.map((p) => [p.id, p] as const))('%s keeps every step, in proportion', (_id, protocol) => {
      const { steps, warnings } = scaleSteps(protocol, meetingMinutes, { startTime: '15:30' });
      const inner = steps.slice(1, -1);
      expect(sum(steps)).toBe(meetingMinutes);
      expect(inner.map((s) => s.name)).toEqual(protocol.steps.map((s) => s.name));
      const available = sum(inner);
      protocol.steps.forEach((typical, i) => {
        const share = (typical.minutes * available) / protocol.recommendedMinutes;
        expect(Math.abs(inner[i]!.minutes - share)).toBeLessThan(1.5);
      });
      // A step that is longer at the typical length is never shorter once scaled.
      protocol.steps.forEach((a, i) =>
        protocol.steps.forEach((b, j) => {
          if (a.minutes > b.minutes) expect(inner[i]!.minutes).toBeGreaterThanOrEqual(inner[j]!.minutes);
        }),
      );
      const stretched = available > stretchAtMost * protocol.recommendedMinutes;
      expect(warnings).toEqual(stretched ? [expect.stringContaining(`runs about ${protocol.recommendedMinutes}`)] : []);
    });
  });

  it('tells the facilitator when a short protocol would drag through a long meeting', () => {
    const chalkTalk = builtInProtocols.find((p) => p.id === 'chalk-talk')!;
    const { steps, warnings } = scaleSteps(chalkTalk, 90, { startTime: '15:30' });
    expect(warnings[0]).toMatch(/^Chalk talk runs about 30 minutes; this meeting leaves 80/);
    expect(steps.find((s) => s.name === 'Write and respond in silence')!.minutes).toBe(40);
    expect(scaleSteps(chalkTalk, 60, { startTime: '15:30' }).warnings).toEqual([]);
  });
});

import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';
import { purposesInFocus } from '../../../src/core/protocols/focus-purposes';
import { groupTrust, lowTrustBelow } from '../../../src/core/protocols/group-trust';
import type { Protocol } from '../../../src/core/protocols/protocol';
import { suggestProtocols, type ChooserInput } from '../../../src/core/protocols/suggest-protocols';

const byId = new Map(builtInProtocols.map((p) => [p.id, p]));
const suggest = (input: ChooserInput) => suggestProtocols(builtInProtocols, { minutes: 60, ...input });

const dataFocus = 'What do our fall benchmark results tell us about who is still struggling with fractions?';
const studentWorkFocus = 'What does this student work show about how my class understands ratios?';

describe('reading a focus line', () => {
  it.each([
    ['Read the attached article on retrieval practice before we meet', 'text', 'article'],
    ['Does my draft rubric for the persuasive essay unit capture what matters?', 'tune-work', 'draft'],
    [studentWorkFocus, 'student-work', 'student work'],
    ['Our attendance data since October', 'data', 'attendance'],
    ['How can I reach the three students who have stopped handing anything in?', 'dilemma', 'How can I'],
    ['Revisit our norms now that two new members have joined', 'norms-trust', 'norms'],
  ])('“%s” is about %s (cue: %s)', (focus, purpose, cue) => {
    expect(purposesInFocus(focus)[0]).toEqual({ purpose, cue });
  });

  it('counts “student work” as student work, not as a piece of work to tune', () => {
    expect(purposesInFocus('Bring student work from the lab').map((p) => p.purpose)).toEqual(['student-work']);
  });

  it('finds nothing in a blank focus or in words that point nowhere', () => {
    expect(purposesInFocus(undefined)).toEqual([]);
    expect(purposesInFocus('   ')).toEqual([]);
    expect(purposesInFocus('Thursday after school')).toEqual([]);
  });
});

describe('the group’s trust', () => {
  it('reads the health survey’s trust average: low below the dashboard’s cut, established from 4', () => {
    expect(groupTrust(undefined)).toEqual({});
    expect(groupTrust(lowTrustBelow - 0.1).level).toBe('low');
    expect(groupTrust(lowTrustBelow).level).toBe('some');
    expect(groupTrust(4).level).toBe('established');
  });
});

describe('suggestProtocols', () => {
  it('suggests protocols for the focus, each with one line naming the words that led to it', () => {
    const suggestions = suggest({ focus: dataFocus });
    expect(suggestions).toHaveLength(3);
    for (const s of suggestions) {
      expect(s.protocol.purposes).toContain('data');
      expect(s.why).toMatch(/^The focus mentions “benchmark”: it helps a group make sense of data; /);
      expect(s.why).not.toContain('\n');
    }
  });

  it('never offers a facilitator in a low-trust group an ATLAS protocol first — nor before one that asks less', () => {
    for (const focus of [dataFocus, studentWorkFocus, 'Look at data and student work from the unit test']) {
      for (const trustScore of [1.5, 2.8, 3.4]) {
        const suggestions = suggest({ focus, trustScore });
        expect(suggestions[0]!.protocol.id).not.toMatch(/^atlas-/);
        expect(suggestions[0]!.protocol.trustNeeded).toBe('low');
        const firstAtlas = suggestions.findIndex((s) => s.protocol.id.startsWith('atlas-'));
        if (firstAtlas >= 0)
          expect(suggestions.slice(0, firstAtlas).some((s) => s.protocol.trustNeeded === 'low')).toBe(true);
      }
    }
  });

  it('puts low-trust protocols first when the group’s trust score is low, and says why with the score', () => {
    const suggestions = suggest({ focus: dataFocus, trustScore: 3.1 });
    expect(suggestions.map((s) => s.protocol.trustNeeded)).toEqual(['low', 'low', 'low']);
    expect(suggestions[0]!.why).toContain('it asks little trust, so it is safe while the group builds it');
    expect(suggestions[0]!.why).toContain('trust score 3.1 of 5');
  });

  it('still shows a low-trust group the best protocol for student work, last, saying it is better once trust grows', () => {
    const suggestions = suggest({ focus: studentWorkFocus, trustScore: 2.8 });
    expect(suggestions[0]!.protocol.purposes).toContain('norms-trust');
    const last = suggestions.at(-1)!;
    expect(last.protocol.purposes).toContain('student-work');
    expect(last.protocol.id).not.toMatch(/^atlas-/);
    expect(last.why).toContain("better once the group's trust grows");
  });

  it('offers ATLAS to a group whose trust has developed, and says that is when it is best used', () => {
    const suggestions = suggest({ focus: studentWorkFocus, trustScore: 4.5 });
    const atlas = suggestions.find((s) => s.protocol.id === 'atlas-student-work');
    expect(atlas?.why).toContain("best used once trust has developed, as the group's score says it has");
  });

  it('with no survey score, prefers the protocol that asks less trust of two that fit the focus equally', () => {
    const order = suggestProtocols(builtInProtocols, { focus: 'What does this data set say?' }, 99).map(
      (s) => s.protocol.id,
    );
    expect(order.indexOf('data-driven-dialogue')).toBeGreaterThanOrEqual(0);
    expect(order.indexOf('data-driven-dialogue')).toBeLessThan(order.indexOf('atlas-data'));
    const atlasWhy = suggestProtocols(builtInProtocols, { focus: studentWorkFocus }, builtInProtocols.length).find(
      (s) => s.protocol.id === 'atlas-student-work',
    )!.why;
    expect(atlasWhy).toContain('best used once trust has developed');
    expect(atlasWhy).not.toContain('score');
  });

  it('suggests norms and trust protocols to a low-trust group with no focus yet, and nothing when it knows neither', () => {
    const suggestions = suggest({ trustScore: 2.9 });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(s.protocol.trustNeeded).toBe('low');
      expect(s.protocol.purposes).toContain('norms-trust');
    }
    expect(suggest({})).toEqual([]);
    expect(suggest({ trustScore: 4.6 })).toEqual([]);
  });

  it('puts a protocol the meeting is too short for after those that fit, saying how short', () => {
    const atlas = byId.get('atlas-data')!;
    const tight = suggestProtocols(builtInProtocols, {
      focus: dataFocus,
      trustScore: 4.5,
      minutes: atlas.minMinutes + 9,
    });
    const all = suggestProtocols(
      builtInProtocols,
      { focus: dataFocus, trustScore: 4.5, minutes: atlas.minMinutes + 9 },
      builtInProtocols.length,
    );
    const fitting = all.filter((s) => s.protocol.minMinutes <= atlas.minMinutes - 1);
    expect(tight.map((s) => s.protocol.id)).toEqual(fitting.slice(0, 3).map((s) => s.protocol.id));
    expect(all.find((s) => s.protocol.id === 'atlas-data')!.why).toContain(
      `it needs ${atlas.minMinutes} minutes and this meeting leaves ${atlas.minMinutes - 1}`,
    );
  });

  it('never guesses at a school’s own protocol, which has no purposes', () => {
    const own: Protocol = { ...byId.get('tuning')!, id: 'our-protocol', name: 'Our protocol', purposes: [] };
    const suggestions = suggestProtocols([own, ...builtInProtocols], { focus: 'Our draft lesson plan' }, 50);
    expect(suggestions.map((s) => s.protocol.id)).not.toContain('our-protocol');
    expect(suggestions[0]!.protocol.id).toBe('tuning');
  });
});

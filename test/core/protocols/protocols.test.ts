import { rowSchema } from '../../../src/core/registry/tab-spec';
import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';
import { workTypes } from '../../../src/core/protocols/protocol';
import {
  protocolById,
  protocolRowsForSetup,
  protocolsFromRows,
  protocolsTab,
  type ProtocolRow,
} from '../../../src/core/protocols/protocols-tab';

describe('built-in protocols', () => {
  it('cover the widely used PLG protocols', () => {
    expect(builtInProtocols.length).toBeGreaterThanOrEqual(10);
    expect(builtInProtocols.map((p) => p.id)).toEqual(
      expect.arrayContaining([
        'tuning',
        'consultancy',
        'collaborative-assessment',
        'data-driven-dialogue',
        'success-analysis',
        'final-word',
        'setting-norms',
        'peer-observation-debrief',
        'charrette',
        'lesson-study',
      ]),
    );
  });

  it('each say why and when to use them, and fit their recommended time', () => {
    for (const p of builtInProtocols) {
      expect(p.purpose).not.toBe('');
      expect(p.whenToUse).not.toBe('');
      expect(p.roles).toContain('facilitator');
      expect(p.bestFor.every((w) => (workTypes as readonly string[]).includes(w))).toBe(true);
      expect(p.minMinutes).toBeLessThanOrEqual(p.recommendedMinutes);
      expect(p.steps.reduce((a, s) => a + s.minutes, 0)).toBe(p.recommendedMinutes);
      for (const s of p.steps) expect([s.name, s.who, s.prompt].every((t) => t.length > 0)).toBe(true);
    }
  });

  it('offer something for each kind of work a group brings', () => {
    for (const w of workTypes) expect(builtInProtocols.some((p) => p.bestFor.includes(w))).toBe(true);
  });
});

describe('the Protocols tab', () => {
  const read = (row: Record<string, unknown>) => rowSchema(protocolsTab, { timeZone: 'UTC' }).parse(row) as ProtocolRow;

  it('writes every built-in step at set-up, and reads back to the same protocols', () => {
    const rows = protocolRowsForSetup();
    expect(rows).toHaveLength(builtInProtocols.reduce((a, p) => a + p.steps.length, 0));
    expect(protocolsFromRows(rows)).toEqual(builtInProtocols);
  });

  it('lets a school re-time and reword a built-in protocol, keeping its other built-in facts', () => {
    const rows = [
      read({
        id: 'Tuning',
        name: 'Tuning (our way)',
        step: 'Presenter shares',
        minutes: 10,
        who: 'Presenter',
        prompt: 'Go.',
      }),
      read({ id: 'tuning', name: 'Tuning (our way)', step: 'Feedback', minutes: 20, who: 'Group' }),
    ];
    const tuning = protocolById(protocolsFromRows(rows), 'tuning')!;
    expect(tuning.name).toBe('Tuning (our way)');
    expect(tuning.steps).toEqual([
      { name: 'Presenter shares', minutes: 10, who: 'Presenter', prompt: 'Go.' },
      { name: 'Feedback', minutes: 20, who: 'Group', prompt: '' },
    ]);
    expect(tuning.recommendedMinutes).toBe(30);
    expect(tuning.minMinutes).toBe(30);
    expect(tuning.purpose).toBe(builtInProtocols[0]!.purpose);
  });

  it('adds a school’s own protocol after the built-ins', () => {
    const rows = [
      read({
        id: 'gallery-walk',
        name: 'Gallery walk',
        purpose: 'See many samples quickly.',
        step: 'Walk',
        minutes: 15,
        who: 'Everyone',
      }),
      read({
        id: 'gallery-walk',
        name: 'Gallery walk',
        step: 'Discuss what the presenter heard',
        minutes: 10,
        who: 'Presenter',
      }),
    ];
    const all = protocolsFromRows(rows);
    expect(all).toHaveLength(builtInProtocols.length + 1);
    expect(all[all.length - 1]).toMatchObject({
      id: 'gallery-walk',
      purpose: 'See many samples quickly.',
      roles: ['facilitator', 'presenter', 'timekeeper', 'note-taker'],
      recommendedMinutes: 25,
    });
  });

  it('refuses a protocol id with spaces, naming the fix', () => {
    expect(() => read({ id: 'my protocol', name: 'X', step: 'Y', minutes: 5 })).toThrow(/letters, digits and hyphens/);
  });

  it('finds a protocol whatever the case typed in a Meetings cell', () => {
    expect(protocolById(builtInProtocols, ' Consultancy ')?.name).toBe('Consultancy');
    expect(protocolById(builtInProtocols, undefined)).toBeUndefined();
  });
});

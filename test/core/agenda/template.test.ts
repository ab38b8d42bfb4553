import {
  fillTemplate,
  findPlaceholders,
  knownPlaceholders,
  unknownPlaceholders,
} from '../../../src/core/agenda/template';

describe('agenda templates', () => {
  const template =
    'PLG: {{group}} on {{ Date }} — facilitated by {{facilitator}}\nNotes by {{Note taker}}\nRoom: {{room}} {{group}}';

  it('finds each placeholder once, whatever its spacing or case', () => {
    expect(findPlaceholders(template)).toEqual(['group', 'date', 'facilitator', 'note_taker', 'room']);
  });

  it('reports placeholders PLG Hub does not know', () => {
    expect(unknownPlaceholders(findPlaceholders(template))).toEqual(['room']);
    expect(unknownPlaceholders([...knownPlaceholders])).toEqual([]);
  });

  it('fills known placeholders, leaves unknown ones visible and reports them', () => {
    const filled = fillTemplate(template, {
      group: 'Math 6',
      date: 'Tuesday 6 October 2026',
      facilitator: 'Fran',
      note_taker: 'Cy',
    });
    expect(filled.text).toBe(
      'PLG: Math 6 on Tuesday 6 October 2026 — facilitated by Fran\nNotes by Cy\nRoom: {{room}} Math 6',
    );
    expect(filled.unknown).toEqual(['room']);
  });

  it('empties a known placeholder that has no value yet', () => {
    expect(fillTemplate('Focus: {{focus}}.', {}).text).toBe('Focus: .');
  });
});

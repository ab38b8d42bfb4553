import { builtInProtocols } from '../../../src/core/protocols/built-in-protocols';
import { protocolChoices } from '../../../src/core/protocols/protocol-choices';
import { schoolRegistry, schoolTabs } from '../registry/school-fixture';

const noTrust = new Map<string, number>();

describe('protocolChoices (the Meetings tab chooser)', () => {
  it('lists the next meetings still waiting for an agenda Doc, soonest first, with the protocol each would use', () => {
    const choices = protocolChoices(schoolRegistry(), builtInProtocols, '2026-09-01', noTrust);
    expect(choices.map((c) => c.meetingKey)).toEqual(['MATH-6-20260908', 'MATH-6-20260922']);
    expect(choices[0]).toMatchObject({ groupName: 'Grade 6 Math', fromGroupDefault: false });
    expect(choices[0]!.current?.id).toBe('tuning');
    expect(choices[1]!.current).toBeUndefined();
    // The focus "Does this task show…" points to tuning a piece of work; a blank focus gets no guess.
    expect(choices[0]!.suggestions[0]!.protocol.id).toBe('tuning');
    expect(choices[0]!.suggestions[0]!.why).toContain('“task”');
    expect(choices[1]!.suggestions).toEqual([]);
  });

  it('leaves out meetings already past, and those whose agenda Doc is made', () => {
    const tabs = schoolTabs();
    tabs.Meetings![1]![tabs.Meetings![0]!.indexOf('Agenda')] = 'https://docs.google.com/document/d/abc/edit';
    expect(
      protocolChoices(schoolRegistry(tabs), builtInProtocols, '2026-09-01', noTrust).map((c) => c.meetingKey),
    ).toEqual(['MATH-6-20260922']);
    expect(protocolChoices(schoolRegistry(), builtInProtocols, '2026-09-23', noTrust)).toEqual([]);
  });

  it('puts protocols that ask little trust first for a group whose health-survey trust score is low', () => {
    const [first] = protocolChoices(schoolRegistry(), builtInProtocols, '2026-09-01', new Map([['Grade 6 Math', 2.9]]));
    expect(first!.suggestions[0]!.protocol.trustNeeded).toBe('low');
    expect(first!.suggestions[0]!.why).toContain('trust score 2.9 of 5');
    // Another group's score is not this group's.
    const [other] = protocolChoices(schoolRegistry(), builtInProtocols, '2026-09-01', new Map([['Grade 7 ELA', 2.9]]));
    expect(other!.suggestions[0]!.protocol.id).toBe('tuning');
  });
});

import { fingerprint } from '../../../src/core/calendar/fingerprint';
import { asCalendarHasIt, staff, wanted } from './calendar-fixtures';

describe('wantedEvent', () => {
  const meeting = wanted({ key: 'MATH-6-2026-10-06', date: '2026-10-06' });

  it('names the event after the group and places it at the school clock time with its offset', () => {
    expect(meeting.event.summary).toBe('Math 6 PLG');
    expect(meeting.event.location).toBe('Room 204');
    expect(meeting.event.start).toEqual({ dateTime: '2026-10-06T15:30:00-04:00', timeZone: 'America/New_York' });
    expect(meeting.event.end).toEqual({ dateTime: '2026-10-06T16:20:00-04:00', timeZone: 'America/New_York' });
  });

  it('uses the offset in force on the day, after daylight saving ends', () => {
    const november = wanted({ key: 'MATH-6-2026-11-17', date: '2026-11-17' });
    // The fixture builds the instant with -04:00; in November New York is at -05:00, so 15:30 EDT is 14:30 EST.
    expect(november.event.start.dateTime).toBe('2026-11-17T14:30:00-05:00');
  });

  it('invites the roster and the facilitator, sorted, and lets guests see but not change the event', () => {
    expect(meeting.event.attendees.map((a) => a.email)).toEqual([
      'ana@school.org',
      'bo@school.org',
      'cy@school.org',
      'fac@school.org',
    ]);
    expect(meeting.event.guestsCanModify).toBe(false);
    expect(meeting.event.reminders).toEqual({ useDefault: true });
  });

  it('tags the event as PLG Hub’s, with its meeting key and fingerprint', () => {
    expect(meeting.event.extendedProperties.private).toEqual({
      plgHub: '1',
      meetingKey: 'MATH-6-2026-10-06',
      fingerprint: fingerprint(meeting.event),
    });
  });

  it('answers who is in my PLG, who facilitates it, and when and where it meets, in one line', () => {
    const [firstLine] = meeting.event.description.split('\n');
    expect(firstLine).toBe(
      'Your PLG: Math 6 (everyone in it is on the guest list) · facilitated by Fran Facilitator · meets every other Tuesday at 15:30 in Room 204',
    );
  });

  it('keeps the description the same when a member joins or leaves, so only that person hears of it', () => {
    const before = wanted({ key: 'K', date: '2026-10-06', roster: ['ana@school.org', 'bo@school.org'] });
    const after = wanted({ key: 'K', date: '2026-10-06', roster: ['ana@school.org'] });
    expect(after.event.attendees).not.toEqual(before.event.attendees);
    expect(after.event.description).toBe(before.event.description);
  });

  it('describes the purpose, goal, facilitator, presenter and norms, and links the agenda and feedback form', () => {
    const planned = wanted({
      key: 'K',
      date: '2026-10-06',
      presenter: 'bo@school.org',
      agenda: 'https://docs.google.com/document/d/abc',
      feedback: 'https://forms.gle/xyz',
    });
    const description = planned.event.description;
    expect(description).toContain('Purpose: Raise proportional reasoning across grade 6.');
    expect(description).toContain('School goal: Every student reasons proportionally.');
    expect(description).toContain('Facilitator: Fran Facilitator (fac@school.org)');
    expect(description).toContain('Presenter: Bo Chen (bo@school.org)');
    expect(description).toContain('Norms:\n- Start and end on time\n- Assume good intent');
    expect(description).toContain('Agenda: https://docs.google.com/document/d/abc\nFeedback: https://forms.gle/xyz');
  });

  it('leaves out links that do not exist yet, and says the presenter is still to be announced', () => {
    expect(meeting.event.description).not.toContain('Agenda:');
    expect(meeting.event.description).not.toContain('Feedback:');
    expect(meeting.event.description).toContain('Presenter: to be announced');
  });

  it('leaves off and reports guests outside the school domain', () => {
    const withOutsider = wanted({ key: 'K', date: '2026-10-06', roster: ['ana@school.org', 'Pat@Gmail.com'] });
    expect(withOutsider.refusedGuests).toEqual(['pat@gmail.com']);
    expect(withOutsider.event.attendees.map((a) => a.email)).not.toContain('pat@gmail.com');
  });

  it('invites outside guests when the school allows it', () => {
    const allowed = wanted({ key: 'K', date: '2026-10-06', roster: ['pat@gmail.com'], allowExternalGuests: true });
    expect(allowed.refusedGuests).toEqual([]);
    expect(allowed.event.attendees.map((a) => a.email)).toContain('pat@gmail.com');
  });

  it('does not invite staff marked inactive', () => {
    const left = staff.map((s) => (s.email === 'bo@school.org' ? { ...s, active: false } : s));
    const without = wanted({ key: 'K', date: '2026-10-06', staff: left });
    expect(without.event.attendees.map((a) => a.email)).not.toContain('bo@school.org');
  });
});

describe('fingerprint', () => {
  const meeting = wanted({ key: 'MATH-6-2026-10-06', date: '2026-10-06' });

  it('is unchanged by Calendar’s own rewriting: UTC instants, guest order and case, HTML descriptions', () => {
    const htmlDescription = meeting.event.description.replace(/\n/g, '<br>').replace(/&/g, '&amp;');
    expect(fingerprint(asCalendarHasIt(meeting, { description: htmlDescription }))).toBe(fingerprint(meeting.event));
  });

  it('changes when any managed field changes', () => {
    const base = fingerprint(meeting.event);
    const edits = [
      { summary: 'Math 6 PLG!' },
      { location: 'Library' },
      { description: 'new' },
      { start: { dateTime: '2026-10-06T16:00:00-04:00' } },
      { end: { dateTime: '2026-10-06T16:30:00-04:00' } },
      { attendees: [{ email: 'ana@school.org' }] },
    ];
    for (const edit of edits) expect(fingerprint({ ...meeting.event, ...edit })).not.toBe(base);
  });
});

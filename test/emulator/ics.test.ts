import { createAdvancedCalendar, userEditEvent } from '../../src/emulator/calendar';
import { exportIcs } from '../../src/emulator/export/ics';
import { addPeople } from '../../src/emulator/people-directory';
import { Workspace } from '../../src/emulator/workspace';

/** Undoes RFC 5545 folding: a CRLF followed by one space or tab continues the previous line. */
function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

function components(lines: string[], name: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    if (line === `BEGIN:${name}`) current = [];
    else if (line === `END:${name}`) {
      out.push(current!);
      current = undefined;
    } else current?.push(line);
  }
  return out;
}

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const Calendar = createAdvancedCalendar(ws);
  const plg = Calendar.Calendars.insert({ summary: 'PLG Hub', timeZone: 'America/New_York' }).id!;
  const berlin = Calendar.Calendars.insert({ summary: 'Partner school', timeZone: 'Europe/Berlin' }).id!;
  const description = 'Agenda: data, goals; next steps\\review\nBring laptops. ' + 'Long text '.repeat(20) + 'é✓';
  Calendar.Events.insert(
    {
      id: 'session001',
      summary: 'Cycle 1, session 1',
      description,
      location: 'Room 4; Library',
      start: { dateTime: '2026-10-20T15:30:00', timeZone: 'America/New_York' },
      end: { dateTime: '2026-10-20T16:30:00', timeZone: 'America/New_York' },
      recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4'],
      attendees: [
        { email: 'teacher@school.example', responseStatus: 'accepted' },
        { email: 'coach@school.example', displayName: 'Coach, Lead' },
        { email: 'guest@elsewhere.example' },
      ],
    },
    plg,
  );
  Calendar.Events.insert(
    {
      id: 'cancel001',
      summary: 'Cancelled',
      start: { dateTime: '2026-09-01T10:00:00+02:00', timeZone: 'Europe/Berlin' },
      end: { dateTime: '2026-09-01T11:00:00+02:00', timeZone: 'Europe/Berlin' },
    },
    berlin,
  );
  Calendar.Events.remove(berlin, 'cancel001');
  Calendar.Events.insert({ summary: 'Planning day', start: { date: '2026-09-04' }, end: { date: '2026-09-05' } }, plg);
  userEditEvent(ws, plg, 'session001_20261027T193000Z', { summary: 'Moved to library' });
  // The school's directory knows its own people; an outside guest is not in it.
  addPeople(ws, [
    { email: 'Teacher@school.example', name: 'Ana Ruiz' },
    { email: 'coach@school.example', name: 'Lead Coach' },
  ]);
  return { ws, description, plg, berlin };
}

describe('exportIcs', () => {
  test('one VCALENDAR with CRLF lines, none longer than 75 octets', () => {
    const { ws, plg } = setup();
    const ics = exportIcs(ws, plg);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const physical = ics.split('\r\n');
    expect(physical.every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
    expect(Math.max(...physical.map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
  });

  test("one calendar a file, named once with its own name — never its owner's address", () => {
    const { ws, plg, berlin } = setup();
    for (const [id, name] of [
      [plg, 'PLG Hub'],
      [berlin, 'Partner school'],
    ] as const) {
      const lines = unfold(exportIcs(ws, id));
      expect(lines.filter((l) => /^(X-WR-CALNAME|NAME)[:;]/.test(l))).toEqual([`NAME:${name}`, `X-WR-CALNAME:${name}`]);
    }
    // Two calendars hold events: which one is meant must be said.
    expect(() => exportIcs(ws)).toThrow(/2 calendars hold events \(PLG Hub, Partner school\)/);
  });

  test('names each guest the directory knows (CN), keeps a name the event gave, and leaves a stranger unnamed', () => {
    const { ws, plg } = setup();
    const series = components(unfold(exportIcs(ws, plg)), 'VEVENT').find((e) => e.some((l) => l.startsWith('RRULE')))!;
    const attendees = series.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toEqual([
      'ATTENDEE;CN=Ana Ruiz;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:teacher@school.example',
      'ATTENDEE;CN="Coach, Lead";PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:coach@school.example',
      'ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:guest@elsewhere.example',
    ]);
  });

  test('every event is exported, the modified occurrence as an override', () => {
    const { ws, plg, berlin } = setup();
    const lines = [...unfold(exportIcs(ws, plg)), ...unfold(exportIcs(ws, berlin))];
    const events = components(lines, 'VEVENT');
    expect(events).toHaveLength(4);
    const series = events.find((e) => e.includes('UID:session001@google.com') && e.some((l) => l.startsWith('RRULE')))!;
    expect(series).toContain('DTSTART;TZID=America/New_York:20261020T153000');
    expect(series).toContain('DTEND;TZID=America/New_York:20261020T163000');
    expect(series).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=4');
    expect(series.find((l) => l.startsWith('ORGANIZER'))).toMatch(
      /^ORGANIZER;CN=PLG Hub:mailto:c_.*@group\.calendar\.google\.com$/,
    );
    const override = events.find((e) => e.some((l) => l.startsWith('RECURRENCE-ID')))!;
    expect(override).toContain('UID:session001@google.com');
    expect(override).toContain('RECURRENCE-ID;TZID=America/New_York:20261027T153000');
    expect(override).toContain('SUMMARY:Moved to library');
    const cancelled = events.find((e) => e.includes('SUMMARY:Cancelled'))!;
    expect(cancelled).toContain('STATUS:CANCELLED');
    expect(cancelled).toContain('DTSTART;TZID=Europe/Berlin:20260901T100000');
    const allDay = events.find((e) => e.includes('SUMMARY:Planning day'))!;
    expect(allDay).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20260904', 'DTEND;VALUE=DATE:20260905']));
  });

  test('text is escaped: backslash, semicolon, comma and newlines', () => {
    const { ws, description, plg } = setup();
    const lines = unfold(exportIcs(ws, plg));
    expect(lines).toContain('SUMMARY:Cycle 1\\, session 1');
    expect(lines).toContain('LOCATION:Room 4\\; Library');
    const escaped = lines.find((l) => l.startsWith('DESCRIPTION:'))!.slice('DESCRIPTION:'.length);
    expect(escaped.startsWith('Agenda: data\\, goals\\; next steps\\\\review\\nBring laptops.')).toBe(true);
    const unescaped = escaped.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    expect(unescaped).toBe(description);
  });

  test('a VTIMEZONE for each TZID used, with the zone’s real DST rules', () => {
    const { ws, plg, berlin: partner } = setup();
    const zones: string[][] = [];
    for (const id of [plg, partner]) {
      const lines = unfold(exportIcs(ws, id));
      const own = components(lines, 'VTIMEZONE');
      const used = new Set(lines.filter((l) => l.includes(';TZID=')).map((l) => /;TZID=([^:;]+)/.exec(l)![1]));
      expect(own.map((z) => z[0])).toEqual([...used].map((zone) => `TZID:${zone}`));
      zones.push(...own);
    }
    const newYork = zones.find((z) => z[0] === 'TZID:America/New_York')!;
    expect(components(newYork, 'DAYLIGHT')).toEqual([
      [
        'TZOFFSETFROM:-0500',
        'TZOFFSETTO:-0400',
        'TZNAME:EDT',
        'DTSTART:19700308T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
      ],
    ]);
    expect(components(newYork, 'STANDARD')).toEqual([
      [
        'TZOFFSETFROM:-0400',
        'TZOFFSETTO:-0500',
        'TZNAME:EST',
        'DTSTART:19701101T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
      ],
    ]);
    const berlin = zones.find((z) => z[0] === 'TZID:Europe/Berlin')!;
    expect(components(berlin, 'DAYLIGHT')[0]).toEqual(
      expect.arrayContaining([
        'TZOFFSETFROM:+0100',
        'TZOFFSETTO:+0200',
        'DTSTART:19700329T020000',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      ]),
    );
    expect(components(berlin, 'STANDARD')[0]).toEqual(
      expect.arrayContaining([
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'DTSTART:19701025T030000',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      ]),
    );
  });
});

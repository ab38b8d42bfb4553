import {
  allEvents,
  createAdvancedCalendar,
  createCalendarApp,
  eventOpenEvent,
  sentInvitations,
  userCreateEvent,
  userDeleteEvent,
  userEditEvent,
} from '../../src/emulator/calendar';
import { Workspace } from '../../src/emulator/workspace';

type Event = GoogleAppsScript.Calendar.Schema.Event;

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const Calendar = createAdvancedCalendar(ws);
  const CalendarApp = createCalendarApp(ws);
  const calendarId = Calendar.Calendars.insert({ summary: 'PLG Hub', timeZone: 'America/New_York' }).id!;
  return { ws, Calendar, CalendarApp, calendarId };
}

function meeting(fields: Partial<Event> = {}): Event {
  return {
    summary: 'PLG meeting',
    start: { dateTime: '2026-09-01T15:30:00', timeZone: 'America/New_York' },
    end: { dateTime: '2026-09-01T16:30:00', timeZone: 'America/New_York' },
    ...fields,
  };
}

function failure(run: () => unknown): Error & { details?: { code: number; message: string } } {
  try {
    run();
  } catch (error) {
    return error as Error & { details?: { code: number; message: string } };
  }
  throw new Error('expected the call to fail');
}

describe('Advanced Calendar: ids and errors', () => {
  test('a client id outside base32hex or 5–1024 characters is rejected as the API rejects it', () => {
    const { Calendar, calendarId } = setup();
    for (const id of ['abcd', 'plg-meeting-1', 'PLG00001', 'wxyz12345', 'a'.repeat(1025)]) {
      const error = failure(() => Calendar.Events.insert(meeting({ id }), calendarId));
      expect(error.message).toBe('API call to calendar.events.insert failed with error: Invalid resource id value.');
      expect(error.name).toBe('GoogleJsonResponseException');
      expect(error.details?.code).toBe(400);
    }
    expect(Calendar.Events.insert(meeting({ id: 'plg0v9' }), calendarId).id).toBe('plg0v9');
  });

  test('inserting an id again fails with 409, even after the event was deleted', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'session0001' }), calendarId);
    const again = failure(() => Calendar.Events.insert(meeting({ id: 'session0001' }), calendarId));
    expect(again.message).toBe(
      'API call to calendar.events.insert failed with error: The requested identifier already exists.',
    );
    expect(again.details?.code).toBe(409);
    Calendar.Events.remove(calendarId, 'session0001');
    expect(failure(() => Calendar.Events.insert(meeting({ id: 'session0001' }), calendarId)).details?.code).toBe(409);
  });

  test('unknown calendars and events are Not Found', () => {
    const { Calendar, calendarId } = setup();
    expect(failure(() => Calendar.Events.insert(meeting(), 'nobody@group.calendar.google.com')).message).toBe(
      'API call to calendar.events.insert failed with error: Not Found',
    );
    const missing = failure(() => Calendar.Events.get(calendarId, 'nosuchevent'));
    expect(missing.message).toBe('API call to calendar.events.get failed with error: Not Found');
    expect(missing.details?.code).toBe(404);
    expect(failure(() => Calendar.Events.remove(calendarId, 'nosuchevent')).message).toBe(
      'API call to calendar.events.delete failed with error: Not Found',
    );
  });

  test('a server-made id is base32hex and events carry the server fields', () => {
    const { ws, Calendar, calendarId } = setup();
    const event = Calendar.Events.insert(meeting({ attendees: [{ email: 'teacher@school.example' }] }), calendarId);
    expect(event.id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(event).toMatchObject({
      status: 'confirmed',
      sequence: 0,
      iCalUID: `${event.id}@google.com`,
      organizer: { email: calendarId, displayName: 'PLG Hub', self: true },
      creator: { email: ws.user.email },
      start: { dateTime: '2026-09-01T15:30:00-04:00', timeZone: 'America/New_York' },
      attendees: [{ email: 'teacher@school.example', responseStatus: 'needsAction' }],
    });
    expect(event.htmlLink).toMatch(/^https:\/\/www\.google\.com\/calendar\/event\?eid=/);
  });

  test('times are validated: empty ranges, mixed kinds, recurring events without a time zone', () => {
    const { Calendar, calendarId } = setup();
    const backwards = meeting({ end: { dateTime: '2026-09-01T14:00:00', timeZone: 'America/New_York' } });
    expect(failure(() => Calendar.Events.insert(backwards, calendarId)).message).toMatch(
      /failed with error: The specified time range is empty\.$/,
    );
    const mixed = meeting({ end: { date: '2026-09-02' } });
    expect(failure(() => Calendar.Events.insert(mixed, calendarId)).details?.code).toBe(400);
    const floating = meeting({
      start: { dateTime: '2026-09-01T15:30:00-04:00' },
      end: { dateTime: '2026-09-01T16:30:00-04:00' },
      recurrence: ['RRULE:FREQ=WEEKLY'],
    });
    expect(failure(() => Calendar.Events.insert(floating, calendarId)).message).toMatch(
      /Missing time zone definition for start time\.$/,
    );
  });
});

describe('Advanced Calendar: changes', () => {
  test('remove cancels: get still returns it, list hides it unless showDeleted', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'keep00001' }), calendarId);
    Calendar.Events.insert(meeting({ id: 'gone00001' }), calendarId);
    Calendar.Events.remove(calendarId, 'gone00001');
    expect(Calendar.Events.get(calendarId, 'gone00001').status).toBe('cancelled');
    expect(Calendar.Events.list(calendarId).items!.map((e) => e.id)).toEqual(['keep00001']);
    expect(Calendar.Events.list(calendarId, { showDeleted: true }).items!.map((e) => e.id)).toEqual([
      'keep00001',
      'gone00001',
    ]);
    expect(failure(() => Calendar.Events.remove(calendarId, 'gone00001')).details?.code).toBe(410);
  });

  test('patch merges nested objects and replaces arrays; update replaces the writable fields', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(
      meeting({
        id: 'patch0001',
        description: 'Agenda',
        extendedProperties: { private: { plgId: 'g1', session: '3' } },
        attendees: [{ email: 'a@school.example' }, { email: 'b@school.example' }],
      }),
      calendarId,
    );
    const patched = Calendar.Events.patch(
      { extendedProperties: { private: { session: '4' } }, attendees: [{ email: 'c@school.example' }] },
      calendarId,
      'patch0001',
    );
    expect(patched.extendedProperties!.private).toEqual({ plgId: 'g1', session: '4' });
    expect(patched.attendees!.map((a) => a.email)).toEqual(['c@school.example']);
    expect(patched.description).toBe('Agenda');
    const updated = Calendar.Events.update(meeting({ summary: 'Replaced' }), calendarId, 'patch0001');
    expect(updated.summary).toBe('Replaced');
    expect(updated.description).toBeUndefined();
    expect(updated.extendedProperties).toBeUndefined();
  });

  test('every change bumps etag, updated and sequence; a patch that changes nothing does not', () => {
    const { ws, Calendar, calendarId } = setup();
    const created = Calendar.Events.insert(meeting({ id: 'etag00001' }), calendarId);
    const same = Calendar.Events.patch({ summary: 'PLG meeting' }, calendarId, 'etag00001');
    expect(same.etag).toBe(created.etag);
    ws.clock.nowMs += 60_000;
    const changed = Calendar.Events.patch({ summary: 'Moved' }, calendarId, 'etag00001');
    expect(changed.etag).not.toBe(created.etag);
    expect(Date.parse(changed.updated!)).toBeGreaterThan(Date.parse(created.updated!));
    expect(changed.sequence).toBe(1);
  });

  test('a person editing in Calendar changes etag/updated without any metered call', () => {
    const { ws, Calendar, calendarId } = setup();
    const created = Calendar.Events.insert(meeting({ id: 'human0001' }), calendarId);
    const before = ws.meter.snapshot();
    ws.clock.nowMs += 3_600_000;
    const edited = userEditEvent(ws, calendarId, 'human0001', { location: 'Room 12' });
    userCreateEvent(ws, calendarId, meeting({ summary: 'Own event' }));
    expect(ws.meter.since(before).total).toBe(0);
    const fetched = Calendar.Events.get(calendarId, 'human0001');
    expect(fetched.location).toBe('Room 12');
    expect(fetched.etag).toBe(edited.etag);
    expect(fetched.etag).not.toBe(created.etag);
    expect(fetched.updated).toBe(edited.updated);
    expect(Date.parse(fetched.updated!) - Date.parse(created.updated!)).toBe(3_600_000);
    userDeleteEvent(ws, calendarId, 'human0001');
    expect(Calendar.Events.get(calendarId, 'human0001').status).toBe('cancelled');
    expect(allEvents(ws, calendarId).map((e) => e.summary)).toEqual(['PLG meeting', 'Own event']);
  });
});

describe('Advanced Calendar: list', () => {
  test('pages of maxResults with nextPageToken; default page is 250 and the cap is 2500', () => {
    const { ws, Calendar, calendarId } = setup();
    for (let i = 0; i < 7; i++) userCreateEvent(ws, calendarId, meeting({ summary: `S${i}` }));
    const seen: string[] = [];
    let pageToken: string | undefined;
    let pages = 0;
    do {
      const page = Calendar.Events.list(calendarId, { maxResults: 3, pageToken });
      seen.push(...page.items!.map((e) => e.summary!));
      pageToken = page.nextPageToken;
      pages += 1;
    } while (pageToken);
    expect(pages).toBe(3);
    expect(seen).toEqual(['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6']);

    for (let i = 7; i < 2600; i++) userCreateEvent(ws, calendarId, meeting({ summary: `S${i}` }));
    expect(Calendar.Events.list(calendarId).items).toHaveLength(250);
    const huge = Calendar.Events.list(calendarId, { maxResults: 5000 });
    expect(huge.items).toHaveLength(2500);
    expect(huge.nextPageToken).toBeDefined();
  });

  test('timeMin bounds the end and timeMax the start, both exclusive', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'sept00001' }), calendarId); // 19:30–20:30Z
    const ids = (timeMin: string, timeMax: string) =>
      Calendar.Events.list(calendarId, { timeMin, timeMax }).items!.map((e) => e.id);
    expect(ids('2026-09-01T20:30:00Z', '2026-09-02T00:00:00Z')).toEqual([]);
    expect(ids('2026-09-01T20:29:00Z', '2026-09-02T00:00:00Z')).toEqual(['sept00001']);
    expect(ids('2026-09-01T00:00:00Z', '2026-09-01T19:30:00Z')).toEqual([]);
    expect(ids('2026-09-01T00:00:00Z', '2026-09-01T19:31:00Z')).toEqual(['sept00001']);
    expect(failure(() => Calendar.Events.list(calendarId, { timeMin: '2026-09-01T00:00:00' })).details?.code).toBe(400);
  });

  test('privateExtendedProperty filters on every key=value given', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(
      meeting({ id: 'tagged001', extendedProperties: { private: { app: 'plg', group: 'g1' } } }),
      calendarId,
    );
    Calendar.Events.insert(
      meeting({ id: 'tagged002', extendedProperties: { private: { app: 'plg', group: 'g2' } } }),
      calendarId,
    );
    Calendar.Events.insert(meeting({ id: 'shared001', extendedProperties: { shared: { app: 'plg' } } }), calendarId);
    const ids = (filter: object) => Calendar.Events.list(calendarId, filter).items!.map((e) => e.id);
    expect(ids({ privateExtendedProperty: 'app=plg' })).toEqual(['tagged001', 'tagged002']);
    expect(ids({ privateExtendedProperty: ['app=plg', 'group=g2'] })).toEqual(['tagged002']);
    expect(ids({ sharedExtendedProperty: 'app=plg' })).toEqual(['shared001']);
  });

  test('updatedMin returns changes since then, deletions included', () => {
    const { ws, Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'old000001' }), calendarId);
    Calendar.Events.insert(meeting({ id: 'del000001' }), calendarId);
    ws.clock.nowMs += 86_400_000;
    const since = ws.now().toISOString();
    Calendar.Events.remove(calendarId, 'del000001');
    Calendar.Events.insert(meeting({ id: 'added0001' }), calendarId);
    const changed = Calendar.Events.list(calendarId, { updatedMin: since }).items!;
    expect(changed.map((e) => [e.id, e.status])).toEqual([
      ['del000001', 'cancelled'],
      ['added0001', 'confirmed'],
    ]);
  });

  test('orderBy startTime needs singleEvents', () => {
    const { Calendar, calendarId } = setup();
    expect(failure(() => Calendar.Events.list(calendarId, { orderBy: 'startTime' })).message).toBe(
      'API call to calendar.events.list failed with error: The requested ordering is not available for the particular query.',
    );
  });
});

describe('recurring events', () => {
  const weekly = meeting({
    id: 'series001',
    start: { dateTime: '2026-10-20T15:30:00', timeZone: 'America/New_York' },
    end: { dateTime: '2026-10-20T16:30:00', timeZone: 'America/New_York' },
    recurrence: ['RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20261118T000000Z'],
  });

  test('a weekly 15:30 meeting stays at 15:30 New York time across the end of DST', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(weekly, calendarId);
    const instances = Calendar.Events.list(calendarId, { singleEvents: true, orderBy: 'startTime' }).items!;
    expect(instances.map((e) => e.start!.dateTime)).toEqual([
      '2026-10-20T15:30:00-04:00',
      '2026-10-27T15:30:00-04:00',
      '2026-11-03T15:30:00-05:00',
      '2026-11-10T15:30:00-05:00',
      '2026-11-17T15:30:00-05:00',
    ]);
    expect(instances.map((e) => e.id)).toContain('series001_20261103T203000Z');
    expect(instances.every((e) => e.recurringEventId === 'series001' && !e.recurrence)).toBe(true);
    expect(Calendar.Events.list(calendarId).items!.map((e) => e.id)).toEqual(['series001']);
  });

  test('time windows pick occurrences; a modified occurrence replaces the computed one', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(weekly, calendarId);
    const november = Calendar.Events.list(calendarId, {
      singleEvents: true,
      timeMin: '2026-11-01T00:00:00-04:00',
      timeMax: '2026-11-11T00:00:00-05:00',
    }).items!;
    expect(november.map((e) => e.id)).toEqual(['series001_20261103T203000Z', 'series001_20261110T203000Z']);
    Calendar.Events.patch({ location: 'Library' }, calendarId, 'series001_20261110T203000Z');
    Calendar.Events.remove(calendarId, 'series001_20261103T203000Z');
    const after = Calendar.Events.list(calendarId, { singleEvents: true, orderBy: 'startTime' }).items!;
    expect(after.map((e) => [e.id!.slice(10), e.location])).toEqual([
      ['20261020T193000Z', undefined],
      ['20261027T193000Z', undefined],
      ['20261110T203000Z', 'Library'],
      ['20261117T203000Z', undefined],
    ]);
    expect(Calendar.Events.instances(calendarId, 'series001').items).toHaveLength(4);
  });

  test('CalendarApp series from newRecurrence expand the same way', () => {
    const { CalendarApp, calendarId } = setup();
    const calendar = CalendarApp.getCalendarById(calendarId);
    const recurrence = CalendarApp.newRecurrence()
      .addWeeklyRule()
      .onlyOnWeekday(CalendarApp.Weekday.TUESDAY)
      .times(4)
      .addDateExclusion(new Date('2026-10-27T19:30:00Z'));
    const series = calendar.createEventSeries(
      'Cycle 1',
      new Date('2026-10-20T19:30:00Z'),
      new Date('2026-10-20T20:30:00Z'),
      recurrence,
    );
    const events = calendar.getEvents(new Date('2026-10-01T00:00:00Z'), new Date('2026-12-31T00:00:00Z'));
    expect(events.map((e) => e.getStartTime().toISOString())).toEqual([
      '2026-10-20T19:30:00.000Z',
      '2026-11-03T20:30:00.000Z',
      '2026-11-10T20:30:00.000Z',
    ]);
    expect(events.every((e) => e.isRecurringEvent() && e.getId() === series.getId())).toBe(true);
  });
});

describe('invitations', () => {
  const guests = [{ email: 'teacher@school.example' }, { email: 'coach@partner.example' }];

  test('the API sends nothing by default; all and externalOnly mail guests, never the organizer', () => {
    const { ws, Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'quiet0001', attendees: guests }), calendarId);
    expect(sentInvitations(ws)).toEqual([]);
    Calendar.Events.insert(meeting({ id: 'loud00001', attendees: [...guests, { email: ws.user.email }] }), calendarId, {
      sendUpdates: 'all',
    });
    expect(sentInvitations(ws).map((m) => [m.kind, m.to])).toEqual([
      ['invitation', 'teacher@school.example'],
      ['invitation', 'coach@partner.example'],
    ]);
    Calendar.Events.insert(meeting({ id: 'outer0001', attendees: guests }), calendarId, {
      sendUpdates: 'externalOnly',
    });
    expect(
      sentInvitations(ws)
        .slice(2)
        .map((m) => m.to),
    ).toEqual(['coach@partner.example']);
  });

  test('re-syncing unchanged data sends nothing; real changes send updates, invitations and cancellations', () => {
    const { ws, Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting({ id: 'again0001', attendees: guests }), calendarId, { sendUpdates: 'all' });
    const afterCreate = sentInvitations(ws).length;
    Calendar.Events.patch(meeting({ attendees: guests }), calendarId, 'again0001', { sendUpdates: 'all' });
    Calendar.Events.patch({ extendedProperties: { private: { hash: 'x' } } }, calendarId, 'again0001', {
      sendUpdates: 'all',
    });
    expect(sentInvitations(ws)).toHaveLength(afterCreate);
    Calendar.Events.patch(
      { location: 'Room 4', attendees: [guests[0]!, { email: 'new@school.example' }] },
      calendarId,
      'again0001',
      { sendUpdates: 'all' },
    );
    expect(
      sentInvitations(ws)
        .slice(afterCreate)
        .map((m) => [m.kind, m.to]),
    ).toEqual([
      ['invitation', 'new@school.example'],
      ['cancellation', 'coach@partner.example'],
      ['update', 'teacher@school.example'],
    ]);
    Calendar.Events.remove(calendarId, 'again0001', { sendUpdates: 'all' });
    expect(
      sentInvitations(ws)
        .slice(-2)
        .map((m) => m.kind),
    ).toEqual(['cancellation', 'cancellation']);
  });

  test('CalendarApp invites only with sendInvites', () => {
    const { ws, CalendarApp, calendarId } = setup();
    const calendar = CalendarApp.getCalendarById(calendarId);
    const start = new Date('2026-09-01T19:30:00Z');
    const end = new Date('2026-09-01T20:30:00Z');
    calendar.createEvent('No mail', start, end, { guests: 'a@school.example,b@school.example' });
    expect(sentInvitations(ws)).toEqual([]);
    calendar.createEvent('Mail', start, end, { guests: 'a@school.example, b@school.example', sendInvites: true });
    expect(sentInvitations(ws).map((m) => m.to)).toEqual(['a@school.example', 'b@school.example']);
  });
});

describe('CalendarApp', () => {
  test('default calendar is the primary one, named calendars match without case', () => {
    const { ws, CalendarApp } = setup();
    expect(CalendarApp.getDefaultCalendar().getId()).toBe(ws.user.email);
    expect(CalendarApp.getDefaultCalendar().isMyPrimaryCalendar()).toBe(true);
    expect(CalendarApp.getOwnedCalendarsByName('plg hub').map((c) => c.getName())).toEqual(['PLG Hub']);
    expect(CalendarApp.getAllOwnedCalendars()).toHaveLength(2);
    expect(CalendarApp.getCalendarById('missing@group.calendar.google.com')).toBeNull();
    const created = CalendarApp.createCalendar('Coaching', { timeZone: 'Europe/Berlin' });
    expect(created.getTimeZone()).toBe('Europe/Berlin');
    expect(CalendarApp.getDefaultCalendar().getTimeZone()).toBe('America/New_York');
  });

  test('events made in CalendarApp are the API events: ids, tags as private properties, guests', () => {
    const { Calendar, CalendarApp, calendarId } = setup();
    const calendar = CalendarApp.getCalendarById(calendarId);
    const event = calendar.createEvent('Kickoff', new Date('2026-09-01T19:30:00Z'), new Date('2026-09-01T20:30:00Z'), {
      description: 'Bring data',
      location: 'Library',
      guests: 'teacher@school.example',
    });
    event.setTag('plgSession', 's1');
    const apiId = event.getId().replace(/@google\.com$/, '');
    expect(event.getId()).toMatch(/^[a-v0-9]+@google\.com$/);
    const fromApi = Calendar.Events.get(calendarId, apiId);
    expect(fromApi.extendedProperties!.private).toEqual({ plgSession: 's1' });
    expect(fromApi.start).toEqual({ dateTime: '2026-09-01T15:30:00-04:00', timeZone: 'America/New_York' });

    Calendar.Events.patch(
      { summary: 'Kickoff (moved)', attendees: [{ email: 'teacher@school.example', responseStatus: 'accepted' }] },
      calendarId,
      apiId,
    );
    expect(event.getTitle()).toBe('Kickoff (moved)');
    expect(event.getGuestList().map((g) => [g.getEmail(), String(g.getGuestStatus())])).toEqual([
      ['teacher@school.example', 'YES'],
    ]);
    expect(calendar.getEventById(event.getId())!.getLocation()).toBe('Library');
    expect(
      calendar.getEvents(new Date('2026-09-01T00:00:00Z'), new Date('2026-09-02T00:00:00Z'), { search: 'data' }),
    ).toHaveLength(1);
    event.deleteTag('plgSession');
    expect(event.getAllTagKeys()).toEqual([]);
    event.deleteEvent();
    expect(calendar.getEventById(event.getId())).toBeNull();
    expect(() => calendar.createEvent('Backwards', new Date('2026-09-02'), new Date('2026-09-01'))).toThrow(
      'Event start date must be before event end date.',
    );
  });

  test('setTime moves the event and getEventsForDay finds it on the local day', () => {
    const { CalendarApp, calendarId } = setup();
    const calendar = CalendarApp.getCalendarById(calendarId);
    const event = calendar.createEvent('Late', new Date('2026-09-01T19:30:00Z'), new Date('2026-09-01T20:30:00Z'));
    event.setTime(new Date('2026-09-02T02:00:00Z'), new Date('2026-09-02T03:00:00Z')); // 22:00 on Sept 1 in New York
    expect(event.getStartTime().toISOString()).toBe('2026-09-02T02:00:00.000Z');
    expect(calendar.getEventsForDay(new Date('2026-09-01T16:00:00Z')).map((e) => e.getTitle())).toEqual(['Late']);
  });
});

describe('metering, faults, persistence and the event-open object', () => {
  test('each service call is counted by kind and spends its quota', () => {
    const { ws, Calendar, calendarId } = setup();
    const before = ws.meter.snapshot();
    const quotaBefore = ws.meter.quotaRemaining('calendarEventsCreated');
    Calendar.Events.insert(meeting(), calendarId);
    Calendar.Events.insert(meeting(), calendarId);
    Calendar.Events.list(calendarId);
    expect(ws.meter.since(before).counts).toEqual({ 'Calendar.Events.insert': 2, 'Calendar.Events.list': 1 });
    expect(ws.meter.quotaRemaining('calendarEventsCreated')).toBe(quotaBefore - 2);
    expect(ws.meter.counts['Calendar.Calendars.insert']).toBe(1);
  });

  test('an injected fault fails the call before anything is written', () => {
    const { ws, Calendar, calendarId } = setup();
    ws.meter.inject({ kind: 'Calendar.Events.insert', fault: 'rateLimit', times: 1 });
    expect(() => Calendar.Events.insert(meeting({ id: 'faulted01' }), calendarId)).toThrow(/too many calendars/);
    expect(Calendar.Events.insert(meeting({ id: 'faulted01' }), calendarId).id).toBe('faulted01');
  });

  test('events, exceptions, tags and the outbox survive save and load', () => {
    const { ws, Calendar, CalendarApp, calendarId } = setup();
    Calendar.Events.insert(
      meeting({
        id: 'saved0001',
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=3'],
        attendees: [{ email: 'a@school.example' }],
        extendedProperties: { private: { app: 'plg' } },
      }),
      calendarId,
      { sendUpdates: 'all' },
    );
    Calendar.Events.patch({ summary: 'Second' }, calendarId, 'saved0001_20260908T193000Z');
    const loaded = Workspace.load(ws.save());
    const LoadedCalendar = createAdvancedCalendar(loaded);
    const items = LoadedCalendar.Events.list(calendarId, {
      singleEvents: true,
      orderBy: 'startTime',
      privateExtendedProperty: 'app=plg',
    }).items!;
    expect(items.map((e) => e.summary)).toEqual(['PLG meeting', 'Second', 'PLG meeting']);
    expect(sentInvitations(loaded)).toEqual(sentInvitations(ws));
    expect(createCalendarApp(loaded).getOwnedCalendarsByName('PLG Hub')).toHaveLength(1);
    expect(CalendarApp.getCalendarById(calendarId).getName()).toBe('PLG Hub');
  });

  test('eventOpenEvent gives what Calendar passes an eventOpenTrigger', () => {
    const { ws, Calendar, calendarId } = setup();
    Calendar.Events.insert(
      meeting({
        id: 'open00001',
        recurrence: ['RRULE:FREQ=WEEKLY;COUNT=2'],
        attendees: [{ email: 'teacher@school.example' }, { email: 'coach@school.example' }],
      }),
      calendarId,
    );
    const opened = eventOpenEvent(ws, {
      calendarId: 'teacher@school.example',
      eventId: 'open00001_20260908T193000Z',
      userEmail: 'teacher@school.example',
    });
    expect(opened.commonEventObject).toEqual({
      hostApp: 'CALENDAR',
      platform: 'WEB',
      userLocale: 'en-US',
      timeZone: { id: 'America/New_York', offset: -4 * 3_600_000 },
    });
    expect(opened.calendar).toMatchObject({
      calendarId: 'teacher@school.example',
      id: 'open00001_20260908T193000Z',
      recurringEventId: 'open00001',
      organizer: { email: calendarId },
      capabilities: { canSeeAttendees: true, canAddAttendees: false },
    });
    expect(opened.calendar.attendees!.filter((a) => a.self).map((a) => a.email)).toEqual(['teacher@school.example']);
    const metadataOnly = eventOpenEvent(ws, {
      calendarId,
      eventId: 'open00001',
      userEmail: ws.user.email,
      access: 'METADATA',
    });
    expect(metadataOnly.calendar.attendees).toBeUndefined();
    expect(metadataOnly.calendar.organizer).toBeUndefined();
  });
});

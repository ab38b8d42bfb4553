// The Advanced Calendar service at the edges PLG Hub leans on, each expectation from Calendar API v3's reference:
// the Event resource (https://developers.google.com/workspace/calendar/api/v3/reference/events), events.insert,
// events.get, events.list, events.patch, calendars.insert/get and calendarList.list. PLG Hub picks its own event
// ids so a re-sync can tell its meetings apart, pages through a term's meetings and tags them with private
// extended properties; each of those is pinned here.
import { createAdvancedCalendar, sentInvitations } from '../../../src/emulator/calendar';
import { Workspace } from '../../../src/emulator/workspace';

type Event = GoogleAppsScript.Calendar.Schema.Event;
type ApiError = Error & { details?: { code: number } };

function setup() {
  const ws = new Workspace({ now: new Date('2026-08-24T12:00:00Z') });
  const Calendar = createAdvancedCalendar(ws);
  const calendarId = Calendar.Calendars.insert({ summary: 'PLG Hub', timeZone: 'America/New_York' }).id!;
  return { ws, Calendar, calendarId };
}

function meeting(day: number, fields: Partial<Event> = {}): Event {
  const date = `2026-09-${String(day).padStart(2, '0')}`;
  return {
    summary: `PLG meeting ${day}`,
    start: { dateTime: `${date}T15:30:00-04:00` },
    end: { dateTime: `${date}T16:30:00-04:00` },
    ...fields,
  };
}

function failure(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('expected the call to fail');
}

describe('Calendar.Events.insert conformance', () => {
  // Event resource, "id": "characters allowed in the ID are those used in base32hex encoding, i.e. lowercase
  // letters a-v and digits 0-9 … the length of the ID must be between 5 and 1024 characters … must be unique
  // per calendar". https://developers.google.com/workspace/calendar/api/v3/reference/events#id
  test('a client-chosen id of exactly 5 or 1024 base32hex characters is kept; 4 or 1025 is a 400', () => {
    const { Calendar, calendarId } = setup();
    expect(Calendar.Events.insert(meeting(1, { id: 'a0v9k' }), calendarId).id).toBe('a0v9k');
    const longest = '0123456789abcdefghijklmnopqrstuv'.repeat(32);
    expect(longest).toHaveLength(1024);
    expect(
      Calendar.Events.get(calendarId, Calendar.Events.insert(meeting(2, { id: longest }), calendarId).id!).id,
    ).toBe(longest);
    expect(failure(() => Calendar.Events.insert(meeting(3, { id: 'a0v9' }), calendarId)).details?.code).toBe(400);
    expect(failure(() => Calendar.Events.insert(meeting(3, { id: `${longest}0` }), calendarId)).details?.code).toBe(
      400,
    );
    // "w" is past base32hex's "v", and capitals are not base32hex.
    expect(failure(() => Calendar.Events.insert(meeting(3, { id: 'a0v9w' }), calendarId)).details?.code).toBe(400);
    expect(failure(() => Calendar.Events.insert(meeting(3, { id: 'A0V9K' }), calendarId)).details?.code).toBe(400);
  });

  // Same page: the id "must be unique per calendar"; the API answers a repeat with 409 Conflict
  // (https://developers.google.com/workspace/calendar/api/guides/errors#409_the_requested_identifier_already_exists).
  test('inserting an id the calendar already holds is a 409, and the first event is unchanged', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting(1, { id: 'plg00001' }), calendarId);
    const again = failure(() => Calendar.Events.insert(meeting(8, { id: 'plg00001', summary: 'Other' }), calendarId));
    expect(again.details?.code).toBe(409);
    expect(Calendar.Events.get(calendarId, 'plg00001').summary).toBe('PLG meeting 1');
  });

  // events.insert, "sendUpdates": acceptable values "all", "externalOnly", "none"; with none given no
  // notifications are sent (the older sendNotifications parameter defaults to false).
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/insert#parameters
  test('guests are mailed only when sendUpdates asks; any other sendUpdates value is a 400', () => {
    const { ws, Calendar, calendarId } = setup();
    const guests = { attendees: [{ email: 'teacher@school.example' }, { email: 'parent@home.example' }] };
    Calendar.Events.insert(meeting(1, guests), calendarId);
    expect(sentInvitations(ws)).toHaveLength(0);
    Calendar.Events.insert(meeting(2, guests), calendarId, { sendUpdates: 'externalOnly' });
    expect(sentInvitations(ws).map((mail) => mail.to)).toEqual(['parent@home.example']);
    const wrong = failure(() => Calendar.Events.insert(meeting(3, guests), calendarId, { sendUpdates: 'yes' }));
    expect(wrong.details?.code).toBe(400);
  });

  // events.insert and events.patch, "sendUpdates": "none" — "No notifications are sent." Quiet start adds a
  // newcomer's meetings, and then adds them to existing meetings, this way; each guest is told once, by its own
  // welcome email. https://developers.google.com/workspace/calendar/api/v3/reference/events/insert#parameters,
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/patch#parameters
  test('sendUpdates "none" mails nobody, on insert and on a patch that adds a guest', () => {
    const { ws, Calendar, calendarId } = setup();
    const guests = [{ email: 'teacher@school.example' }, { email: 'parent@home.example' }];
    Calendar.Events.insert(meeting(1, { id: 'quiet0001', attendees: guests }), calendarId, { sendUpdates: 'none' });
    const added = [...guests, { email: 'newcomer@school.example' }];
    Calendar.Events.patch({ attendees: added }, calendarId, 'quiet0001', { sendUpdates: 'none' });
    expect(Calendar.Events.get(calendarId, 'quiet0001').attendees).toHaveLength(3);
    expect(sentInvitations(ws)).toEqual([]);
    // The same patch with "all" tells the added guest only (the others' event did not change for them).
    Calendar.Events.patch({ attendees: [...added, { email: 'late@school.example' }] }, calendarId, 'quiet0001', {
      sendUpdates: 'all',
    });
    expect(sentInvitations(ws).map((mail) => mail.to)).toEqual(['late@school.example']);
  });

  // Event resource: "kind" is "calendar#event", "status" defaults to "confirmed", and created/updated, etag,
  // iCalUID and htmlLink are read-only fields the server fills in.
  test('the inserted event comes back with the server-filled fields', () => {
    const { Calendar, calendarId } = setup();
    const event = Calendar.Events.insert(meeting(1), calendarId);
    expect(event).toMatchObject({ kind: 'calendar#event', status: 'confirmed', summary: 'PLG meeting 1' });
    expect(typeof event.id).toBe('string');
    expect(typeof event.etag).toBe('string');
    expect(typeof event.iCalUID).toBe('string');
    expect(Number.isNaN(Date.parse(event.updated!))).toBe(false);
  });
});

describe('Calendar.Events.get and patch conformance', () => {
  // events.get on an id the calendar does not hold is 404 Not Found
  // (https://developers.google.com/workspace/calendar/api/guides/errors#404_not_found).
  test('get of an unknown id is a 404', () => {
    const { Calendar, calendarId } = setup();
    expect(failure(() => Calendar.Events.get(calendarId, 'nosuchevent')).details?.code).toBe(404);
  });

  // events.patch: "This method supports patch semantics" — fields not given keep their values, and a nested
  // object such as extendedProperties.private merges key by key ("the nested objects are merged", Calendar's
  // performance guide, https://developers.google.com/workspace/calendar/api/guides/performance#patch).
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/patch
  test('patch changes only the fields given, and private properties merge', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(
      meeting(1, { id: 'plg00001', location: 'Library', extendedProperties: { private: { plgHub: '1' } } }),
      calendarId,
    );
    const patched = Calendar.Events.patch(
      { summary: 'Moved', extendedProperties: { private: { group: 'g1' } } },
      calendarId,
      'plg00001',
    );
    expect(patched).toMatchObject({ summary: 'Moved', location: 'Library' });
    expect(patched.extendedProperties?.private).toEqual({ plgHub: '1', group: 'g1' });
    expect(Calendar.Events.get(calendarId, 'plg00001').extendedProperties?.private).toEqual({
      plgHub: '1',
      group: 'g1',
    });
  });
});

describe('Calendar.Events.list conformance', () => {
  // events.list, "maxResults": "By default the value is 250 events. The page size can never be larger than 2500
  // events"; "nextPageToken": "Omitted if no further results are available".
  // https://developers.google.com/workspace/calendar/api/v3/reference/events/list
  test('paging with maxResults reaches every event once, and the last page has no nextPageToken', () => {
    const { Calendar, calendarId } = setup();
    for (let day = 1; day <= 5; day++) Calendar.Events.insert(meeting(day), calendarId);
    const first = Calendar.Events.list(calendarId, { maxResults: 2 });
    expect(first.items).toHaveLength(2);
    expect(typeof first.nextPageToken).toBe('string');
    const seen = [...first.items!];
    let pageToken = first.nextPageToken;
    while (pageToken) {
      const page = Calendar.Events.list(calendarId, { maxResults: 2, pageToken });
      seen.push(...page.items!);
      pageToken = page.nextPageToken;
    }
    expect(new Set(seen.map((event) => event.id)).size).toBe(5);
    expect(Calendar.Events.list(calendarId).nextPageToken).toBeUndefined();
  });

  // Same page: "timeMin: Lower bound (exclusive) for an event's end time"; "timeMax: Upper bound (exclusive) for
  // an event's start time"; both "must be an RFC3339 timestamp with mandatory time zone offset".
  test('an event ending exactly at timeMin or starting exactly at timeMax is left out', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(meeting(1, { id: 'sept00001' }), calendarId); // 19:30Z–20:30Z
    const ids = (timeMin: string, timeMax: string) =>
      Calendar.Events.list(calendarId, { timeMin, timeMax }).items!.map((event) => event.id);
    expect(ids('2026-09-01T16:30:00-04:00', '2026-09-02T00:00:00Z')).toEqual([]);
    expect(ids('2026-09-01T00:00:00Z', '2026-09-01T15:30:00-04:00')).toEqual([]);
    expect(ids('2026-09-01T16:29:59-04:00', '2026-09-01T15:30:01-04:00')).toEqual(['sept00001']);
    expect(failure(() => Calendar.Events.list(calendarId, { timeMax: '2026-09-01T00:00:00' })).details?.code).toBe(400);
  });

  // Same page, "privateExtendedProperty": "Extended properties constraint specified as propertyName=value.
  // Matches only private properties. This parameter might be repeated multiple times to return events that match
  // all given constraints."
  test('privateExtendedProperty matches private properties only, and every constraint must hold', () => {
    const { Calendar, calendarId } = setup();
    Calendar.Events.insert(
      meeting(1, { id: 'priv00001', extendedProperties: { private: { plgHub: '1' } } }),
      calendarId,
    );
    Calendar.Events.insert(
      meeting(2, { id: 'shrd00001', extendedProperties: { shared: { plgHub: '1' } } }),
      calendarId,
    );
    const ids = (privateExtendedProperty: string | string[]) =>
      Calendar.Events.list(calendarId, { privateExtendedProperty }).items!.map((event) => event.id);
    expect(ids('plgHub=1')).toEqual(['priv00001']);
    expect(ids(['plgHub=1', 'group=g1'])).toEqual([]);
    expect(Calendar.Events.list(calendarId).items!.find((e) => e.id === 'priv00001')?.extendedProperties).toEqual({
      private: { plgHub: '1' },
    });
  });
});

describe('Calendar.Calendars and CalendarList conformance', () => {
  // calendars.insert returns the new Calendar resource ("kind": "calendar#calendar") with the summary and
  // timeZone given; the creator owns it, so calendarList.list shows it with "accessRole": "owner".
  // https://developers.google.com/workspace/calendar/api/v3/reference/calendars/insert
  // https://developers.google.com/workspace/calendar/api/v3/reference/calendarList#accessRole
  test('a new calendar reads back with its summary and zone and is in the owner’s list as owner', () => {
    const { Calendar, calendarId } = setup();
    expect(Calendar.Calendars.get(calendarId)).toMatchObject({
      kind: 'calendar#calendar',
      id: calendarId,
      summary: 'PLG Hub',
      timeZone: 'America/New_York',
    });
    const entry = Calendar.CalendarList.list().items!.find((item) => item.id === calendarId);
    expect(entry).toMatchObject({ kind: 'calendar#calendarListEntry', summary: 'PLG Hub', accessRole: 'owner' });
  });

  // calendars.get of a calendar that does not exist is 404 Not Found.
  // https://developers.google.com/workspace/calendar/api/guides/errors#404_not_found
  test('get of an unknown calendar is a 404', () => {
    const { Calendar } = setup();
    expect(failure(() => Calendar.Calendars.get('c_nosuch@group.calendar.google.com')).details?.code).toBe(404);
  });
});

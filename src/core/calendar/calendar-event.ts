// The two shapes of a PLG meeting's event: the one PLG Hub sends, and the one Calendar hands back (every field
// optional, as the Advanced Calendar service types it, so an adapter can pass Calendar's events straight in).

export interface EventTime {
  /** RFC 3339 with offset, e.g. 2026-09-08T15:30:00-04:00 */
  dateTime: string;
  /** IANA zone, so Calendar shows the meeting at the school's clock time after a daylight-saving change. */
  timeZone: string;
}

/** Private extended properties: how PLG Hub recognises its own events, even if the Meetings tab is lost. */
export type PlgHubTag = {
  plgHub: '1';
  meetingKey: string;
  fingerprint: string;
};

export interface EventResource {
  id: string;
  status: 'confirmed';
  summary: string;
  location: string;
  description: string;
  start: EventTime;
  end: EventTime;
  attendees: { email: string }[];
  guestsCanModify: false;
  reminders: { useDefault: true };
  extendedProperties: { private: PlgHubTag };
}

export interface LiveEvent {
  id?: string;
  /** Calendar spells it "cancelled"; the Meetings tab says "canceled". */
  status?: string;
  etag?: string;
  summary?: string;
  location?: string;
  description?: string;
  start?: { dateTime?: string; date?: string; timeZone?: string };
  end?: { dateTime?: string; date?: string; timeZone?: string };
  attendees?: { email?: string; resource?: boolean }[];
  extendedProperties?: { private?: Record<string, string> };
}

export const calendarCancelled = 'cancelled';

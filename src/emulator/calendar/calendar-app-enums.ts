// CalendarApp's enums. Apps Script enum values print as their names (EventColor as the API's colorId), so
// string values compare and stringify as add-on code expects.

export const Weekday = {
  SUNDAY: 'SUNDAY',
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
} as const;

export const GuestStatus = { INVITED: 'INVITED', MAYBE: 'MAYBE', NO: 'NO', OWNER: 'OWNER', YES: 'YES' } as const;

// https://developers.google.com/apps-script/reference/calendar/event-color: each is the event's colorId.
export const EventColor = {
  PALE_BLUE: '1',
  PALE_GREEN: '2',
  MAUVE: '3',
  PALE_RED: '4',
  YELLOW: '5',
  ORANGE: '6',
  CYAN: '7',
  GRAY: '8',
  BLUE: '9',
  GREEN: '10',
  RED: '11',
} as const;

/** The API's attendee responseStatus as CalendarApp reports it. */
export function guestStatusOf(responseStatus: string | undefined): string {
  switch (responseStatus) {
    case 'accepted':
      return GuestStatus.YES;
    case 'declined':
      return GuestStatus.NO;
    case 'tentative':
      return GuestStatus.MAYBE;
    default:
      return GuestStatus.INVITED;
  }
}

/** "TUESDAY" → "TU", the RRULE BYDAY code. */
export function weekdayCode(day: unknown): string {
  const name = String(day);
  if (!(name in Weekday)) throw new Error(`Invalid argument: ${name}`);
  return name.slice(0, 2);
}

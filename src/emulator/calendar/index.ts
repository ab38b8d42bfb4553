// The emulated Google Calendar: CalendarApp, the Advanced Calendar service, and test hooks over one slice.
export { createAdvancedCalendar } from './advanced-service';
export { createCalendarApp } from './calendar-app';
export { sentInvitations, type SendUpdates } from './invitations';
export {
  userEditEvent,
  userCreateEvent,
  userDeleteEvent,
  allEvents,
  shareCalendar,
  type UserEditOptions,
} from './user-edits';
export {
  eventOpenEvent,
  type EventOpenRequest,
  type CalendarEventOpenEvent,
  type CurrentEventAccess,
} from './event-open';
export {
  calendarState,
  type CalendarRecord,
  type CalendarRole,
  type StoredEvent,
  type SentInvitation,
  type CalendarState,
} from './state';

// Teachers' card when they open an event in Calendar.
import { onHomepage } from './sheets-homepage';

export function onCalendarEventOpen(): GoogleAppsScript.Card_Service.Card {
  return onHomepage();
}

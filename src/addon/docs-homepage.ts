// Facilitators' homepage in Docs.
import { onHomepage } from './sheets-homepage';

export function onDocsHomepage(): GoogleAppsScript.Card_Service.Card {
  return onHomepage();
}

export function onDocsFileScopeGranted(): GoogleAppsScript.Card_Service.Card {
  return onDocsHomepage();
}

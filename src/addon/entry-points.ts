// Every function Apps Script calls by name, and nothing else. The build turns each key into a top-level
// `function name(e)` in build/Code.js; test/addon/manifest.test.ts holds this list, the manifest and the
// card actions against each other.
import { onCalendarEventOpen } from './calendar-event-card';
import { onDocsFileScopeGranted, onDocsHomepage, onRequestSwap, onSaveAgendaRecord } from './docs-homepage';
import { onRefreshDashboard } from './dashboard-actions';
import { onYearSummaries } from './year-summary-actions';
import { onGenerateAgendas, onReadAgendasBack } from './agenda-actions';
import { onHourlyTick } from './hourly';
import { onShowSettings } from './settings-card';
import { onChooseProtocols, onUseProtocol } from './protocol-chooser';
import { onConfirmImport, onImportStaff } from './import-actions';
import { onAdoptGroups, onFormGroups, onProposeGroups } from './builder-actions';
import { onSendSurvey } from './survey-actions';
import { onMyPlg } from './my-plg-card';
import { onNextYearPreview, onStartNextYear } from './next-year-actions';
import { onApply, onKeepCalendarVersion, onPreview, onRestoreRegistryVersion } from './sync-actions';
import { onMatchSpreadsheetZone, onSetUp, onShowHome, onValidate } from './registry-actions';
import { onHomepage, onSheetsFileScopeGranted, onSheetsHomepage } from './sheets-homepage';

export const entryPoints = {
  onHomepage, // manifest: addOns.common.homepageTrigger
  onSheetsHomepage, // manifest: addOns.sheets.homepageTrigger
  onSheetsFileScopeGranted, // manifest: addOns.sheets.onFileScopeGrantedTrigger
  onCalendarEventOpen, // manifest: addOns.calendar.eventOpenTrigger
  onDocsHomepage, // manifest: addOns.docs.homepageTrigger
  onDocsFileScopeGranted, // manifest: addOns.docs.onFileScopeGrantedTrigger
  onSetUp, // card action: Set up
  onValidate, // card action: Validate
  onMatchSpreadsheetZone, // card action: give the spreadsheet the school's time zone
  onShowHome, // card action: Back to the status card
  onPreview, // card action: Preview changes
  onApply, // card action: Apply / Continue
  onKeepCalendarVersion, // card action: keep an event's Calendar edits
  onRestoreRegistryVersion, // card action: restore the registry's version of an event
  onHourlyTick, // time-driven trigger (hourly)
  onMyPlg, // card action: My PLG
  onRefreshDashboard, // card action: Refresh dashboard
  onYearSummaries, // card action: Year summaries (on the Dashboard card)
  onSendSurvey, // card action: Send survey
  onImportStaff, // card action: Import staff (map columns)
  onConfirmImport, // card action: Import staff (import)
  onGenerateAgendas, // card action: Generate agendas
  onReadAgendasBack, // card action: Read agendas back
  onSaveAgendaRecord, // card action (Docs): save attendance and outcomes into the agenda
  onRequestSwap, // card action (Docs): request a protocol or presenter swap
  onShowSettings, // card action: Settings
  onChooseProtocols, // card action: Choose protocols
  onUseProtocol, // card action: use a suggested protocol for a meeting
  onFormGroups, // card action: Form groups (pick a configuration)
  onProposeGroups, // card action: Form groups ▸ Propose
  onAdoptGroups, // card action: Form groups ▸ Adopt
  onNextYearPreview, // card action: Start next school year (its preview)
  onStartNextYear, // card action: Start next school year (confirm, or Continue)
} as const;

export type EntryPointName = keyof typeof entryPoints;

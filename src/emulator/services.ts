// The Apps Script globals the emulator offers the add-on, one factory per service, all over one Workspace.
import { createCacheService } from './base-services/cache';
import { createLockService } from './base-services/lock';
import { createLogger } from './base-services/logger';
import { createMailApp } from './base-services/mail';
import { createPropertiesService } from './base-services/properties';
import { createScriptApp } from './base-services/script-app';
import { createSession } from './base-services/session';
import { createUtilities } from './base-services/utilities';
import { createAdvancedCalendar, createCalendarApp } from './calendar';
import { createCardService } from './cards';
import { createDocumentApp } from './docs';
import { createDriveApp } from './drive';
import { createFormApp } from './forms';
import { createSpreadsheetApp } from './spreadsheet';
import { createAdvancedSheets } from './spreadsheet/sheets-api';
import { createCharts } from './spreadsheet/embedded-chart';
import { createUrlFetchApp } from './urlfetch/url-fetch-app';
import { mimeTypes, type Workspace } from './workspace';

// https://developers.google.com/apps-script/reference/base/mime-type (the Google types PLG Hub uses).
const mimeTypeEnum = {
  GOOGLE_DOCS: mimeTypes.document,
  GOOGLE_FORMS: mimeTypes.form,
  GOOGLE_SHEETS: mimeTypes.spreadsheet,
  FOLDER: mimeTypes.folder,
};

export function appsScriptGlobals(ws: Workspace): Record<string, unknown> {
  return {
    SpreadsheetApp: createSpreadsheetApp(ws),
    CalendarApp: createCalendarApp(ws),
    Calendar: createAdvancedCalendar(ws),
    Sheets: createAdvancedSheets(ws),
    DocumentApp: createDocumentApp(ws),
    DriveApp: createDriveApp(ws),
    FormApp: createFormApp(ws),
    CardService: createCardService(ws),
    PropertiesService: createPropertiesService(ws),
    CacheService: createCacheService(ws),
    LockService: createLockService(ws),
    Utilities: createUtilities(ws),
    Session: createSession(ws),
    ScriptApp: createScriptApp(ws),
    MailApp: createMailApp(ws),
    UrlFetchApp: createUrlFetchApp(ws),
    Logger: createLogger(ws),
    MimeType: mimeTypeEnum,
    // https://developers.google.com/apps-script/reference/charts/charts — only Charts.ChartType, for embedded charts.
    Charts: createCharts(),
  };
}

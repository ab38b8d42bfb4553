// The latency model: how long each kind of service call takes in Apps Script, in milliseconds.
// Defaults follow published Apps Script measurements (batch reads/writes ~tens of ms, single Calendar
// writes several hundred ms, creating a Doc or Form about a second); they are a model, not a promise, and
// the benchmark reports modeled time next to call counts so either can be checked.
//
// A latency of 0 marks a LOCAL call: Apps Script answers it from an object it already holds, with no round
// trip — navigating to a sheet or range handle (values are fetched by getValues, not by getRange), editing a
// Doc's body (DocumentApp batches body edits and sends them at saveAndClose or the end of the run), and
// building cards. Local calls are counted apart and never faulted; every other call is a service call.
//
// A call "Service.Class.method" costs the entry whose key is its longest prefix, so "FormApp.Form.add"
// covers addScaleItem and addGridItem alike.

export const latencyMs: Record<string, number> = {
  '': 5, // anything not listed: a cheap property read or builder call
  SpreadsheetApp: 20,
  'SpreadsheetApp.openById': 400,
  'SpreadsheetApp.create': 900,
  'SpreadsheetApp.Spreadsheet.insertSheet': 250,
  'SpreadsheetApp.Spreadsheet.getSheetByName': 0,
  'SpreadsheetApp.Spreadsheet.getSheets': 0,
  'SpreadsheetApp.Spreadsheet.getId': 0,
  'SpreadsheetApp.Spreadsheet.getName': 0,
  'SpreadsheetApp.Spreadsheet.getUrl': 0,
  'SpreadsheetApp.Spreadsheet.getRange': 0,
  'SpreadsheetApp.Sheet.getName': 0,
  'SpreadsheetApp.Sheet.getRange': 0,
  'SpreadsheetApp.Sheet.getDataRange': 0,
  'SpreadsheetApp.Sheet.getSheetId': 0,
  'SpreadsheetApp.Range.getA1Notation': 0,
  'SpreadsheetApp.Range.getRow': 0,
  'SpreadsheetApp.Range.getColumn': 0,
  'SpreadsheetApp.Range.getNumRows': 0,
  'SpreadsheetApp.Range.getNumColumns': 0,
  'SpreadsheetApp.Range.getLastRow': 0,
  'SpreadsheetApp.Range.getLastColumn': 0,
  'SpreadsheetApp.Range.offset': 0,
  'SpreadsheetApp.Range.getSheet': 0,
  'SpreadsheetApp.Sheet.getParent': 0,
  'SpreadsheetApp.Sheet.getIndex': 0,
  'ScriptApp.Trigger': 0,
  Logger: 0,
  'MailApp.getRemainingDailyQuota': 5,
  'SpreadsheetApp.Range.getValues': 60,
  'SpreadsheetApp.Range.getDisplayValues': 60,
  'SpreadsheetApp.Range.setValues': 120,
  'SpreadsheetApp.Range.setDataValidation': 80,
  'SpreadsheetApp.Sheet.appendRow': 100,
  'SpreadsheetApp.flush': 100,
  // Embedded charts: the builder, a built chart and what it reports are local objects (nothing reaches the
  // spreadsheet until insertChart or updateChart); getCharts reads the sheet's charts in one round trip.
  'SpreadsheetApp.Sheet.newChart': 0,
  'SpreadsheetApp.EmbeddedChartBuilder': 0,
  'SpreadsheetApp.EmbeddedChart': 0,
  'SpreadsheetApp.ContainerInfo': 0,
  'SpreadsheetApp.ChartOptions': 0,
  'SpreadsheetApp.Sheet.getCharts': 60,
  'SpreadsheetApp.Sheet.insertChart': 250,
  'SpreadsheetApp.Sheet.updateChart': 200,
  'SpreadsheetApp.Sheet.removeChart': 150,
  Calendar: 300,
  // The Sheets API through the advanced service: one REST round trip, however many ranges it reads.
  Sheets: 150,
  // values.batchUpdate: one round trip too, however many ranges and tabs it writes (SpreadsheetApp's setValues
  // costs about as much for one block).
  'Sheets.Spreadsheets.Values.batchUpdate': 150,
  'Calendar.Events.update': 400,
  'Calendar.Events.instances': 300,
  'Calendar.CalendarList.list': 200,
  CalendarApp: 150,
  'CalendarApp.Calendar.createEvent': 600,
  'CalendarApp.Calendar.createEventSeries': 800,
  'CalendarApp.Calendar.getEvents': 300,
  'Calendar.Calendars.insert': 700,
  'Calendar.Events.insert': 450,
  'Calendar.Events.patch': 400,
  'Calendar.Events.remove': 350,
  'Calendar.Events.get': 150,
  'Calendar.Events.list': 300,
  DocumentApp: 60,
  'DocumentApp.create': 1100,
  'DocumentApp.openById': 350,
  'DocumentApp.Document.saveAndClose': 300,
  'DocumentApp.Document.getBody': 0,
  'DocumentApp.Document.getId': 0,
  'DocumentApp.Document.getUrl': 0,
  'DocumentApp.Document.getName': 0,
  'DocumentApp.Body': 0,
  'DocumentApp.Paragraph': 0,
  'DocumentApp.ListItem': 0,
  'DocumentApp.Table': 0,
  'DocumentApp.TableRow': 0,
  'DocumentApp.TableCell': 0,
  'DocumentApp.Text': 0,
  'DocumentApp.RangeElement': 0,
  DriveApp: 150,
  'DriveApp.File.makeCopy': 900,
  'DriveApp.createFolder': 500,
  'DriveApp.File.addEditor': 400,
  'DriveApp.File.addEditors': 450,
  'DriveApp.File.addViewer': 400,
  'DriveApp.File.addViewers': 450,
  'DriveApp.File.addCommenter': 400,
  'DriveApp.File.addCommenters': 450,
  FormApp: 80,
  'FormApp.create': 1500,
  'FormApp.openById': 400,
  'FormApp.Form.add': 150,
  PropertiesService: 10,
  CacheService: 5,
  LockService: 20,
  MailApp: 300,
  CardService: 0,
  Utilities: 0,
  Session: 5,
  ScriptApp: 50,
  // The token is answered by the script's own runtime, no API round trip: a local call.
  'ScriptApp.getOAuthToken': 0,
  // UrlFetchApp: one HTTPS round trip to a Google API from Google's own network. A REST method's row
  // ("UrlFetchApp.fetch:forms.forms.create") is the time of that method's work, as the advanced service's row
  // for the same method would be; fetchAll's own row is only its overhead (its requests run in parallel).
  UrlFetchApp: 250,
  'UrlFetchApp.fetchAll': 30,
  // Drive API: a listing as long as Calendar's. A file made with its content in one upload does the work of
  // DriveApp's createFile and setContent (150 + 150 ms, each row a round trip and its work: no saving is
  // modeled); an HTML upload converted to a Doc adds the conversion (drive/rest-api.ts importMs, 1,200 ms), so
  // it lasts as long as DocumentApp.create plus saving its content (1,100 + 300), rounded up. generateIds
  // writes nothing: the round trip alone (the UrlFetchApp row). A Drive batch is one round trip; its parts'
  // server time is added by the endpoint (drive/batch-endpoint.ts drivePartServerMs, from the DriveApp rows).
  'UrlFetchApp.fetch:drive.files.list': 300,
  'UrlFetchApp.fetch:drive.files.create': 300,
  'UrlFetchApp.fetch:drive.files.generateIds': 250,
  // A folder made with metadata only (files.create on the metadata URI): one small write with no content, like
  // DriveApp's createFolder minus its Apps Script wrapping — the same time as a move's metadata write below.
  'UrlFetchApp.fetch:drive.files.create.metadata': 300,
  'UrlFetchApp.fetch:drive.batch': 250,
  // A move (files.update with addParents/removeParents): one metadata write, between DriveApp's 150 and a Calendar
  // patch's 400.
  'UrlFetchApp.fetch:drive.files.update': 300,
  // New content for a file through the upload URI (uploadType=media): one round trip and a small write, like
  // the metadata update above; DriveApp's getFileById + setContent do the same work in two calls (150 + 150).
  'UrlFetchApp.fetch:drive.files.update.upload': 300,
  // The Forms API (forms/rest/forms-endpoint.ts). create makes a Drive file, as DocumentApp.create (1100) does,
  // without FormApp.create's loading of the form into the script (1500). A batchUpdate is one round trip plus
  // its server-side work: this row, and batchRequestMs per request of the batch (the endpoint spends it).
  // setPublishSettings writes one setting (a Calendar patch's 400); get reads the whole form (between an event
  // get, 150, and a list, 300). Model values, as the rest of this table.
  'UrlFetchApp.fetch:forms.forms.create': 1200,
  'UrlFetchApp.fetch:forms.forms.batchUpdate': 500,
  'UrlFetchApp.fetch:forms.forms.setPublishSettings': 400,
  'UrlFetchApp.fetch:forms.forms.get': 300,
  // A Calendar batch request: one round trip; the server's time for each of its parts is added by the endpoint
  // (calendar/batch-endpoint.ts partServerMs, derived from the Calendar rows above).
  'UrlFetchApp.fetch:calendar.batch': 250,
};

/** The modeled latency of one call: the entry whose key is the longest prefix of the call's kind. */
export function modeledLatency(kind: string): number {
  let best = '';
  for (const key of Object.keys(latencyMs)) {
    if (kind.startsWith(key) && key.length > best.length) best = key;
  }
  return latencyMs[best]!;
}

/**
 * The server's own work in a call of `kind`, without its round trip: a batch request's parts keep the work and
 * share one round trip. Google publishes no split, so the model takes `roundTripKind`'s row (the cheapest call of
 * the same API) as the round trip alone (calendar/batch-endpoint.ts, drive/batch-endpoint.ts).
 */
export function serverWorkMs(kind: string, roundTripKind: string): number {
  return Math.max(0, modeledLatency(kind) - modeledLatency(roundTripKind));
}

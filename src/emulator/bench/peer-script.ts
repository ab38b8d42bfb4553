// The baseline the benchmark sets beside PLG Hub: a school's own sheet-to-calendar script, written the way the
// public ones are (the "GCalendar Sync" script, github.com/Davepar/gcalendarsync, is the best known): read the
// sheet once, list the calendar once, then one CalendarApp call per row — createEvent with the guests for a new
// row, setTime/addGuest/removeGuest for a changed one — and a 200 ms Utilities.sleep after each write so that
// Calendar does not refuse the burst. It writes the new event ids back to the sheet in one call, stops itself
// before the 6-minute limit (the admin runs it again), and deletes events whose row is gone only when a run
// gets through every row. It is plain Apps Script, loaded unchanged into the emulator like the add-on.
export const peerEntryPoint = 'syncToCalendar';

/** The sheet the script reads: one row per meeting, as a person keeps it. */
export const peerHeaders = ['Key', 'Title', 'Start', 'End', 'Location', 'Guests', 'Event id'] as const;

export const peerScript = String.raw`
var PAUSE_MS = 200;
var STOP_AFTER_MS = 5.5 * 60 * 1000;

function syncToCalendar() {
  var started = Date.now();
  var calendar = CalendarApp.getDefaultCalendar();
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  var rows = sheet.getDataRange().getValues();
  var col = {};
  rows[0].forEach(function (name, i) { col[name] = i; });
  var existing = {};
  calendar.getEvents(new Date(2000, 0, 1), new Date(2100, 0, 1)).forEach(function (event) {
    existing[event.getId()] = event;
  });
  var ids = rows.slice(1).map(function (row) { return [row[col['Event id']]]; });
  var kept = {};
  var added = 0;
  var finished = true;
  for (var i = 1; i < rows.length; i++) {
    if (Date.now() - started > STOP_AFTER_MS) { finished = false; break; }
    var row = rows[i];
    var guests = String(row[col.Guests]);
    var event = row[col['Event id']] ? existing[row[col['Event id']]] : null;
    if (!event) {
      event = calendar.createEvent(row[col.Title], row[col.Start], row[col.End], {
        location: row[col.Location], guests: guests, sendInvites: true
      });
      ids[i - 1][0] = event.getId();
      added++;
      Utilities.sleep(PAUSE_MS);
    } else {
      var changes = 0;
      if (event.getStartTime().getTime() !== row[col.Start].getTime() ||
          event.getEndTime().getTime() !== row[col.End].getTime()) {
        event.setTime(row[col.Start], row[col.End]);
        changes++;
      }
      if (event.getTitle() !== row[col.Title]) { event.setTitle(row[col.Title]); changes++; }
      if (event.getLocation() !== row[col.Location]) { event.setLocation(row[col.Location]); changes++; }
      var had = event.getGuestList().map(function (guest) { return guest.getEmail(); });
      var want = guests ? guests.split(',') : [];
      want.forEach(function (email) { if (had.indexOf(email) < 0) { event.addGuest(email); changes++; } });
      had.forEach(function (email) { if (want.indexOf(email) < 0) { event.removeGuest(email); changes++; } });
      Utilities.sleep(PAUSE_MS * changes);
    }
    kept[event.getId()] = true;
  }
  if (added > 0) sheet.getRange(2, col['Event id'] + 1, ids.length, 1).setValues(ids);
  if (finished) {
    Object.keys(existing).forEach(function (id) {
      if (!kept[id]) { existing[id].deleteEvent(); Utilities.sleep(PAUSE_MS); }
    });
  }
  return finished;
}

var PLGHub = { entryPoints: { syncToCalendar: syncToCalendar } };
`;

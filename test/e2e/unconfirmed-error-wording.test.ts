// Google does not document its words for a missing or unshared file, nor for a form that cannot require sign-in,
// and they have changed over the years ("No item with the given ID could be found, or you do not have permission
// to access it." then "… Possibly because you have not edited this item …"). PLG Hub must do the right thing
// whatever the words are: each case here runs with the emulator's wording and with another one Google might use.
import { applyUntilDone, saysNothingToSend, setUpAndFill } from '../../src/emulator/bench/admin-sync';
import { reopenSchool, saveSchool, type SavedSchool } from '../../src/emulator/bench/reopen-school';
import { createPropertiesService } from '../../src/emulator/base-services/properties';
import { notificationText } from '../../src/emulator/cards/interact';
import { appsScriptError } from '../../src/emulator/errors';
import { FormHandle } from '../../src/emulator/forms/form';
import { formSettings } from '../../src/emulator/forms';
import { startSchool, type EmulatedSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { mimeTypes } from '../../src/emulator/workspace';
import { failuresBeforeForgetting } from '../../src/addon/registry-context';

/** Another text Google could use for the same failure (the emulator's own is the other case). */
const otherWording = (method: string, on: string) =>
  `Unexpected error while getting the method or property ${method} on object ${on}.`;

/** Set up, filled and synced until nothing is left to send: its groups' feedback forms exist. */
function syncedSchool(options: { domain?: string } = {}): EmulatedSchool {
  const s = startSchool({ seed: 7, staff: 20, withFindings: false, ...options });
  keepFirstGroups(s.school, 2);
  setUpAndFill(s);
  for (let round = 0; round < 5; round++) {
    const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
    if (saysNothingToSend(preview)) break;
    applyUntilDone(s, preview);
  }
  return s;
}

function formsOf(s: EmulatedSchool) {
  return Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
}

describe('an admin on a consumer Google account, where a form cannot require sign-in', () => {
  afterEach(() => jest.restoreAllMocks());

  test.each(['the emulator’s', 'another'])('still gets every group its feedback form, with %s wording', (which) => {
    if (which === 'another') {
      jest.spyOn(FormHandle.prototype, 'setRequireLogin').mockImplementation(() => {
        throw appsScriptError(otherWording('setRequireLogin', 'FormApp.Form'));
      });
    }
    const s = syncedSchool({ domain: 'gmail.com' });
    const forms = formsOf(s);
    expect(forms.length).toBeGreaterThanOrEqual(2);
    for (const form of forms) {
      expect(formSettings(s.ws, form.id)).toMatchObject({ published: true, requireLogin: false });
    }
  });

  test('a Workspace school whose form refuses sign-in for another reason is not given an open form', () => {
    jest.spyOn(FormHandle.prototype, 'setRequireLogin').mockImplementation(() => {
      throw appsScriptError('We’re sorry, a server error occurred. Please wait a bit and try again.');
    });
    const s = syncedSchool();
    expect(formsOf(s).length).toBeGreaterThanOrEqual(1);
    for (const form of formsOf(s)) expect(formSettings(s.ws, form.id).published).toBe(false);
  });
});

describe('another editor of the registry pressing Refresh dashboard', () => {
  let saved: SavedSchool;
  beforeAll(() => {
    saved = saveSchool(syncedSchool());
  });

  test.each(['the emulator’s', 'another'])(
    'is told the responses are private to the admin who made the forms, with %s wording',
    (which) => {
      const s = reopenSchool(saved);
      const other = 'second.admin@school.example';
      const drive = s.globals.DriveApp as GoogleAppsScript.Drive.DriveApp;
      drive.getFileById(s.spreadsheetId).addEditor(other);
      if (which === 'another') {
        // An own property of the service, in place before the add-on's first call reaches it.
        const original = drive.getFolderById.bind(drive);
        Object.assign(drive, {
          getFolderById: (id: string) => {
            try {
              return original(id);
            } catch {
              throw appsScriptError(otherWording('getFolderById', 'DriveApp'));
            }
          },
        });
      }
      const shown = s.asUser(other, () => s.press(s.open('onSheetsHomepage'), 'Refresh dashboard'));
      expect(notificationText(shown)).toMatch(/only the admin who made the feedback forms can open/);
    },
  );
});

describe('an admin whose registry was deleted for good', () => {
  let saved: SavedSchool;
  beforeAll(() => {
    saved = saveSchool(syncedSchool());
  });

  const myRegistries = (s: EmulatedSchool) =>
    JSON.parse(createPropertiesService(s.ws).getUserProperties().getProperty('plg.myRegistries') ?? '[]') as string[];
  const hourly = (s: EmulatedSchool) => s.addon.run('onHourlyTick', { authMode: 'FULL' });

  test.each(['the emulator’s', 'another'])(
    'stops being looked after once it has failed to open on several hourly runs in a row, with %s wording',
    (which) => {
      const s = reopenSchool(saved);
      expect(myRegistries(s)).toContain(s.spreadsheetId);
      delete s.ws.files[s.spreadsheetId];
      if (which === 'another') {
        const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
        Object.assign(sheets, {
          openById: () => {
            throw appsScriptError("Document is missing (perhaps it was deleted, or you don't have read access?)");
          },
        });
      }
      for (let run = 1; run < failuresBeforeForgetting; run++) hourly(s);
      expect(myRegistries(s)).toContain(s.spreadsheetId);
      hourly(s);
      expect(myRegistries(s)).not.toContain(s.spreadsheetId);
    },
  );

  test('a registry that fails to open once, for any reason, is still looked after and its count starts again', () => {
    const s = reopenSchool(saved);
    const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const original = sheets.openById.bind(sheets);
    let failing = true;
    Object.assign(sheets, {
      openById: (id: string) => {
        if (failing) throw appsScriptError('Service Spreadsheets failed while accessing document with id ' + id + '.');
        return original(id);
      },
    });
    for (let run = 1; run < failuresBeforeForgetting; run++) hourly(s);
    failing = false;
    hourly(s);
    failing = true;
    for (let run = 1; run < failuresBeforeForgetting; run++) hourly(s);
    expect(myRegistries(s)).toContain(s.spreadsheetId);
  });
});

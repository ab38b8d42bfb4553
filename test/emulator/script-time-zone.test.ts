// Session.getScriptTimeZone() "Gets the time zone of the script":
//   https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
// and a script's time zone is its manifest's "timeZone", "The script time zone in one of the available ZoneId
// values such as "America/Denver"":
//   https://developers.google.com/apps-script/manifest
// An add-on ships one manifest to every school, so the zone is the same wherever the user or the school is.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSession } from '../../src/emulator/base-services/session';
import { loadAddon } from '../../src/emulator/runtime';
import { appsScriptGlobals } from '../../src/emulator/services';
import { Workspace } from '../../src/emulator/workspace';

const manifestTimeZone = (
  JSON.parse(readFileSync(join(__dirname, '../../appsscript.json'), 'utf8')) as { timeZone: string }
).timeZone;

/** The smallest add-on loadAddon accepts: an entry-point list, and one function that reads the script's zone. */
const addonCode = `
  var PLGHub = { entryPoints: {} };
  function scriptZone() { return Session.getScriptTimeZone(); }
  function nowInScriptZone() {
    return Utilities.formatDate(new Date(), Session.getScriptTimeZone(), "yyyy-MM-dd HH:mm z");
  }
`;

describe('Session.getScriptTimeZone', () => {
  test("is the add-on manifest's zone, not the zone of the user running it", () => {
    const ws = new Workspace({
      now: new Date('2026-08-24T12:00:00Z'),
      user: { email: 'teacher@school.example', domain: 'school.example', timeZone: 'Asia/Kolkata' },
    });
    const addon = loadAddon(ws, addonCode, appsScriptGlobals(ws));
    expect(manifestTimeZone).toBe('America/New_York');
    expect(addon.run('scriptZone')).toBe(manifestTimeZone);
    expect(ws.user.timeZone).toBe('Asia/Kolkata');
    // Formatting "now" in the script's zone shows New York's clock, not the Kolkata user's.
    expect(addon.run('nowInScriptZone')).toBe('2026-08-24 08:00 EDT');
  });

  test('loadAddon takes the zone from the manifest it is given', () => {
    const ws = new Workspace({ user: { timeZone: 'Europe/London' } });
    const addon = loadAddon(ws, addonCode, appsScriptGlobals(ws), { timeZone: 'Pacific/Chatham' });
    expect(addon.run('scriptZone')).toBe('Pacific/Chatham');
    expect(createSession(ws).getScriptTimeZone()).toBe('Pacific/Chatham');
  });

  test("a bare Workspace has the repository manifest's zone, or the one it is built with", () => {
    // Without loadAddon (service-level tests), the default must still be what the deployed add-on reports.
    const sydneyUser = { email: 'admin@school.example', domain: 'school.example', timeZone: 'Australia/Sydney' };
    expect(createSession(new Workspace({ user: sydneyUser })).getScriptTimeZone()).toBe(manifestTimeZone);
    const ws = new Workspace({ user: sydneyUser, scriptTimeZone: 'Europe/London' });
    expect(createSession(ws).getScriptTimeZone()).toBe('Europe/London');
    // Changing who is signed in does not move the script's zone.
    ws.user = { ...ws.user, timeZone: 'America/Los_Angeles' };
    expect(createSession(ws).getScriptTimeZone()).toBe('Europe/London');
  });
});

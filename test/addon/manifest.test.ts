// The manifest, the entry-point list and the bundle must agree, and the scopes must be the documented minimum.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { entryPoints } from '../../src/addon/entry-points';
import { addOnManifest, fetchedUrls, requiredScopes } from '../../src/addon/manifest';
import { calendarBatchUrl } from '../../src/core/calendar/batch-body';
import { allowedBy, allowlistProblem } from '../../src/emulator/urlfetch/allowlist';

const root = join(__dirname, '../..');
const manifest = addOnManifest.parse(JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')));
const builtManifest = JSON.parse(readFileSync(join(root, 'build/appsscript.json'), 'utf8'));
const code = readFileSync(join(root, 'build/Code.js'), 'utf8');

function runFunctions(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(runFunctions);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (k === 'runFunction' ? [String(v)] : runFunctions(v)));
  }
  return [];
}

describe('appsscript.json', () => {
  it('is a Workspace add-on manifest with every field Google requires', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.addOns.calendar.currentEventAccess).toBe('READ');
  });

  it('names only functions the bundle declares at top level, all listed as entry points', () => {
    const names = runFunctions(manifest.addOns);
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      expect(Object.keys(entryPoints)).toContain(name);
      expect(code).toMatch(new RegExp(`^function ${name}\\(e\\)`, 'm'));
    }
  });

  it('asks for exactly the documented scopes, and never full Calendar or Calendar events', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(Object.keys(requiredScopes).sort());
    // UrlFetchApp reaches Google's APIs only, each address listed with what is called there.
    expect([...(manifest.urlFetchWhitelist ?? [])].sort()).toEqual(Object.keys(fetchedUrls).sort());
    for (const url of manifest.urlFetchWhitelist ?? [])
      expect(url).toMatch(/^https:\/\/(www|forms)\.googleapis\.com\//);
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/calendar');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/calendar.events');
  });

  // https://developers.google.com/apps-script/manifest/allowlist-url: a versioned add-on may fetch only what its
  // urlFetchWhitelist names, so a missing entry breaks every sync in production and nowhere else.
  it('lets UrlFetchApp reach the Calendar batch endpoint, with valid prefixes only', () => {
    const allowlist = manifest.urlFetchWhitelist ?? [];
    expect(allowedBy(calendarBatchUrl, allowlist)).toBe(true);
    for (const prefix of allowlist) expect(allowlistProblem(prefix)).toBeUndefined();
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/script.external_request');
    expect(allowedBy('https://www.googleapis.com/calendar/v3/calendars/x/acl', allowlist)).toBe(false);
  });

  it('is copied unchanged into build/ for clasp', () => {
    expect(builtManifest).toEqual(JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')));
  });
});

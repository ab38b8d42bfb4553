// The inventory of every Apps Script method the add-on's bundle calls (methods.json, next to this file): for
// each, Google's reference page and the emulator test that pins how it behaves. `npm run inventory` records
// the calls while the whole test suite runs and merges them in; test/emulator/inventory/ holds it to account.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';

export const PinningTest = z.object({
  /** A test file, from the project root. */
  file: z.string().regex(/^test\/.+\.test\.ts$/),
  /** The test's title, exactly as it is written in the file. */
  test: z.string().min(1),
});
export type PinningTest = z.infer<typeof PinningTest>;

export const MethodEntry = z.object({
  reference: z.string().url().startsWith('https://developers.google.com/'),
  pinnedBy: PinningTest.nullable(),
});
export type MethodEntry = z.infer<typeof MethodEntry>;

export const MethodInventory = z.object({
  about: z.string(),
  // "Service.method", "Service.Class.method", or an advanced service's "Sheets.Spreadsheets.Values.batchGet".
  methods: z.record(z.string().regex(/^[A-Z]\w*(\.[A-Z]\w*){0,2}\.\w+$/), MethodEntry),
});
export type MethodInventory = z.infer<typeof MethodInventory>;

export const inventoryFile = join('src', 'emulator', 'inventory', 'methods.json');

export function readInventory(root: string): MethodInventory {
  return MethodInventory.parse(JSON.parse(readFileSync(join(root, inventoryFile), 'utf8')));
}

// Each service's folder under developers.google.com/apps-script/reference/, and its own page there.
const referenceFolder: Record<string, string> = {
  SpreadsheetApp: 'spreadsheet',
  DriveApp: 'drive',
  DocumentApp: 'document',
  FormApp: 'forms',
  CalendarApp: 'calendar',
  CardService: 'card-service',
  LockService: 'lock',
  PropertiesService: 'properties',
  CacheService: 'cache',
  ScriptApp: 'script',
  MailApp: 'mail',
  Session: 'base',
  Logger: 'base',
  Utilities: 'utilities',
  UrlFetchApp: 'url-fetch',
};
// Classes documented in another service's folder than the one the add-on reached them through.
const classFolder: Record<string, string> = { User: 'base', Blob: 'base' };

// "HTTPResponse" is Google's http-response page: an acronym is a word of its own.
const kebab = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();

/**
 * Google's reference page for a recorded kind: "Service.method" is on the service's page, "Service.Class.method"
 * on the class's page (the Drive User of DriveApp, the base User of Session). The advanced Calendar service is
 * Calendar API v3, documented per resource and method.
 */
export function referenceFor(kind: string): string {
  const parts = kind.split('.');
  const method = parts.at(-1)!;
  const service = parts[0]!;
  if (service === 'Calendar' && parts.length === 3)
    return `https://developers.google.com/workspace/calendar/api/v3/reference/${parts[1]![0]!.toLowerCase()}${parts[1]!.slice(1)}/${method}`;
  if (service === 'Sheets' && parts.length >= 3)
    return `https://developers.google.com/workspace/sheets/api/reference/rest/v4/${parts.slice(1, -1).join('.').toLowerCase()}/${method}`;
  const folder = referenceFolder[service];
  if (!folder) throw new Error(`No reference folder for the service of ${kind}`);
  const page = parts.length === 3 ? parts[1]! : service;
  // DriveApp has a User class of its own; every other service's User is the base one.
  const where =
    parts.length === 3 && !(page === 'User' && service === 'DriveApp') ? (classFolder[page] ?? folder) : folder;
  return `https://developers.google.com/apps-script/reference/${where}/${kebab(page)}#${method}`;
}

export interface TestCase extends PinningTest {
  /** The test's body, followed by the file's helper functions it calls (they build what the test checks). */
  body: string;
}

/** Every test in the test files under `dir` (relative to `root`), with the source it runs. */
export function testCases(root: string, dir = join('test', 'emulator')): TestCase[] {
  const cases: TestCase[] = [];
  for (const file of testFiles(join(root, dir))) {
    const source = readFileSync(file, 'utf8');
    const helpers = helperSources(source);
    const starts = [...source.matchAll(/\b(?:it|test)\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)];
    starts.forEach((m, i) => {
      const end = i + 1 < starts.length ? starts[i + 1]!.index : source.length;
      const body = source.slice(m.index, end);
      cases.push({
        file: relative(root, file).split('\\').join('/'),
        test: m[2]!,
        body: [body, ...reachedHelpers(body, helpers)].join('\n'),
      });
    });
  }
  return cases;
}

/** The file's top-level helpers (`function name(` or `const name = (`), each with its source up to the next. */
function helperSources(source: string): Map<string, string> {
  const found = [...source.matchAll(/^(?:export )?(?:function\s+(\w+)|const\s+(\w+)\s*=)/gm)];
  // A helper ends where the next top-level helper, describe block or test begins.
  const ends = [...source.matchAll(/^(?:(?:export )?(?:function|const)\b|describe\(|test\(|it\()/gm)].map(
    (m) => m.index,
  );
  const helpers = new Map<string, string>();
  for (const m of found) {
    const end = ends.find((e) => e > m.index) ?? source.length;
    helpers.set((m[1] ?? m[2])!, source.slice(m.index, end));
  }
  return helpers;
}

/** The helpers a body calls, and the helpers those call, each once. */
function reachedHelpers(body: string, helpers: Map<string, string>): string[] {
  const reached = new Set<string>();
  const visit = (text: string) => {
    for (const [name, source] of helpers) {
      if (!reached.has(name) && new RegExp(`\\b${name}\\s*\\(`).test(text)) {
        reached.add(name);
        visit(source);
      }
    }
  };
  visit(body);
  return [...reached].map((name) => helpers.get(name)!);
}

function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? testFiles(join(dir, d.name)) : d.name.endsWith('.test.ts') ? [join(dir, d.name)] : [],
  );
}

/**
 * Whether a test's source calls the method of `kind`: `.method(` on anything, as emulator tests hold a service
 * or object in a variable of their own naming (`docs.create(…)` for DocumentApp.create).
 */
export function callsMethod(body: string, kind: string): boolean {
  const method = kind.split('.').at(-1)!;
  return new RegExp(`\\.\\s*${method}\\s*\\(`).test(body);
}

/**
 * The test that best pins `kind`: one that calls it, preferring a file about its service, then a title naming
 * the method or class, then a conformance test (each cites its source). A guess for a new entry, to be read and kept or replaced by hand.
 */
export function pinningCandidate(kind: string, cases: TestCase[]): PinningTest | null {
  const parts = kind.split('.');
  const method = parts.at(-1)!;
  const className = parts.length === 3 ? parts[1]! : parts[0]!;
  const calling = cases.filter((c) => callsMethod(c.body, kind) && !c.file.includes('/inventory/'));
  const score = (c: TestCase) =>
    (fileHint(parts[0]!).test(c.file) ? 8 : 0) +
    (c.test.includes(method) ? 4 : 0) +
    (c.test.toLowerCase().includes(className.toLowerCase()) ? 2 : 0) +
    (c.file.includes('/conformance/') ? 1 : 0);
  const best = calling.sort((a, b) => score(b) - score(a))[0];
  return best ? { file: best.file, test: best.test } : null;
}

/** The test files about a service: its emulator test and its conformance test. */
function fileHint(service: string): RegExp {
  return (
    {
      SpreadsheetApp: /spreadsheet|sheets/,
      DriveApp: /drive/,
      DocumentApp: /docs|document/,
      FormApp: /forms?[-.]/,
      CalendarApp: /calendar/,
      Calendar: /calendar/,
      CardService: /card/,
      LockService: /lock/,
      PropertiesService: /properties|base-services/,
    }[service] ?? /base-services/
  );
}

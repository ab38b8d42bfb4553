// The built bundle is what clasp pushes: it must load in Apps Script's V8 with no service call at global
// scope, leave no ES module syntax behind, and declare every entry point as a top-level function.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { entryPoints } from '../../src/addon/entry-points';

const root = join(__dirname, '../..');
const code = readFileSync(join(root, 'build/Code.js'), 'utf8');

const appsScriptGlobals = [
  'SpreadsheetApp', 'CalendarApp', 'Calendar', 'DocumentApp', 'DriveApp', 'FormApp', 'CardService',
  'PropertiesService', 'CacheService', 'LockService', 'Utilities', 'Session', 'ScriptApp', 'MailApp', 'Logger',
  'UrlFetchApp',
];

function throwingContext(touched: string[]): vm.Context {
  const context: Record<string, unknown> = {};
  for (const name of appsScriptGlobals) {
    context[name] = new Proxy(
      {},
      {
        get(_, prop) {
          touched.push(`${name}.${String(prop)}`);
          throw new Error(`${name} touched at load`);
        },
      },
    );
  }
  return vm.createContext(context);
}

describe('build/Code.js', () => {
  it('loads with every Apps Script global throwing on access, touching none', () => {
    const touched: string[] = [];
    const context = throwingContext(touched);
    vm.runInContext(code, context, { filename: 'Code.js' });
    expect(touched).toEqual([]);
  });

  it('declares each entry point as a top-level function that Apps Script can find by name', () => {
    const context = throwingContext([]);
    vm.runInContext(code, context);
    for (const name of Object.keys(entryPoints)) {
      expect(typeof context[name]).toBe('function');
      expect(code).toMatch(new RegExp(`^function ${name}\\(e\\) \\{`, 'm'));
    }
  });

  it('has no ES module syntax and no Node built-ins left', () => {
    expect(code).not.toMatch(/^\s*(export|import)\s/m);
    expect(code).not.toMatch(/require\(["'](node:|fs|path|vm|child_process)/);
  });
});

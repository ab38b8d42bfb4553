// The method inventory holds the bundle to account: a method PLG Hub starts calling without a reference page
// and an emulator test pinning how it behaves is a method whose emulated behaviour nobody checked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemoFlow } from '../../../src/emulator/demo-flow';
import { projectRoot } from '../../../src/emulator/harness';
import { callsMethod, readInventory, testCases } from '../../../src/emulator/inventory/inventory';
import { callRecorder, unnamedClassMark } from '../../../src/emulator/inventory/recorder';

const root = projectRoot();
const inventory = readInventory(root);
let called: string[];

beforeAll(async () => {
  // The demo's whole story (set up, sync, agendas, the Docs panel, a teacher's cards, five weeks of hourly
  // runs with agendas, read-backs, surveys and the dashboard), recorded at the bundle's boundary.
  const recorder = callRecorder();
  await runDemoFlow({ out: mkdtempSync(join(tmpdir(), 'plg-inventory-')), seed: 3, write: () => {}, recorder });
  called = [...recorder.kinds.keys()].sort();
}, 120_000);

describe('the Apps Script method inventory', () => {
  test('names the class of every object the bundle calls a method on', () => {
    expect(called.filter((k) => k.includes(unnamedClassMark))).toEqual([]);
  });

  test('has an entry for every method the demo flow calls (npm run inventory adds new ones)', () => {
    expect(called.length).toBeGreaterThan(100);
    expect(called.filter((k) => !(k in inventory.methods))).toEqual([]);
  });

  test("gives every method Google's reference page for its class", () => {
    for (const [kind, entry] of Object.entries(inventory.methods)) {
      const parts = kind.split('.');
      const page = kind.startsWith('Calendar.')
        ? parts[1]![0]!.toLowerCase() + parts[1]!.slice(1)
        : (parts.length === 3 ? parts[1]! : parts[0]!)
            .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
            .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2') // HTTPResponse: http-response
            .toLowerCase();
      expect({ kind, page: entry.reference.split('#')[0]!.split('/').includes(page) }).toEqual({ kind, page: true });
    }
  });

  test('pins every method with an emulator test that exists and calls it', () => {
    const cases = testCases(root, 'test');
    const problems = Object.entries(inventory.methods).flatMap(([kind, { pinnedBy }]) => {
      if (!pinnedBy) return [`${kind}: no pinning test`];
      const found = cases.find((c) => c.file === pinnedBy.file && c.test === pinnedBy.test);
      if (!found) return [`${kind}: no test "${pinnedBy.test}" in ${pinnedBy.file}`];
      if (!callsMethod(found.body, kind)) return [`${kind}: "${pinnedBy.test}" does not call it`];
      return [];
    });
    expect(problems).toEqual([]);
  });
});

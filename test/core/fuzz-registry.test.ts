// Throws random and adversarial registries at readRegistry: whatever a school's sheets hold, reading must not
// throw, and every problem must say where it lives.
import fc from 'fast-check';
import { readRegistry } from '../../src/core/registry/registry';
import { schoolTabs } from './registry/school-fixture';

const adversarialCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '#REF!',
    '#N/A',
    '=SUM(A1:A3)',
    "'=1+1",
    'Mr. Smith',
    'TRUE',
    'yes',
    '2026-02-30',
    '9/31/2026',
    '25:99',
    'last',
    'null',
  ),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.nat(15_000).map((n) => '🙂x'.repeat(2_500 + n)),
  fc.emailAddress(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(-8_640_000_000_000), max: new Date(8_640_000_000_000) }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom(null, undefined, {}, [], { toString: null }),
);

type Tabs = Record<string, unknown[][] | undefined>;

/** One change a person (or a broken formula) might make to a tab. */
const mutation: fc.Arbitrary<(tabs: Tabs) => void> = fc.oneof(
  fc
    .record({ tab: fc.nat(), row: fc.nat(), col: fc.nat(), value: adversarialCell })
    .map(({ tab, row, col, value }) => (tabs: Tabs) => {
      const values = pick(tabs, tab);
      const cells = values?.[row % Math.max(values.length, 1)];
      if (Array.isArray(cells)) cells[col % Math.max(cells.length, 1)] = value;
    }),
  fc.nat().map((tab) => (tabs: Tabs) => {
    delete tabs[Object.keys(tabs)[tab % Object.keys(tabs).length]!];
  }),
  fc.record({ tab: fc.nat(), seed: fc.nat() }).map(({ tab, seed }) => (tabs: Tabs) => {
    // Reorder columns the way dragging them in Sheets does: every row moves together.
    const values = pick(tabs, tab);
    const width = values?.[0]?.length ?? 0;
    const order = [...Array(width).keys()].sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
    values?.forEach((cells, i) => (values[i] = order.map((c) => cells?.[c])));
  }),
  fc.record({ tab: fc.nat(), row: fc.nat() }).map(({ tab, row }) => (tabs: Tabs) => {
    const values = pick(tabs, tab);
    if (values && values.length > 1) values.push([...(values[1 + (row % (values.length - 1))] ?? [])]);
  }),
  fc
    .record({ tab: fc.nat(), row: fc.array(adversarialCell, { maxLength: 25 }) })
    .map(({ tab, row }) => (tabs: Tabs) => {
      pick(tabs, tab)?.push(row);
    }),
  fc
    .record({
      tab: fc.nat(),
      value: fc.oneof(fc.constant(undefined), fc.constant([]), fc.constant([[]]), fc.constant('oops')),
    })
    .map(({ tab, value }) => (tabs: Tabs) => {
      tabs[Object.keys(tabs)[tab % Object.keys(tabs).length]!] = value as unknown[][] | undefined;
    }),
);

function pick(tabs: Tabs, index: number): unknown[][] | undefined {
  const names = Object.keys(tabs);
  const values = tabs[names[index % names.length]!];
  return Array.isArray(values) ? values : undefined;
}

const school = schoolTabs();

describe('readRegistry on adversarial registries', () => {
  it('never throws and locates every problem', () => {
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 12 }), (mutations) => {
        const tabs: Tabs = structuredClone(school);
        for (const mutate of mutations) mutate(tabs);
        const { problems } = readRegistry(tabs);
        // A plain predicate: expect() per problem would dominate the run time.
        return problems.every(
          (p) => /\S/.test(p.tab ?? '') && /\S/.test(p.message) && Array.from(p.value ?? '').length <= 81,
        );
      }),
      { numRuns: 2_000 },
    );
  }, 30_000);

  it('never throws on tabs of pure noise', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.array(fc.array(adversarialCell, { maxLength: 8 }), { maxLength: 8 })),
        (tabs) => {
          expect(() => readRegistry(tabs)).not.toThrow();
        },
      ),
      { numRuns: 500 },
    );
  });
});

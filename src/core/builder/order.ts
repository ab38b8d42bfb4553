// One ordering for everything the builder sorts, by code unit and never by locale: Apps Script and Node must
// propose the same groups from the same registry (deterministic), whatever either runtime's collation says.
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sorts by several keys in turn (numbers ascending, text by code unit). */
export function byKeys<T>(...keys: ((item: T) => string | number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : compareText(String(x), String(y));
      if (c !== 0) return c;
    }
    return 0;
  };
}

// Records every Apps Script method the add-on's bundle calls, at the one boundary it cannot go around: the
// globals it is loaded with. The meter cannot be the source of this list: CardService builders, enums and
// many getters are answered in the script's own process and by design never reach it, yet a difference in
// any of them breaks the add-on on a real school just the same.
//
// Each global becomes a Proxy that names a call "Service.method" (SpreadsheetApp.openById) or, for an object
// a call returned, "Service.Class.method" (SpreadsheetApp.Range.getValues), named as the meter names them,
// the class being the Apps Script class the emulated one stands for (./class-names). Objects crossing back
// into the emulator as arguments, and whatever an entry point returns, are unwrapped, so the emulator only
// ever sees its own objects.

import { appsScriptClassName } from './class-names';

/** The recorder names an object whose class it cannot tell "?" and its constructor: the check rejects it. */
export const unnamedClassMark = '?';

export interface CallRecorder {
  /** Kinds seen so far, with how often each was called. */
  readonly kinds: Map<string, number>;
  /** The globals to load the bundle with: every service wrapped. */
  wrapGlobals(globals: Record<string, unknown>): Record<string, unknown>;
  /** The emulator's own object behind a wrapped one (anything else is returned as it is). */
  unwrap<T>(value: T): T;
}

const notRecorded = new Set<PropertyKey>(['toString', 'valueOf', 'toJSON', 'constructor', 'then']);

export function callRecorder(onNewKind?: (kind: string) => void): CallRecorder {
  const kinds = new Map<string, number>();
  const targetOf = new WeakMap<object, object>();
  // One proxy per object, so identity holds in the add-on: the same Sheet fetched twice is `===` itself.
  const proxyOf = new WeakMap<object, object>();

  const record = (kind: string) => {
    const n = kinds.get(kind);
    kinds.set(kind, (n ?? 0) + 1);
    if (n === undefined) onNewKind?.(kind);
  };

  const unwrap = <T>(value: T): T => {
    if (typeof value !== 'object' || value === null) return value;
    const target = targetOf.get(value);
    if (target) return target as T;
    if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null && targetOf.has(v)))
      return value.map(unwrap) as T;
    return value;
  };

  /** Wraps `value` as an object named `name` (a service, or "Service.Class"). */
  const wrapAs = (value: object, name: string): object => {
    const known = proxyOf.get(value);
    if (known) return known;
    const methods = new Map<PropertyKey, unknown>();
    const proxy = new Proxy(value, {
      get(target, prop) {
        // Read on the target itself: emulated classes keep private state a proxy receiver cannot reach.
        const member: unknown = Reflect.get(target, prop, target);
        if (typeof prop === 'symbol' || notRecorded.has(prop)) {
          return typeof member === 'function' ? (member as () => unknown).bind(target) : member;
        }
        if (typeof member === 'function' && isFixed(target, prop)) {
          // A proxy must hand out a frozen property unchanged (a built card's printJson): reaching it counts.
          record(`${name}.${prop}`);
          return member;
        }
        if (typeof member === 'function') {
          const cached = methods.get(prop);
          if (cached) return cached;
          const kind = `${name}.${prop}`;
          const service = name.split('.')[0]!;
          const method = (...args: unknown[]) => {
            record(kind);
            const result = (member as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
            return wrapResult(result, service);
          };
          methods.set(prop, method);
          return method;
        }
        // A namespace reached by name (Calendar.Events) is named by its path; data and enums pass through.
        if (member && typeof member === 'object' && !Array.isArray(member) && hasMethods(member))
          return wrapAs(member, `${name}.${prop}`);
        return member;
      },
    });
    targetOf.set(proxy, value);
    proxyOf.set(value, proxy);
    return proxy;
  };

  const wrapResult = (result: unknown, service: string): unknown => {
    if (typeof result !== 'object' || result === null || result instanceof Date) return result;
    if (Array.isArray(result)) {
      return result.some((r) => typeof r === 'object' && r !== null && hasMethods(r))
        ? result.map((r) => wrapResult(r, service))
        : result;
    }
    if (!hasMethods(result)) return result;
    return wrapAs(result, `${service}.${appsScriptClassOf(result, service)}`);
  };

  return {
    kinds,
    unwrap,
    wrapGlobals(globals) {
      return Object.fromEntries(
        Object.entries(globals).map(([name, service]) => [
          name,
          service && typeof service === 'object' && reachesMethods(service) ? wrapAs(service, name) : service,
        ]),
      );
    },
  };
}

function isFixed(target: object, prop: string): boolean {
  const d = Object.getOwnPropertyDescriptor(target, prop);
  return d !== undefined && d.configurable === false && d.writable === false;
}

const classHasMethods = new WeakMap<object, boolean>();

/** An object with methods of its own or from its class (data objects and enum tables have none). */
function hasMethods(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto && proto !== Object.prototype) {
    let known = classHasMethods.get(proto);
    if (known === undefined) classHasMethods.set(proto, (known = ownOrInheritedMethods(proto)));
    if (known) return true;
  }
  return ownMethods(value);
}

/**
 * A service with methods, or an advanced service whose only members are namespaces (Sheets is nothing but
 * Sheets.Spreadsheets): a global the bundle calls through, which must be recorded like any other.
 */
function reachesMethods(value: object): boolean {
  return (
    hasMethods(value) ||
    Object.values(value).some(
      (member) => member && typeof member === 'object' && !Array.isArray(member) && hasMethods(member),
    )
  );
}

function ownOrInheritedMethods(proto: object): boolean {
  for (let o: object | null = proto; o && o !== Object.prototype; o = Object.getPrototypeOf(o) as object | null)
    if (ownMethods(o)) return true;
  return false;
}

function ownMethods(o: object): boolean {
  for (const key of Object.getOwnPropertyNames(o)) {
    if (key === 'constructor') continue;
    const d = Object.getOwnPropertyDescriptor(o, key);
    if (d && typeof d.value === 'function') return true;
  }
  return false;
}

/**
 * The Apps Script class of an emulated object: a built card part names its `$type`; every other object is
 * named by its emulated class (./class-names). An object of a class not listed is "?" and its constructor.
 */
export function appsScriptClassOf(value: object, service: string): string {
  if ('$type' in value && typeof value.$type === 'string') return value.$type;
  const constructorName = (value as { constructor?: { name?: string } }).constructor?.name ?? '';
  return appsScriptClassName(service, constructorName) ?? `${unnamedClassMark}${constructorName}`;
}

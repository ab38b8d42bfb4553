// CacheService: short-lived string values that expire on the workspace clock. Entries default to 10
// minutes and live at most 6 hours; keys are at most 250 characters and values at most 100 KB.
// https://developers.google.com/apps-script/reference/cache/cache
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { openDocumentId } from './document-key';

interface Entry {
  value: string;
  expiresMs: number;
}

type Entries = Record<string, Entry>;

interface CacheState {
  script: Entries;
  user: Record<string, Entries>;
  document: Record<string, Entries>;
}

const defaultExpirationSeconds = 600;
const maxExpirationSeconds = 21600;
const maxKeyLength = 250;
const maxValueBytes = 100 * 1024;

type Cache = GoogleAppsScript.Cache.Cache;

class EmulatedCache implements Pick<Cache, 'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'> {
  constructor(
    private readonly ws: Workspace,
    private readonly entries: () => Entries,
  ) {}

  get(key: string): string | null {
    this.ws.meter.call('CacheService.Cache.get');
    return this.live(key);
  }

  getAll(keys: string[]): Record<string, string> {
    this.ws.meter.call('CacheService.Cache.getAll');
    const found: Record<string, string> = {};
    for (const key of keys) {
      const value = this.live(key);
      if (value !== null) found[key] = value;
    }
    return found;
  }

  put(key: string, value: string, expirationInSeconds = defaultExpirationSeconds): void {
    this.ws.meter.call('CacheService.Cache.put');
    this.store(key, value, expirationInSeconds);
  }

  putAll(values: Record<string, string>, expirationInSeconds = defaultExpirationSeconds): void {
    this.ws.meter.call('CacheService.Cache.putAll');
    for (const [key, value] of Object.entries(values)) this.store(key, value, expirationInSeconds);
  }

  remove(key: string): void {
    this.ws.meter.call('CacheService.Cache.remove');
    delete this.entries()[key];
  }

  removeAll(keys: string[]): void {
    this.ws.meter.call('CacheService.Cache.removeAll');
    for (const key of keys) delete this.entries()[key];
  }

  private live(key: string): string | null {
    const entries = this.entries();
    const entry = entries[key];
    if (!entry) return null;
    if (entry.expiresMs <= this.ws.clock.nowMs) {
      delete entries[key];
      return null;
    }
    return entry.value;
  }

  private store(key: string, value: string, expirationInSeconds: number): void {
    if (String(key).length > maxKeyLength) throw appsScriptError('Argument too large: key');
    const text = String(value);
    if (Buffer.byteLength(text, 'utf8') > maxValueBytes) throw appsScriptError('Argument too large: value');
    const seconds = Math.min(Math.max(expirationInSeconds, 1), maxExpirationSeconds);
    this.entries()[String(key)] = { value: text, expiresMs: this.ws.clock.nowMs + seconds * 1000 };
  }
}

class EmulatedCacheService implements Pick<
  GoogleAppsScript.Cache.CacheService,
  'getScriptCache' | 'getUserCache' | 'getDocumentCache'
> {
  constructor(private readonly ws: Workspace) {}

  getScriptCache(): Cache {
    return this.cache(() => this.state().script);
  }

  getUserCache(): Cache {
    const email = this.ws.user.email;
    return this.cache(() => (this.state().user[email] ??= {}));
  }

  getDocumentCache(): Cache | null {
    const documentId = openDocumentId(this.ws);
    if (documentId === null) return null;
    return this.cache(() => (this.state().document[documentId] ??= {}));
  }

  private cache(entries: () => Entries): Cache {
    return new EmulatedCache(this.ws, entries) as unknown as Cache;
  }

  private state(): CacheState {
    return this.ws.slice<CacheState>('cache', () => ({ script: {}, user: {}, document: {} }));
  }
}

export function createCacheService(ws: Workspace): GoogleAppsScript.Cache.CacheService {
  return new EmulatedCacheService(ws) as unknown as GoogleAppsScript.Cache.CacheService;
}

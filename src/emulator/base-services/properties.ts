// PropertiesService: string key-value stores for the script, each user, and each document. Limits are
// Google's: 9 KB per value and 500 KB per store (https://developers.google.com/apps-script/guides/services/quotas).
//
// Who shares which store (https://developers.google.com/apps-script/guides/properties): script properties
// are one store for every user of the add-on; user properties are the signed-in user's alone, whoever runs
// the code; document properties belong to the open spreadsheet and are shared by everyone who has it open
// (none for someone who cannot open it, or outside a document).
import { appsScriptError } from '../errors';
import type { Workspace } from '../workspace';
import { openDocumentId } from './document-key';

type Store = Record<string, string>;

interface PropertiesState {
  script: Store;
  user: Record<string, Store>;
  document: Record<string, Store>;
}

const maxValueBytes = 9 * 1024;
const maxStoreBytes = 500 * 1024;

type PropertiesMethods =
  | 'getProperty'
  | 'setProperty'
  | 'setProperties'
  | 'getProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys';

type Properties = GoogleAppsScript.Properties.Properties;

class EmulatedProperties implements Pick<Properties, PropertiesMethods> {
  constructor(
    private readonly ws: Workspace,
    private readonly store: () => Store,
  ) {}

  getProperty(key: string): string | null {
    return this.call('getProperty')[key] ?? null;
  }

  setProperty(key: string, value: string): Properties {
    const store = this.call('setProperty');
    replaceStore(store, { ...store, [String(key)]: checkedValue(value) });
    return this.self();
  }

  /** Sets many at once; with deleteAllOthers, keys not given are removed. Nothing changes if a limit is hit. */
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    const store = this.call('setProperties');
    const next: Store = deleteAllOthers ? {} : { ...store };
    for (const [key, value] of Object.entries(properties)) next[key] = checkedValue(value);
    replaceStore(store, next);
    return this.self();
  }

  getProperties(): Record<string, string> {
    return { ...this.call('getProperties') };
  }

  deleteProperty(key: string): Properties {
    delete this.call('deleteProperty')[key];
    return this.self();
  }

  deleteAllProperties(): Properties {
    replaceStore(this.call('deleteAllProperties'), {});
    return this.self();
  }

  getKeys(): string[] {
    return Object.keys(this.call('getKeys'));
  }

  private call(method: string): Store {
    this.ws.meter.call(`PropertiesService.Properties.${method}`, 'propertiesReadWrite');
    return this.store();
  }

  private self(): Properties {
    return this as unknown as Properties;
  }
}

// Properties hold strings: any other value is stored as its String() form, as Apps Script does.
function checkedValue(value: unknown): string {
  const text = String(value);
  if (Buffer.byteLength(text, 'utf8') > maxValueBytes) throw appsScriptError('Argument too large: value');
  return text;
}

function replaceStore(store: Store, next: Store): void {
  const bytes = Object.entries(next).reduce(
    (sum, [key, value]) => sum + Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8'),
    0,
  );
  if (bytes > maxStoreBytes) {
    throw appsScriptError('You have exceeded the property storage quota. Please remove some properties and try again.');
  }
  for (const key of Object.keys(store)) delete store[key];
  Object.assign(store, next);
}

class EmulatedPropertiesService implements Pick<
  GoogleAppsScript.Properties.PropertiesService,
  'getScriptProperties' | 'getUserProperties' | 'getDocumentProperties'
> {
  constructor(private readonly ws: Workspace) {}

  getScriptProperties(): Properties {
    return this.properties(() => this.state().script);
  }

  getUserProperties(): Properties {
    const email = this.ws.user.email;
    return this.properties(() => (this.state().user[email] ??= {}));
  }

  /** Null outside a document, as in Apps Script; Google's typings leave the null out. */
  getDocumentProperties(): Properties {
    const documentId = openDocumentId(this.ws);
    if (documentId === null) return null as unknown as Properties;
    return this.properties(() => (this.state().document[documentId] ??= {}));
  }

  private properties(store: () => Store): Properties {
    return new EmulatedProperties(this.ws, store) as unknown as Properties;
  }

  private state(): PropertiesState {
    return this.ws.slice<PropertiesState>('properties', () => ({ script: {}, user: {}, document: {} }));
  }
}

export function createPropertiesService(ws: Workspace): GoogleAppsScript.Properties.PropertiesService {
  return new EmulatedPropertiesService(ws) as unknown as GoogleAppsScript.Properties.PropertiesService;
}

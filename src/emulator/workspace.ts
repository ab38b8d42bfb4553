// One emulated Google Workspace: a clock, the signed-in user, the data of every service (as JSON-plain
// "slices" so the whole workspace saves and loads), Drive's file records, and the meter.
//
// Many people share one workspace; `user` is whoever is signed in for the current call (the harness's asUser
// switches it), and every service checks what that user may open, change or share (access.ts,
// calendar/api-access.ts) and what the manifest's OAuth scopes allow (scopes.ts).
import { Meter } from './meter';
import { authorizeCall } from './scopes';

export interface UserInfo {
  email: string;
  /** The school's Workspace domain; a consumer account ("gmail.com") cannot use domain-only features. */
  domain: string;
  timeZone: string;
  /** The account's locale ("en_US"); a spreadsheet the user creates starts with it. */
  locale?: string;
}

export type Role = 'owner' | 'writer' | 'commenter' | 'reader';
export type SharingAccess = 'PRIVATE' | 'DOMAIN' | 'DOMAIN_WITH_LINK' | 'ANYONE' | 'ANYONE_WITH_LINK';

/** A Drive file: every Spreadsheet, Doc, Form and folder has one, so DriveApp can reach them all. */
export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  /** email → role (owner excluded) */
  permissions: Record<string, Role>;
  access: SharingAccess;
  accessRole: Role;
  trashed: boolean;
  createdMs: number;
  updatedMs: number;
  description: string;
  /** Drive API appProperties: private to the app that set them (https://developers.google.com/workspace/drive/api/guides/properties). */
  appProperties?: Record<string, string>;
}

export const mimeTypes = {
  folder: 'application/vnd.google-apps.folder',
  spreadsheet: 'application/vnd.google-apps.spreadsheet',
  document: 'application/vnd.google-apps.document',
  form: 'application/vnd.google-apps.form',
} as const;

interface SavedWorkspace {
  nowMs: number;
  user: UserInfo;
  oauthScopes?: string[] | null;
  urlFetchAllowlist?: string[] | null;
  nextId: number;
  files: Record<string, FileRecord>;
  slices: Record<string, unknown>;
  meter: { total: number; counts: Record<string, number>; modeledMs: number; quotaDay: number; quotaUsed: object };
}

export class Workspace {
  readonly clock: { nowMs: number };
  user: UserInfo;
  /**
   * The add-on's own time zone, the manifest's "timeZone" (what Session.getScriptTimeZone() returns): one for
   * every school that installs it, whatever the user's or the spreadsheet's zone. loadAddon sets it from the
   * manifest. https://developers.google.com/apps-script/manifest
   */
  scriptTimeZone: string;
  /**
   * The manifest's "oauthScopes": the only scopes the add-on's calls carry, checked on every call
   * (scopes.ts). null when no manifest with explicit scopes is loaded: Apps Script then detects what the code
   * needs, so nothing is refused — the emulator's own unit tests run that way. loadAddon sets it.
   */
  oauthScopes: string[] | null = null;
  /**
   * The manifest's "urlFetchWhitelist": every UrlFetchApp request must match one of these prefixes
   * (urlfetch/allowlist.ts). null when the manifest has none (a test deployment may omit it). loadAddon sets it.
   */
  urlFetchAllowlist: string[] | null = null;
  files: Record<string, FileRecord> = {};
  readonly meter: Meter;
  private nextId = 1;
  private slices: Record<string, unknown> = {};

  constructor(options: { now?: Date; user?: Partial<UserInfo>; scriptTimeZone?: string } = {}) {
    this.clock = { nowMs: (options.now ?? new Date('2026-08-24T12:00:00Z')).getTime() };
    this.user = {
      email: 'admin@school.example',
      domain: 'school.example',
      timeZone: 'America/New_York',
      ...options.user,
    };
    this.scriptTimeZone = options.scriptTimeZone ?? 'America/New_York';
    this.meter = new Meter(this.clock);
    this.meter.authorize = (kind) => authorizeCall(this, kind);
  }

  now(): Date {
    return new Date(this.clock.nowMs);
  }

  /** A fresh, deterministic id in Google's id alphabet (letters, digits, '-' and '_'). */
  newId(prefix = ''): string {
    const n = this.nextId++;
    return `${prefix}${n.toString(36).padStart(6, '0')}${hash36(n)}`;
  }

  /** The named service's data, created by `init` on first use. Must stay JSON-plain (Dates allowed). */
  slice<T>(name: string, init: () => T): T {
    if (!(name in this.slices)) this.slices[name] = init();
    return this.slices[name] as T;
  }

  createFile(fields: Pick<FileRecord, 'name' | 'mimeType'> & Partial<FileRecord>): FileRecord {
    const record: FileRecord = {
      id: fields.id ?? this.newId(),
      parents: [],
      owner: this.user.email,
      permissions: {},
      access: 'PRIVATE',
      accessRole: 'reader',
      trashed: false,
      createdMs: this.clock.nowMs,
      updatedMs: this.clock.nowMs,
      description: '',
      ...fields,
    };
    this.files[record.id] = record;
    return record;
  }

  /**
   * The file unless it is missing or trashed. Whether the signed-in user may open it is the caller's check
   * (access.ts), so each service can answer with its own error text.
   */
  file(id: string): FileRecord | undefined {
    const record = this.files[id];
    if (!record || record.trashed) return undefined;
    return record;
  }

  save(): string {
    const saved: SavedWorkspace = {
      nowMs: this.clock.nowMs,
      user: this.user,
      oauthScopes: this.oauthScopes,
      urlFetchAllowlist: this.urlFetchAllowlist,
      nextId: this.nextId,
      files: this.files,
      slices: this.slices,
      meter: {
        total: this.meter.total,
        counts: this.meter.counts,
        modeledMs: this.meter.modeledMs,
        quotaDay: this.meter.quotaDay,
        quotaUsed: this.meter.quotaUsed,
      },
    };
    return JSON.stringify(saved, encodeDates);
  }

  static load(json: string): Workspace {
    const saved = JSON.parse(json, decodeDates) as SavedWorkspace;
    const ws = new Workspace({ now: new Date(saved.nowMs), user: saved.user });
    ws.nextId = saved.nextId;
    ws.oauthScopes = saved.oauthScopes ?? null;
    ws.urlFetchAllowlist = saved.urlFetchAllowlist ?? null;
    ws.files = saved.files;
    ws.slices = saved.slices;
    Object.assign(ws.meter, saved.meter);
    return ws;
  }
}

function hash36(n: number): string {
  let h = (n * 2654435761) >>> 0;
  let out = '';
  for (let i = 0; i < 6; i++) {
    out += 'abcdefghijklmnopqrstuvwxyz0123456789'[h % 36];
    h = Math.floor(h / 36) + (((h * 31) >>> 0) % 97);
  }
  return out;
}

// JSON has no Date: a Date is saved as {"$date": iso} and restored on load.
function encodeDates(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function decodeDates(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && '$date' in value && Object.keys(value).length === 1) {
    return new Date((value as { $date: string }).$date);
  }
  return value;
}

// Which spreadsheet is the registry, and who may act on it. An admin action works on the spreadsheet open in
// Sheets, and only for someone who can edit it; nothing is ever taken from script properties, which every user
// of the add-on in every school shares. The registries a person looks after are theirs alone: a list in their
// user properties, which the hourly trigger they installed (it runs as them) works through. A teacher's Set up
// in their own spreadsheet adds it to the teacher's list, and touches nobody else's.
import { z } from 'zod';
import { UserFacingError } from '../workspace/user-facing-error';
import { isGoogleLimit } from '../workspace/google-limits';
import { canEdit } from '../workspace/registry-io';

const myRegistriesKey = 'plg.myRegistries';
/** Where the first version kept the one registry of a whole deployment; read once to migrate, never written. */
const legacyRegistryKey = 'registrySpreadsheetId';
/** A person looks after a few registries (a district coordinator: one per school). */
const mostRegistries = 60;

const RegistryIds = z.array(z.string().regex(/^[\w-]{10,100}$/)).max(mostRegistries);

export function activeRegistry(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/** The person acting, lower-cased; an action that needs to know refuses when Google does not say. */
export function currentUser(): string {
  return Session.getActiveUser().getEmail().trim().toLowerCase();
}

/**
 * Admin actions (Set up, Validate, Preview, Apply, agendas, surveys, dashboard, import) require editing rights on
 * this registry: its owner or an editor, as the spreadsheet's own sharing reports them.
 */
export function requireEditor(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, me = currentUser()): string {
  if (!me) throw new UserFacingError('PLG Hub cannot tell who you are — sign in with your school account.');
  if (!canEdit(spreadsheet, me)) {
    throw new UserFacingError(
      'Only people who can edit this registry can do that. Ask its owner to share it with you as an editor.',
    );
  }
  return me;
}

/** The registries this person looks after, most recent first (user properties, read through zod). */
export function myRegistries(): string[] {
  const raw = PropertiesService.getUserProperties().getProperty(myRegistriesKey) ?? '[]';
  try {
    const parsed = RegistryIds.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds the registry to this person's list (after requireEditor), so their hourly run looks after it. */
export function rememberRegistry(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): void {
  const id = spreadsheet.getId();
  const ids = myRegistries();
  if (ids[0] === id) return;
  const next = [id, ...ids.filter((other) => other !== id)].slice(0, mostRegistries);
  PropertiesService.getUserProperties().setProperty(myRegistriesKey, JSON.stringify(next));
}

/** Drops a registry this person can no longer open or edit. */
export function forgetRegistry(id: string): void {
  const ids = myRegistries();
  if (!ids.includes(id)) return;
  PropertiesService.getUserProperties().setProperty(myRegistriesKey, JSON.stringify(ids.filter((i) => i !== id)));
}

/**
 * The registries the hourly run looks after for this person: their own list, plus — once, to migrate an install
 * from before registries were per person — the deployment-wide one, if this person can edit it.
 */
export function registriesToRun(): GoogleAppsScript.Spreadsheet.Spreadsheet[] {
  const ids = myRegistries();
  // A time-driven trigger runs as the person who installed it: Google names them as the effective user (the
  // active user may be blank there).
  const owner = Session.getEffectiveUser().getEmail().trim().toLowerCase();
  const legacy = PropertiesService.getScriptProperties().getProperty(legacyRegistryKey);
  if (legacy && !ids.includes(legacy)) ids.push(legacy);
  const open: GoogleAppsScript.Spreadsheet.Spreadsheet[] = [];
  const failures = new OpenFailures();
  for (const id of ids) {
    try {
      const spreadsheet = SpreadsheetApp.openById(id);
      requireEditor(spreadsheet, owner);
      open.push(spreadsheet);
      failures.clear(id);
      if (id === legacy) rememberRegistry(spreadsheet);
    } catch (error) {
      // No longer an editor (PLG Hub's own check): this person's run no longer looks after it. A quota or "slow
      // down" leaves the list alone. Any other failure is counted whatever Google's words for it (they are not
      // documented for a deleted or unshared spreadsheet, README ▸ Known limits): one may be a passing server
      // error, so the registry is forgotten only when it has failed to open on several hourly runs in a row.
      if (isGoogleLimit(error)) throw error;
      if (id !== legacy && (isNoLongerEditor(error) || failures.count(id) >= failuresBeforeForgetting)) {
        forgetRegistry(id);
        failures.clear(id);
      }
    }
  }
  failures.save();
  return open;
}

/** Hourly runs in a row on which a registry fails to open before it is dropped from this person's list. */
export const failuresBeforeForgetting = 3;
const openFailuresKey = 'plg.registryOpenFailures';
const FailureCounts = z.record(z.string(), z.number().int().min(0));

/** Each registry's count of hourly runs in a row that could not open it (user properties, read once a run). */
class OpenFailures {
  private readonly counts: Record<string, number>;
  private changed = false;

  constructor() {
    const raw = PropertiesService.getUserProperties().getProperty(openFailuresKey);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw ?? '{}');
    } catch {
      parsed = {};
    }
    const read = FailureCounts.safeParse(parsed);
    this.counts = read.success ? read.data : {};
  }

  /** Counts this run's failure; the number of runs in a row that have failed, this one included. */
  count(id: string): number {
    this.counts[id] = (this.counts[id] ?? 0) + 1;
    this.changed = true;
    return this.counts[id];
  }

  clear(id: string): void {
    if (!(id in this.counts)) return;
    delete this.counts[id];
    this.changed = true;
  }

  save(): void {
    if (this.changed) PropertiesService.getUserProperties().setProperty(openFailuresKey, JSON.stringify(this.counts));
  }
}

/** PLG Hub's own refusal (requireEditor): this person can open the registry but no longer edit it. */
function isNoLongerEditor(error: unknown): boolean {
  return error instanceof Object && (error as Error).name === 'UserFacingError';
}

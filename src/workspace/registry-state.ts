// What PLG Hub remembers about one registry lives in that registry: a hidden "PLG Hub state" tab, one row per
// key. Script properties are shared by every user of the add-on in every school that installs it, so nothing
// that belongs to a registry may live there; the registry's own tab is read and written only by the people the
// spreadsheet is shared with (its editors: the admins), goes wherever the spreadsheet goes, and is read in the
// same pass as the other tabs. A value longer than one cell holds is split over several rows ("key", "key#2"…).
import { z } from 'zod';
import { escapeAsText, unescapeCell } from '../core/escape';
import type { OpenRegistry } from './registry-io';
import { beforeWrite, SheetTab } from './sheet-tab';
import { WriteQueue } from './write-queue';

export const stateTabName = 'PLG Hub state';
const headers = ['Key', 'Value'] as const;
/** Sheets holds 50,000 characters in a cell; the rest of a value continues on the next row. */
const cellLimit = 45_000;

const StateRow = z.tuple([z.string(), z.string()]);

const opened = new WeakMap<OpenRegistry, RegistryState>();

export class RegistryState {
  private readonly values = new Map<string, string>();
  private readonly rowOf = new Map<string, number>();
  private dirty = new Set<string>();

  private constructor(
    private readonly spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
    private tab: SheetTab | undefined,
    /** The queue its writes go out with: the open registry's, so a flush sends every tab's changes in one call. */
    private readonly queue: WriteQueue,
  ) {
    const chunks = new Map<string, string[]>();
    (tab?.values ?? []).forEach((cells, index) => {
      if (index === 0) return;
      const parsed = StateRow.safeParse([String(cells[0] ?? ''), String(cells[1] ?? '')]);
      if (!parsed.success || !parsed.data[0]) return;
      const [rawKey, value] = parsed.data;
      const [key, part] = rawKey.split('#') as [string, string?];
      const n = part === undefined ? 1 : Number(part);
      if (!Number.isInteger(n) || n < 1) return;
      const list = chunks.get(key) ?? [];
      list[n - 1] = unescapeCell(value);
      chunks.set(key, list);
      this.rowOf.set(rawKey, index + 1);
    });
    for (const [key, parts] of chunks) this.values.set(key, parts.join(''));
  }

  /**
   * The state of the registry as read with it (openRegistry reads the tab in the same pass). One instance per
   * open registry, so what one step of an execution sets (an approval, the tab made on first use) the next step
   * sees without reading the tab again.
   */
  static of(open: OpenRegistry): RegistryState {
    let state = opened.get(open);
    if (!state) {
      state = new RegistryState(open.spreadsheet, open.tabs.get(stateTabName), open.writes);
      opened.set(open, state);
    }
    return state;
  }

  /** Just the state tab (one getValues), for a question that needs nothing else: is work pending? */
  static read(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): RegistryState {
    const queue = new WriteQueue(spreadsheet);
    return new RegistryState(spreadsheet, SheetTab.read(spreadsheet, stateTabName, queue), queue);
  }

  get(key: string): string | undefined {
    return this.values.get(key);
  }

  /** Every stored key starting with `prefix`, with its value. */
  entries(prefix: string): [string, string][] {
    return [...this.values].filter(([key, value]) => key.startsWith(prefix) && value !== '');
  }

  set(key: string, value: string): void {
    if (this.values.get(key) === value) return;
    this.values.set(key, value);
    this.dirty.add(key);
  }

  delete(key: string): void {
    if (!this.values.has(key)) return;
    this.values.set(key, '');
    this.dirty.add(key);
  }

  /** Writes every changed key (and whatever else the registry has staged): one call, see write-queue.ts. */
  flush(): void {
    if (this.dirty.size === 0) return;
    this.stage();
    this.tab!.flush();
  }

  /**
   * Puts every changed key into the tab's waiting writes without sending them: they go with the next flush of any
   * of the registry's tabs (one write queue), for a step whose record can wait for the step after it.
   */
  stage(): void {
    if (this.dirty.size === 0) return;
    beforeWrite(stateTabName);
    // Made on first use — and made whole again if a run was stopped half-way through making it (a tab with no
    // Key and Value headers would take no rows, and every later approval would be lost).
    if (!this.tab || this.tab.columnOf(headers[0]) === undefined || this.tab.columnOf(headers[1]) === undefined) {
      this.tab = ensureStateTab(this.spreadsheet, this.queue);
    }
    const tab = this.tab;
    for (const key of this.dirty) {
      const value = this.values.get(key) ?? '';
      const parts = value.length === 0 ? [''] : chunk(value);
      parts.forEach((part, i) => this.write(tab, i === 0 ? key : `${key}#${i + 1}`, part));
      // A value that shrank leaves its old continuation rows: empty them.
      for (let n = parts.length + 1; this.rowOf.has(`${key}#${n}`); n++) this.write(tab, `${key}#${n}`, '');
      if (value.length === 0) this.values.delete(key);
    }
    this.dirty = new Set();
  }

  private write(tab: SheetTab, rawKey: string, part: string): void {
    const row = this.rowOf.get(rawKey);
    if (row !== undefined) tab.set(row, headers[1], escapeAsText(part));
    else this.rowOf.set(rawKey, tab.append({ [headers[0]]: rawKey, [headers[1]]: escapeAsText(part) }));
  }
}

function chunk(value: string): string[] {
  const parts: string[] = [];
  for (let i = 0; i < value.length; i += cellLimit) parts.push(value.slice(i, i + cellLimit));
  return parts;
}

/**
 * The hidden tab, made on first use, or finished if a stopped run left it part-made: its header, hidden,
 * protected with a warning against hand edits. Each step checks first, so running it again changes nothing.
 */
function ensureStateTab(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, queue: WriteQueue): SheetTab {
  const sheet = spreadsheet.getSheetByName(stateTabName) ?? spreadsheet.insertSheet(stateTabName);
  const header = sheet.getRange(1, 1, 1, headers.length);
  if (header.getValues()[0]!.join('\u0000') !== headers.join('\u0000')) header.setValues([[...headers]]);
  if (!sheet.isSheetHidden()) sheet.hideSheet();
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length === 0) {
    sheet
      .protect()
      .setWarningOnly(true)
      .setDescription('PLG Hub keeps what it remembers about this registry here; editing it may lose work.');
  }
  return SheetTab.read(spreadsheet, stateTabName, queue)!;
}

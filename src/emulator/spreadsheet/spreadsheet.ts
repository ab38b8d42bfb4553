// A spreadsheet file: its tabs, time zone and protections. Its name lives on the Drive file record, so
// DriveApp and SpreadsheetApp agree on it.
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet
import { appsScriptError } from '../errors';
import { instantAtWallClock, isValidTimeZone, wallClockIn } from '../base-services/zoned-time';
import { grantAll, holders, ownerOf, revokeOne } from '../drive/editor-sharing';
import type { FileRecord, Workspace } from '../workspace';
import { parseA1, rangeNotFound } from './a1-notation';
import {
  isDate,
  newSheetData,
  sheetByName,
  spreadsheetData,
  type SpreadsheetData,
  checkSpreadsheetAccess,
} from './model';
import { protectionHandle } from './protection';
import { checkedArea, rangeHandle } from './range';
import { duplicateSheetName, EmulatedSheet, sheetHandle } from './sheet';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

type SpreadsheetMethods =
  | 'getId'
  | 'getUrl'
  | 'getName'
  | 'rename'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSheetByName'
  | 'insertSheet'
  | 'deleteSheet'
  | 'getRange'
  | 'getProtections'
  | 'getOwner'
  | 'getEditors'
  | 'getViewers'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'addViewer'
  | 'addViewers'
  | 'removeViewer';

export class EmulatedSpreadsheet implements Pick<Spreadsheet, SpreadsheetMethods> {
  constructor(
    private readonly ws: Workspace,
    readonly spreadsheetId: string,
  ) {}

  /** Prints its class, as Apps Script's objects do (see Range#toString). */
  toString(): string {
    return 'Spreadsheet';
  }

  getId(): string {
    this.ws.meter.call('SpreadsheetApp.Spreadsheet.getId');
    return this.spreadsheetId;
  }

  getUrl(): string {
    this.ws.meter.call('SpreadsheetApp.Spreadsheet.getUrl');
    return spreadsheetUrl(this.spreadsheetId);
  }

  getName(): string {
    this.call('getName');
    return this.ws.files[this.spreadsheetId]!.name;
  }

  rename(newName: string): void {
    this.call('rename');
    const file = this.ws.files[this.spreadsheetId]!;
    file.name = String(newName);
    file.updatedMs = this.ws.clock.nowMs;
  }

  getSpreadsheetTimeZone(): string {
    return this.call('getSpreadsheetTimeZone').timeZone;
  }

  /**
   * Sheets stores dates as wall-clock serial numbers, so after a time zone change a cell still shows the
   * same date and time, which is now a different instant.
   */
  setSpreadsheetTimeZone(timezone: string): void {
    const book = this.call('setSpreadsheetTimeZone');
    if (!isValidTimeZone(timezone)) throw appsScriptError(`Invalid argument: ${timezone}`);
    for (const sheet of book.sheets) {
      for (const cells of Object.values(sheet.rows)) {
        for (const cell of Object.values(cells)) {
          if (isDate(cell.value)) cell.value = instantAtWallClock(wallClockIn(cell.value, book.timeZone), timezone);
        }
      }
    }
    book.timeZone = timezone;
  }

  /** "en_US", "en_GB": Sheets' own spelling, language and country joined by an underscore. */
  getSpreadsheetLocale(): string {
    return this.call('getSpreadsheetLocale').locale ?? 'en_US';
  }

  setSpreadsheetLocale(locale: string): void {
    const book = this.call('setSpreadsheetLocale');
    if (!/^[a-z]{2,3}(_[A-Z]{2})?$/.test(String(locale))) throw appsScriptError(`Invalid argument: ${locale}`);
    book.locale = String(locale);
  }

  getSheets(): Sheet[] {
    return this.call('getSheets').sheets.map((s) => sheetHandle(this.ws, this.spreadsheetId, s.sheetId));
  }

  getNumSheets(): number {
    return this.call('getNumSheets').sheets.length;
  }

  /** Null when no tab has that name (compared without regard to case, as Sheets does). */
  getSheetByName(name: string): Sheet | null {
    const sheet = sheetByName(this.call('getSheetByName'), name);
    return sheet ? sheetHandle(this.ws, this.spreadsheetId, sheet.sheetId) : null;
  }

  /** insertSheet([name][, index][, {template}]): index is 0-based; without one the tab goes last. */
  insertSheet(...args: unknown[]): Sheet {
    const book = this.call('insertSheet');
    const name = typeof args[0] === 'string' ? args.shift() : undefined;
    const index = typeof args[0] === 'number' ? (args.shift() as number) : book.sheets.length;
    const template = (args[0] as { template?: Sheet } | undefined)?.template;
    return insertSheetData(this.ws, book, name as string | undefined, index, template);
  }

  deleteSheet(sheet: Sheet): void {
    const book = this.call('deleteSheet');
    const sheetId = (sheet as unknown as EmulatedSheet).sheetId;
    if (!book.sheets.some((s) => s.sheetId === sheetId)) throw appsScriptError(`Sheet ${sheetId} not found`);
    if (book.sheets.length === 1) throw appsScriptError("You can't remove all the sheets in a document.");
    book.sheets = book.sheets.filter((s) => s.sheetId !== sheetId);
    book.protections = book.protections.filter((p) => p.sheetId !== sheetId);
  }

  /** A1 notation, optionally with a sheet name ("'Tab Name'!A1:C3"); without one, the first sheet. */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    const book = this.call('getRange');
    const reference = parseA1(a1Notation);
    const sheet = reference.sheetName ? sheetByName(book, reference.sheetName) : book.sheets[0];
    if (!sheet) throw rangeNotFound();
    const area = checkedArea(sheet, reference.area(sheet.maxRows, sheet.maxColumns));
    return rangeHandle(this.ws, this.spreadsheetId, sheet.sheetId, area);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.call('getProtections')
      .protections.filter((p) => p.type === String(type))
      .map((p) => protectionHandle(this.ws, this.spreadsheetId, p.protectionId));
  }

  // Sharing, through SpreadsheetApp's own methods (its scopes, not Drive's), on the same Drive record.
  getOwner(): GoogleAppsScript.Base.User {
    this.call('getOwner');
    return ownerOf(this.file()) as unknown as GoogleAppsScript.Base.User;
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.call('getEditors');
    return holders(this.ws, this.file(), ['writer']) as unknown as GoogleAppsScript.Base.User[];
  }

  /** Viewers and commenters. */
  getViewers(): GoogleAppsScript.Base.User[] {
    this.call('getViewers');
    return holders(this.ws, this.file(), ['reader', 'commenter']) as unknown as GoogleAppsScript.Base.User[];
  }

  addEditor(user: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.call('addEditor');
    grantAll(this.file(), [user], 'writer');
    return this as unknown as Spreadsheet;
  }

  addEditors(emailAddresses: string[]): Spreadsheet {
    this.call('addEditors');
    grantAll(this.file(), emailAddresses, 'writer');
    return this as unknown as Spreadsheet;
  }

  removeEditor(user: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.call('removeEditor');
    revokeOne(this.file(), user, ['writer']);
    return this as unknown as Spreadsheet;
  }

  addViewer(user: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.call('addViewer');
    grantAll(this.file(), [user], 'reader');
    return this as unknown as Spreadsheet;
  }

  addViewers(emailAddresses: string[]): Spreadsheet {
    this.call('addViewers');
    grantAll(this.file(), emailAddresses, 'reader');
    return this as unknown as Spreadsheet;
  }

  removeViewer(user: string | GoogleAppsScript.Base.User): Spreadsheet {
    this.call('removeViewer');
    revokeOne(this.file(), user, ['reader', 'commenter']);
    return this as unknown as Spreadsheet;
  }

  private file(): FileRecord {
    return this.ws.files[this.spreadsheetId]!;
  }

  private call(method: string): SpreadsheetData {
    this.ws.meter.call(`SpreadsheetApp.Spreadsheet.${method}`);
    checkSpreadsheetAccess(this.ws, this.spreadsheetId, method);
    return spreadsheetData(this.ws, this.spreadsheetId);
  }
}

export function spreadsheetUrl(spreadsheetId: string): string {
  return `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`;
}

/** Adds a tab at the 0-based `index`; a name defaults to the first free "SheetN". */
export function insertSheetData(
  ws: Workspace,
  book: SpreadsheetData,
  name: string | undefined,
  index: number,
  template?: Sheet,
): Sheet {
  if (name !== undefined && sheetByName(book, name)) throw duplicateSheetName(name);
  let sheetName = name;
  for (let n = book.sheets.length + 1; sheetName === undefined; n++) {
    if (!sheetByName(book, `Sheet${n}`)) sheetName = `Sheet${n}`;
  }
  const sheetId = book.nextSheetId++;
  const templateId = template && (template as unknown as EmulatedSheet).sheetId;
  const source = book.sheets.find((s) => s.sheetId === templateId);
  const sheet = source ? { ...structuredClone(source), sheetId, name: sheetName } : newSheetData(sheetId, sheetName);
  book.sheets.splice(Math.max(0, Math.min(index, book.sheets.length)), 0, sheet);
  return sheetHandle(ws, book.id, sheetId);
}

export function spreadsheetHandle(ws: Workspace, spreadsheetId: string): Spreadsheet {
  return new EmulatedSpreadsheet(ws, spreadsheetId) as unknown as Spreadsheet;
}

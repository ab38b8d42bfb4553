// A protected sheet or range. Protections are recorded, not enforced: an editor the protection leaves out can
// still write in the emulator (PLG Hub's protections are warning-only). Who may edit the spreadsheet at all is
// enforced (see checkSpreadsheetAccess).
// https://developers.google.com/apps-script/reference/spreadsheet/protection
import { baseUser } from '../base-services/user';
import type { Workspace } from '../workspace';
import { spreadsheetData, sheetById, type ProtectionData, checkSpreadsheetAccess } from './model';
import { rangeHandle } from './range';

type ProtectionMethods =
  | 'setDescription'
  | 'getDescription'
  | 'setWarningOnly'
  | 'isWarningOnly'
  | 'getRange'
  | 'remove'
  | 'getProtectionType'
  | 'canEdit'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditors'
  | 'getEditors'
  | 'canDomainEdit'
  | 'setDomainEdit';

type Protection = GoogleAppsScript.Spreadsheet.Protection;

export class EmulatedProtection implements Pick<Protection, ProtectionMethods> {
  constructor(
    private readonly ws: Workspace,
    private readonly spreadsheetId: string,
    private readonly protectionId: number,
  ) {}

  setDescription(description: string): Protection {
    this.call('setDescription').description = String(description);
    return this.self();
  }

  getDescription(): string {
    return this.call('getDescription').description;
  }

  setWarningOnly(warningOnly: boolean): Protection {
    this.call('setWarningOnly').warningOnly = warningOnly;
    return this.self();
  }

  isWarningOnly(): boolean {
    return this.call('isWarningOnly').warningOnly;
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    const data = this.call('getRange');
    const sheet = sheetById(spreadsheetData(this.ws, this.spreadsheetId), data.sheetId);
    const area = data.area ?? { row: 1, column: 1, numRows: sheet.maxRows, numColumns: sheet.maxColumns };
    return rangeHandle(this.ws, this.spreadsheetId, data.sheetId, area);
  }

  remove(): void {
    this.call('remove');
    const book = spreadsheetData(this.ws, this.spreadsheetId);
    book.protections = book.protections.filter((p) => p.protectionId !== this.protectionId);
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return this.call('getProtectionType').type as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
  }

  canEdit(): boolean {
    this.call('canEdit');
    return true;
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): Protection {
    return this.addEditors([emailOf(emailAddress)]);
  }

  addEditors(emailAddresses: string[]): Protection {
    const data = this.call('addEditors');
    for (const email of emailAddresses) if (!data.editors.includes(email)) data.editors.push(email);
    return this.self();
  }

  removeEditors(users: (string | GoogleAppsScript.Base.User)[]): Protection {
    const data = this.call('removeEditors');
    const removed = users.map(emailOf);
    // The owner and the script's user always stay editors of a protection.
    data.editors = data.editors.filter((email) => !removed.includes(email) || email === this.ws.user.email);
    return this.self();
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    const data = this.call('getEditors');
    const owner = this.ws.files[this.spreadsheetId]?.owner ?? this.ws.user.email;
    const editors = [owner, ...data.editors.filter((email) => email !== owner)];
    return editors.map(baseUser);
  }

  canDomainEdit(): boolean {
    return this.call('canDomainEdit').domainEdit;
  }

  setDomainEdit(editable: boolean): Protection {
    this.call('setDomainEdit').domainEdit = editable;
    return this.self();
  }

  private call(method: string): ProtectionData {
    this.ws.meter.call(`SpreadsheetApp.Protection.${method}`);
    checkSpreadsheetAccess(this.ws, this.spreadsheetId, method);
    const book = spreadsheetData(this.ws, this.spreadsheetId);
    const data = book.protections.find((p) => p.protectionId === this.protectionId);
    if (!data) throw new Error(`Protection ${this.protectionId} was removed`);
    return data;
  }

  private self(): Protection {
    return this as unknown as Protection;
  }
}

function emailOf(user: string | GoogleAppsScript.Base.User): string {
  return typeof user === 'string' ? user : user.getEmail();
}

export function protectionHandle(ws: Workspace, spreadsheetId: string, protectionId: number): Protection {
  return new EmulatedProtection(ws, spreadsheetId, protectionId) as unknown as Protection;
}

/** Records a new protection and returns its handle. */
export function addProtection(
  ws: Workspace,
  spreadsheetId: string,
  fields: Pick<ProtectionData, 'type' | 'sheetId' | 'area'>,
): Protection {
  const book = spreadsheetData(ws, spreadsheetId);
  const protectionId = book.nextProtectionId++;
  book.protections.push({
    protectionId,
    description: '',
    warningOnly: false,
    editors: [],
    domainEdit: true,
    ...fields,
  });
  return protectionHandle(ws, spreadsheetId, protectionId);
}

export const ProtectionType = Object.freeze({
  RANGE: 'RANGE',
  SHEET: 'SHEET',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

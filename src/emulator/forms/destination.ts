// Responses landing in a spreadsheet. Linking a form gives the spreadsheet a new tab, "Form Responses 1"
// (then 2, …), whose header row is "Timestamp", "Email Address" when the form collects emails, and one
// column per question; a grid question gets one column per row, titled "Question [Row]".
// https://support.google.com/docs/answer/2917686 (choose where to save form responses). The link is to the tab
// itself: renaming it keeps responses coming to it (the same page: responses go on to the renamed sheet).
import { appendRowToSheet, sheetIdByName, sheetNameById } from '../spreadsheet';
import type { Workspace } from '../workspace';
import { formsState, isQuestion, type FormData, type ItemData, type ResponseData } from './model';

const timestampColumn = 'Timestamp';
const emailColumn = 'Email Address';

export function linkDestination(ws: Workspace, form: FormData, spreadsheetId: string): void {
  const tabs = formsState(ws).destinationTabs;
  tabs[spreadsheetId] = (tabs[spreadsheetId] ?? 0) + 1;
  const sheetName = `Form Responses ${tabs[spreadsheetId]}`;
  const columns = currentColumns(form);
  appendRowToSheet(ws, spreadsheetId, sheetName, columns);
  const sheetId = sheetIdByName(ws, spreadsheetId, sheetName);
  form.destination = { type: 'SPREADSHEET', spreadsheetId, sheetName, sheetId, columns };
  for (const response of form.responses) writeResponse(ws, form, response);
}

/**
 * Appends the response's row. Questions added after linking get columns after the existing ones; the
 * emulator does not rewrite the header row for them.
 */
export function writeResponse(ws: Workspace, form: FormData, response: ResponseData): void {
  const destination = form.destination;
  if (!destination) return;
  for (const column of currentColumns(form)) {
    if (!destination.columns.includes(column)) destination.columns.push(column);
  }
  const cells = cellsByColumn(form, response);
  const row = destination.columns.map((column) => cells.get(column) ?? '');
  appendRowToSheet(ws, destination.spreadsheetId, destinationTabName(ws, destination), row);
}

/** The responses tab's name now: the linked tab under whatever name it has been given since. */
export function destinationTabName(ws: Workspace, destination: NonNullable<FormData['destination']>): string {
  const renamed =
    destination.sheetId === undefined ? undefined : sheetNameById(ws, destination.spreadsheetId, destination.sheetId);
  return renamed ?? destination.sheetName;
}

function currentColumns(form: FormData): string[] {
  const columns = [timestampColumn];
  if (form.settings.emailCollection !== 'DO_NOT_COLLECT') columns.push(emailColumn);
  for (const item of form.items.filter(isQuestion)) columns.push(...questionColumns(item));
  return columns;
}

function questionColumns(item: ItemData): string[] {
  if (item.type === 'GRID') return (item.rows ?? []).map((row) => `${item.title} [${row}]`);
  return [item.title];
}

/** A scale answer is a number in the sheet; ticked checkboxes are joined with ", ". */
function cellsByColumn(form: FormData, response: ResponseData): Map<string, unknown> {
  const cells = new Map<string, unknown>([[timestampColumn, new Date(response.timestamp.getTime())]]);
  if (response.respondentEmail) cells.set(emailColumn, response.respondentEmail);
  for (const { itemId, value } of response.answers) {
    const item = form.items.find((i) => i.id === itemId);
    if (!item) continue;
    if (item.type === 'GRID') {
      (item.rows ?? []).forEach((row, i) => cells.set(`${item.title} [${row}]`, (value as string[])[i] ?? ''));
    } else if (item.type === 'SCALE') {
      cells.set(item.title, Number(value));
    } else {
      cells.set(item.title, Array.isArray(value) ? value.join(', ') : value);
    }
  }
  return cells;
}

// Responses landing in a spreadsheet. Linking a form gives the spreadsheet a new tab, "Form Responses 1"
// (then 2, …), whose header row is "Timestamp", "Email Address" when the form collects emails, and one
// column per question; a grid question gets one column per row, titled "Question [Row]".
// https://support.google.com/docs/answer/2917686 (choose where to save form responses). The link is to the tab
// itself: renaming it keeps responses coming to it (the same page: responses go on to the renamed sheet).
//
// Not confirmed from a primary source, and modeled as Forms is widely seen to behave (README, Known limits): a
// question added after linking gets its column at the end of the header row at once; renaming a question renames
// its column's header, and earlier answers stay under it; a deleted question's column stays, blank from then on;
// a tab name already taken ("Form Responses 2" made by a person) is skipped for the next number.
import { appendRowToSheet, sheetIdByName, sheetNameById, writeCellAsServer } from '../spreadsheet';
import type { Workspace } from '../workspace';
import { formsState, isQuestion, type FormData, type ItemData, type ResponseData } from './model';

const timestampColumn = { key: 'timestamp', title: 'Timestamp' };
const emailColumn = { key: 'email', title: 'Email Address' };

interface Column {
  key: string;
  title: string;
}

export function linkDestination(ws: Workspace, form: FormData, spreadsheetId: string): void {
  const sheetName = freeTabName(ws, spreadsheetId);
  const columns = currentColumns(form);
  appendRowToSheet(
    ws,
    spreadsheetId,
    sheetName,
    columns.map((c) => c.title),
  );
  const sheetId = sheetIdByName(ws, spreadsheetId, sheetName);
  form.destination = {
    type: 'SPREADSHEET',
    spreadsheetId,
    sheetName,
    sheetId,
    columns: columns.map((c) => c.title),
    columnKeys: columns.map((c) => c.key),
  };
  for (const response of form.responses) writeResponse(ws, form, response);
}

/** "Form Responses N", the next number the spreadsheet has not given out, skipping a name a tab already has. */
function freeTabName(ws: Workspace, spreadsheetId: string): string {
  const tabs = formsState(ws).destinationTabs;
  let n = tabs[spreadsheetId] ?? 0;
  let name: string;
  do name = `Form Responses ${++n}`;
  while (sheetIdByName(ws, spreadsheetId, name) !== undefined);
  tabs[spreadsheetId] = n;
  return name;
}

/**
 * Brings the responses tab's header row up to date with the form: a new question's column is added at the end,
 * a renamed question's header renamed in place. Called whenever a question is added or retitled.
 */
export function refreshDestinationHeader(ws: Workspace, form: FormData): void {
  const destination = form.destination;
  if (!destination) return;
  const keys = columnKeysOf(form, destination);
  const tab = destinationTabName(ws, destination);
  for (const column of currentColumns(form)) {
    const at = keys.indexOf(column.key);
    if (at === -1) {
      keys.push(column.key);
      destination.columns.push(column.title);
      writeCellAsServer(ws, destination.spreadsheetId, tab, { row: 1, column: keys.length }, column.title);
    } else if (destination.columns[at] !== column.title) {
      destination.columns[at] = column.title;
      writeCellAsServer(ws, destination.spreadsheetId, tab, { row: 1, column: at + 1 }, column.title);
    }
  }
  destination.columnKeys = keys;
}

/** Appends the response's row, each answer under its question's column. */
export function writeResponse(ws: Workspace, form: FormData, response: ResponseData): void {
  const destination = form.destination;
  if (!destination) return;
  refreshDestinationHeader(ws, form);
  const cells = cellsByKey(form, response);
  const row = columnKeysOf(form, destination).map((key) => cells.get(key) ?? '');
  appendRowToSheet(ws, destination.spreadsheetId, destinationTabName(ws, destination), row);
}

/** The responses tab's name now: the linked tab under whatever name it has been given since. */
export function destinationTabName(ws: Workspace, destination: NonNullable<FormData['destination']>): string {
  const renamed =
    destination.sheetId === undefined ? undefined : sheetNameById(ws, destination.spreadsheetId, destination.sheetId);
  return renamed ?? destination.sheetName;
}

/** The keys of the header's columns; state saved before they were kept is keyed by matching titles. */
function columnKeysOf(form: FormData, destination: NonNullable<FormData['destination']>): string[] {
  if (destination.columnKeys) return destination.columnKeys;
  const byTitle = new Map(currentColumns(form).map((c) => [c.title, c.key]));
  return destination.columns.map((title, i) => byTitle.get(title) ?? `unknown:${i}`);
}

function currentColumns(form: FormData): Column[] {
  const columns = [timestampColumn];
  if (form.settings.emailCollection !== 'DO_NOT_COLLECT') columns.push(emailColumn);
  for (const item of form.items.filter(isQuestion)) columns.push(...questionColumns(item));
  return columns;
}

function questionColumns(item: ItemData): Column[] {
  if (item.type === 'GRID')
    return (item.rows ?? []).map((row, i) => ({ key: `${item.id}/${i}`, title: `${item.title} [${row}]` }));
  return [{ key: String(item.id), title: item.title }];
}

/** A scale answer is a number in the sheet; ticked checkboxes are joined with ", ". */
function cellsByKey(form: FormData, response: ResponseData): Map<string, unknown> {
  const cells = new Map<string, unknown>([[timestampColumn.key, new Date(response.timestamp.getTime())]]);
  if (response.respondentEmail) cells.set(emailColumn.key, response.respondentEmail);
  for (const { itemId, value } of response.answers) {
    const item = form.items.find((i) => i.id === itemId);
    if (!item) continue;
    if (item.type === 'GRID') {
      (item.rows ?? []).forEach((_, i) => cells.set(`${item.id}/${i}`, (value as string[])[i] ?? ''));
    } else if (item.type === 'SCALE') {
      cells.set(String(item.id), Number(value));
    } else {
      cells.set(String(item.id), Array.isArray(value) ? value.join(', ') : value);
    }
  }
  return cells;
}

// Apps Script checks argument types before calling the server and names the types it saw, e.g.
// "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues."
import { appsScriptError } from '../errors';
import { isDate } from './model';

export function signatureMismatch(method: string, args: unknown[]): Error {
  return appsScriptError(
    `The parameters (${args.map(typeName).join(',')}) don't match the method signature for ${method}.`,
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length > 0 ? `${typeName(value[0])}[]` : 'Object[]';
  if (isDate(value)) return 'Date';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'number':
      return 'number';
    case 'undefined':
      return 'undefined';
    default:
      return 'Object';
  }
}

/** A 2-D array, as setValues and its siblings require. */
export function requireGrid(method: string, grid: unknown): unknown[][] {
  if (!Array.isArray(grid) || !grid.every(Array.isArray)) throw signatureMismatch(method, [grid]);
  return grid as unknown[][];
}

// Checking and normalizing an answer to one question, whether a script builds it (item.createResponse)
// or a simulated respondent submits it.
import { appsScriptError } from '../errors';
import { invalidData } from './messages';
import type { AnswerValue, ItemData } from './model';

export function normalizeAnswer(item: ItemData, raw: unknown): AnswerValue {
  switch (item.type) {
    case 'SCALE': {
      const n = Number(raw);
      const inBounds = Number.isInteger(n) && n >= (item.lowerBound ?? 1) && n <= (item.upperBound ?? 5);
      if (!inBounds) throw appsScriptError(invalidData);
      return String(n);
    }
    case 'MULTIPLE_CHOICE':
    case 'LIST':
      return oneOf(item.choices ?? [], raw);
    case 'CHECKBOX': {
      const values = Array.isArray(raw) ? raw : [raw];
      return values.map((v) => oneOf(item.choices ?? [], v));
    }
    case 'GRID':
      return gridAnswer(item, raw);
    default:
      return String(raw);
  }
}

function oneOf(choices: string[], raw: unknown): string {
  const value = String(raw);
  if (!choices.includes(value)) throw appsScriptError(invalidData);
  return value;
}

/** One column per row (null for a row left blank), from an array in row order or a {row: column} map. */
function gridAnswer(item: ItemData, raw: unknown): (string | null)[] {
  const rows = item.rows ?? [];
  const columns = item.columns ?? [];
  const byRow = Array.isArray(raw)
    ? rows.map((_, i) => (raw[i] === null || raw[i] === undefined ? null : String(raw[i])))
    : rows.map((row) => {
        const value = (raw as Record<string, unknown> | null)?.[row];
        return value === null || value === undefined ? null : String(value);
      });
  if (!Array.isArray(raw) && raw && Object.keys(raw).some((row) => !rows.includes(row))) {
    throw appsScriptError(invalidData);
  }
  if (byRow.some((v) => v !== null && !columns.includes(v))) throw appsScriptError(invalidData);
  return byRow;
}

/** Whether a required question has an answer. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => v !== null && v !== '');
  return value !== '';
}

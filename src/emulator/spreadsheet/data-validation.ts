// Data validation rules: SpreadsheetApp.newDataValidation() builds them locally (no server call), and a
// range stores them per cell. A rule that rejects invalid input (setAllowInvalid(false)) makes a script's
// write fail too, with Sheets' "The data you entered in cell … violates the data validation rules" error.
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
import { appsScriptError } from '../errors';
import { signatureMismatch } from './signature';
import { isDate, type CellValue, type ValidationRule } from './model';

type Criteria = GoogleAppsScript.Spreadsheet.DataValidationCriteria;

const criteriaNames = [
  'DATE_AFTER',
  'DATE_BEFORE',
  'DATE_BETWEEN',
  'DATE_EQUAL_TO',
  'DATE_IS_VALID_DATE',
  'DATE_NOT_BETWEEN',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'NUMBER_BETWEEN',
  'NUMBER_EQUAL_TO',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'NUMBER_NOT_BETWEEN',
  'NUMBER_NOT_EQUAL_TO',
  'TEXT_CONTAINS',
  'TEXT_DOES_NOT_CONTAIN',
  'TEXT_EQUAL_TO',
  'TEXT_IS_VALID_EMAIL',
  'TEXT_IS_VALID_URL',
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'CUSTOM_FORMULA',
  'CHECKBOX',
] as const;

/** SpreadsheetApp.DataValidationCriteria: each member is its own name, so rules compare with ===. */
export const DataValidationCriteria = Object.freeze(
  Object.fromEntries(criteriaNames.map((name) => [name, name])),
) as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireNumberBetween'
  | 'requireValueInList'
  | 'requireTextIsEmail'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class DataValidationBuilder implements Pick<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods> {
  private rule: ValidationRule;

  constructor(rule?: ValidationRule) {
    // A new rule allows invalid input (shows a warning) until setAllowInvalid(false).
    this.rule = rule ? copyRule(rule) : { criteria: '', args: [], allowInvalid: true, helpText: '' };
  }

  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.rule.criteria) throw appsScriptError('You must specify a criteria type for the data validation rule.');
    return dataValidation(this.rule);
  }

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asBuilder(new DataValidationBuilder(this.rule));
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyRule(this.rule).args;
  }

  getHelpText(): string | null {
    return this.rule.helpText || null;
  }

  requireCheckbox(
    checkedValue?: unknown,
    uncheckedValue?: unknown,
  ): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    const args = [checkedValue, uncheckedValue].filter((v) => v !== undefined);
    return this.criteria('CHECKBOX', args);
  }

  requireDate(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.criteria('DATE_IS_VALID_DATE', []);
  }

  requireNumberBetween(start: number, end: number): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.criteria('NUMBER_BETWEEN', [start, end]);
  }

  requireValueInList(values: string[], showDropdown = true): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.criteria('VALUE_IN_LIST', [[...values].map(String), showDropdown]);
  }

  requireTextIsEmail(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.criteria('TEXT_IS_VALID_EMAIL', []);
  }

  setAllowInvalid(allowInvalidData: boolean): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule.allowInvalid = allowInvalidData;
    return asBuilder(this);
  }

  setHelpText(helpText: string): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule.helpText = String(helpText);
    return asBuilder(this);
  }

  withCriteria(criteria: Criteria, args: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.criteria(String(criteria), args);
  }

  private criteria(name: string, args: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.rule.criteria = name;
    this.rule.args = copyRule({ ...this.rule, args }).args;
    return asBuilder(this);
  }
}

/** A built rule: a value, read back from the stored copy. */
class DataValidationRule implements Pick<
  GoogleAppsScript.Spreadsheet.DataValidation,
  'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'
> {
  constructor(readonly rule: ValidationRule) {}

  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return asBuilder(new DataValidationBuilder(this.rule));
  }

  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }

  getCriteriaType(): Criteria {
    return this.rule.criteria as unknown as Criteria;
  }

  getCriteriaValues(): unknown[] {
    return copyRule(this.rule).args;
  }

  getHelpText(): string {
    return this.rule.helpText;
  }
}

export function dataValidation(rule: ValidationRule): GoogleAppsScript.Spreadsheet.DataValidation {
  return new DataValidationRule(copyRule(rule)) as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

/** The stored rule behind a DataValidation the add-on passes back; null clears the cell's rule. */
export function ruleOf(validation: unknown, method: string): ValidationRule | undefined {
  if (validation === null) return undefined;
  if (!(validation instanceof DataValidationRule)) throw signatureMismatch(method, [validation]);
  return copyRule(validation.rule);
}

/** Whether writing `value` into a cell with this rule must be refused. Empty cells always pass. */
export function rejects(rule: ValidationRule, value: CellValue): boolean {
  if (rule.allowInvalid || value === '') return false;
  const [first, second] = rule.args;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST':
      return !(first as string[]).includes(isDate(value) ? '' : String(value));
    case 'CHECKBOX':
      return rule.args.length === 0 ? typeof value !== 'boolean' : value !== first && value !== second;
    case 'NUMBER_BETWEEN':
      return typeof value !== 'number' || value < Number(first) || value > Number(second);
    case 'DATE_IS_VALID_DATE':
      return !isDate(value);
    case 'TEXT_IS_VALID_EMAIL':
      return !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
    default:
      return false;
  }
}

export function validationError(cellA1: string): Error {
  return appsScriptError(`The data you entered in cell ${cellA1} violates the data validation rules set on this cell.`);
}

function copyRule(rule: ValidationRule): ValidationRule {
  const copyArg = (arg: unknown): unknown =>
    isDate(arg) ? new Date(arg.getTime()) : Array.isArray(arg) ? arg.map(copyArg) : arg;
  return { ...rule, args: rule.args.map(copyArg) };
}

function asBuilder(builder: DataValidationBuilder): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return builder as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

// Reads the Settings tab: one setting per row ("Setting" | "Value" | "What it means"), found by its label so
// rows may be reordered. Date cells are read in the spreadsheet's own zone (see readRegistry), which is where
// Sheets turned what the admin typed into an instant; without it, in the zone Settings names.
import type { z } from 'zod';
import type { Problem } from '../problems';
import { cellText, explainCellIssue, headerKey, isBlankCell, sheetValue } from './read-tab';
import { settingSpecs, settingsSchema, type SettingSpec, type Settings } from './settings';

export const settingsTabName = 'Settings';
const settingHeader = 'Setting';
const valueHeader = 'Value';

export interface SettingsRead {
  settings?: Settings;
  problems: Problem[];
  /** Sheet row of each setting found, so generated settings (calendar id, folder id) can be written back. */
  rowNumbers: Partial<Record<keyof Settings, number>>;
}

type ZodIssue = z.core.$ZodIssue;

interface FoundSetting {
  spec: SettingSpec;
  raw: unknown;
  rowNumber: number;
}

// zod compiles an object schema on its first parse, which costs more than reading the whole tab: one per zone.
const schemaByZone = new Map<string, ReturnType<typeof settingsSchema>>();

function settingsSchemaIn(timeZone: string): ReturnType<typeof settingsSchema> {
  let schema = schemaByZone.get(timeZone);
  if (!schema) {
    schema = settingsSchema(timeZone);
    schemaByZone.set(timeZone, schema);
  }
  return schema;
}

export function readSettings(values: unknown[][], cellTimeZone?: string): SettingsRead {
  const problems: Problem[] = [];
  const table = Array.isArray(values) ? values : [];
  const headers = (Array.isArray(table[0]) ? table[0] : []).map(headerKey);
  const labelIndex = headers.indexOf(headerKey(settingHeader));
  const valueIndex = headers.indexOf(headerKey(valueHeader));
  for (const [header, index] of [
    [settingHeader, labelIndex],
    [valueHeader, valueIndex],
  ] as const) {
    if (index < 0) problems.push(missingColumn(header));
  }
  if (problems.length > 0) return { problems, rowNumbers: {} };

  const found = findSettings(table, labelIndex, valueIndex, problems);
  const rowNumbers = Object.fromEntries([...found].map(([key, f]) => [key, f.rowNumber]));
  const specByKey = new Map(settingSpecs.map((s) => [s.key, s]));
  const valueOf = (key: string) => found.get(key)?.raw;

  const fallbackZone = String(specByKey.get('timeZone')!.initial);
  const zoneRead = settingsSchemaIn(fallbackZone).shape.timeZone.safeParse(valueOf('timeZone'));
  const problemFor = (spec: SettingSpec, issue: ZodIssue | undefined, timeZone: string) =>
    settingProblem(spec, found.get(spec.key), issue, timeZone);
  if (!zoneRead.success) problems.push(problemFor(specByKey.get('timeZone')!, zoneRead.error.issues[0], fallbackZone));
  // With the zone unreadable, the other settings are still checked (in the default zone) so every fix shows at once.
  const timeZone = zoneRead.success ? zoneRead.data : fallbackZone;

  // Each setting on its own first, so a rule between two settings (the year ends after it starts) is only
  // reported when both could be read.
  const cellZone = cellTimeZone ?? timeZone;
  const schema = settingsSchemaIn(cellZone);
  const fields = schema.shape as Record<string, z.ZodType>;
  for (const spec of settingSpecs) {
    if (spec.key === 'timeZone') continue;
    const field = fields[spec.key]?.safeParse(valueOf(spec.key));
    if (field && !field.success) problems.push(problemFor(spec, field.error.issues[0], cellZone));
  }
  if (problems.some((p) => p.severity === 'error')) return { problems, rowNumbers };

  const parsed = schema.safeParse(Object.fromEntries(settingSpecs.map((s) => [s.key, valueOf(s.key)])));
  if (parsed.success) return { settings: parsed.data, problems, rowNumbers };
  for (const issue of parsed.error.issues) {
    const spec = specByKey.get(String(issue.path[0]));
    problems.push(
      spec ? problemFor(spec, issue, cellZone) : { severity: 'error', tab: settingsTabName, message: issue.message },
    );
  }
  return { problems, rowNumbers };
}

function findSettings(table: unknown[][], labelIndex: number, valueIndex: number, problems: Problem[]) {
  const specByLabel = new Map(
    settingSpecs.flatMap((s) => [[headerKey(s.label), s] as const, [headerKey(s.key), s] as const]),
  );
  const found = new Map<string, FoundSetting>();
  for (let r = 1; r < table.length; r++) {
    const cells = Array.isArray(table[r]) ? table[r]! : [];
    const spec = specByLabel.get(headerKey(cells[labelIndex]));
    if (!spec) continue; // a school's own notes between settings
    const previous = found.get(spec.key);
    if (previous) {
      problems.push({
        severity: 'warning',
        tab: settingsTabName,
        row: r + 1,
        column: settingHeader,
        value: spec.label,
        message: `appears twice — PLG Hub uses row ${previous.rowNumber}; delete this row`,
      });
      continue;
    }
    const value = sheetValue(cells[valueIndex]);
    found.set(spec.key, { spec, raw: isBlankCell(value) ? undefined : value, rowNumber: r + 1 });
  }
  return found;
}

function settingProblem(
  spec: SettingSpec,
  found: FoundSetting | undefined,
  issue: ZodIssue | undefined,
  timeZone: string,
): Problem {
  if (!found) {
    return {
      severity: 'error',
      tab: settingsTabName,
      message: `the setting "${spec.label}" is missing — add a row with "${spec.label}" in the ${settingHeader} column and its value in the ${valueHeader} column (${spec.about})`,
    };
  }
  return {
    severity: 'error',
    tab: settingsTabName,
    row: found.rowNumber,
    column: valueHeader,
    value: cellText(found.raw, timeZone),
    message: `${explainCellIssue(found.raw, issue, spec.about)} (${spec.label})`,
  };
}

function missingColumn(header: string): Problem {
  return {
    severity: 'error',
    tab: settingsTabName,
    row: 1,
    column: header,
    message: `the column "${header}" is missing — add a header cell with exactly that text`,
  };
}

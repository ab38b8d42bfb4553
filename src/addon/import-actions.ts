// Import staff: map the "Staff import" tab's columns to the Staff columns once (the mapping is remembered for
// the next file with the same headers), then import.
import { z } from 'zod';
import { staffImportTab, suggestMapping, type StaffImportMapping } from '../core/registry/import';
import { writeProblems } from '../workspace/registry-io';
import { importStaffRows, readImportSource } from '../workspace/import-staff';
import { button, buttons, card, fact, paragraph, respond, section } from './cards/widgets';
import { guarded } from './guarded';
import { requireRegistry } from './registry-actions';
import { UserFacingError } from '../workspace/user-facing-error';
import { safeJson } from './run-log';
import { withScriptLock } from './script-lock';

const fields: { key: keyof StaffImportMapping; label: string }[] = [
  { key: 'email', label: 'Email' },
  { key: 'name', label: 'Full name' },
  { key: 'firstName', label: 'First name' },
  { key: 'lastName', label: 'Last name' },
  { key: 'role', label: 'Role or job title' },
  { key: 'department', label: 'Department' },
  { key: 'gradeLevels', label: 'Grade levels' },
];

const notInFile = '-1';
const Mapping = z.record(z.string(), z.number().int().min(0));
type FormInputs = Record<string, { stringInputs?: { value?: string[] } }>;
type Event = { commonEventObject?: { formInputs?: FormInputs } };

function mappingKey(headers: readonly string[]): string {
  return `plg.importMapping.${headers.join('|').toLowerCase().slice(0, 200)}`;
}

export const onImportStaff = guarded('Import staff', () => {
  const source = readImportSource(requireRegistry());
  if (!source) {
    return respond(
      `Paste or import your staff list into a tab named "${staffImportTab}" (header row first), then press Import staff again.`,
    );
  }
  const remembered = Mapping.safeParse(
    safeJson(PropertiesService.getScriptProperties().getProperty(mappingKey(source.headers)) ?? ''),
  );
  const mapping: StaffImportMapping = remembered.success ? remembered.data : suggestMapping(source.headers);
  const pickers = fields.map(({ key, label }) => {
    const input = CardService.newSelectionInput()
      .setType(CardService.SelectionInputType.DROPDOWN)
      .setTitle(label)
      .setFieldName(key);
    input.addItem('(not in the file)', notInFile, mapping[key] === undefined);
    source.headers.forEach((header, i) => input.addItem(header || `Column ${i + 1}`, String(i), mapping[key] === i));
    return input;
  });
  return respond(
    'Check which column holds what, then import.',
    card('Import staff', [
      section(undefined, [
        fact('Rows in the file', String(source.table.length - 1)),
        paragraph(
          'PLG Hub adds people who are not on the Staff tab yet. Duplicates and malformed emails are listed, not imported.',
        ),
      ]),
      section('Columns', pickers),
      section(undefined, [buttons(button('Import', 'onConfirmImport', {}, true), button('Back', 'onShowHome'))]),
    ]),
    false,
  );
});

export const onConfirmImport = guarded('Import staff', (event: Event) => {
  const spreadsheet = requireRegistry();
  const source = readImportSource(spreadsheet);
  if (!source) throw new UserFacingError(`The "${staffImportTab}" tab is empty.`);
  const mapping = mappingFrom(event.commonEventObject?.formInputs ?? {}, source.headers.length);
  if (mapping.email === undefined) throw new UserFacingError('Choose the column that holds email addresses.');
  return withScriptLock(() => {
    PropertiesService.getScriptProperties().setProperty(mappingKey(source.headers), JSON.stringify(mapping));
    const result = importStaffRows(spreadsheet, source, mapping);
    writeProblems(spreadsheet, result.problems);
    const already = result.alreadyImported
      ? ` ${result.alreadyImported} already on the Staff tab as this file has them;`
      : '';
    const said = `Imported ${result.add.length} people;${already} ${result.problems.length} rows not imported (listed on the Problems tab).`;
    return respond(
      said,
      card('Import staff', [section(undefined, [paragraph(said), buttons(button('Back', 'onShowHome'))])]),
    );
  });
});

/** Card inputs are untrusted: each must name a column of this file or "not in the file". */
function mappingFrom(inputs: FormInputs, width: number): StaffImportMapping {
  const mapping: StaffImportMapping = {};
  const column = z.coerce
    .number()
    .int()
    .min(-1)
    .max(width - 1);
  for (const { key } of fields) {
    const parsed = column.safeParse(inputs[key]?.stringInputs?.value?.[0]);
    if (parsed.success && parsed.data >= 0) mapping[key] = parsed.data;
  }
  return mapping;
}

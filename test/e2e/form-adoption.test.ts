// Two groups that share a Name (two "Science PLG"s, say) each get their own feedback form — also when Apply is
// stopped right after a form is made and before its id is stored, when the next run finds the form by its Drive
// file name: that name carries a tag of the group's record and registry, never just the title people see.
// (The forms are made by the Forms API's forms.create, all at once, which names each Drive file; the stop comes at
// the next call, the one that would record their ids.)
import { applyButtonText, continueUntilDone } from '../../src/emulator/bench/admin-sync';
import { startSchool } from '../../src/emulator/harness';
import { keepFirstGroups } from '../../src/emulator/sample-school';
import { readSheetValues } from '../../src/emulator/spreadsheet';
import { mimeTypes } from '../../src/emulator/workspace';

jest.setTimeout(120_000);

it('gives two groups of one Name two forms, though Apply stopped right after making them', () => {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 3);
  const groups = s.school.tabs.Groups!;
  groups[1]!.Name = groups[0]!.Name;
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
  const meter = s.ws.meter;
  const call = meter.call.bind(meter);
  let stopped = false;
  meter.call = (kind, ...rest) => {
    call(kind, ...rest);
    if (!stopped && (meter.requests['UrlFetchApp.fetch:forms.forms.create'] ?? 0) > 0) {
      stopped = true;
      meter.inject({ atCall: meter.total + 1, fault: 'timeLimit' });
    }
  };
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  let shown: unknown;
  try {
    shown = s.press(preview, applyButtonText(preview)!);
  } catch {
    shown = undefined;
  }
  meter.call = call;
  expect(stopped).toBe(true);
  const again = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  const apply = applyButtonText(again);
  continueUntilDone(s, apply ? s.press(again, apply) : (shown ?? again));
  const [header, ...rows] = readSheetValues(s.ws, s.spreadsheetId, 'Groups');
  const formOf = (i: number) => String(rows[i]![header!.indexOf('Feedback form')]);
  expect(formOf(0)).not.toBe('');
  expect(formOf(1)).not.toBe('');
  expect(formOf(0)).not.toBe(formOf(1));
  const forms = Object.values(s.ws.files).filter((f) => f.mimeType === mimeTypes.form && !f.trashed);
  expect(forms).toHaveLength(3);
});

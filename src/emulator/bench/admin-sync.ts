// The admin's side of a sync, as a person clicks it: Preview changes, Apply, then Continue while the card
// offers it. Shared by the benchmark and the end-to-end tests so both measure the same clicks.
import { findButtons, notificationText } from '../cards/interact';
import { startSchool, type EmulatedSchool } from '../harness';
import { keepFirstGroups } from '../sample-school';

/** More Continue presses than any school size needs; reaching it means the sync is not converging. */
export const continuePressLimit = 2_000;

export function applyButtonText(shown: unknown): string | undefined {
  return findButtons(shown).find((b) => b.text.startsWith('Apply'))?.text;
}

export function offersContinue(shown: unknown): boolean {
  return findButtons(shown).some((b) => b.text === 'Continue');
}

export function saysNothingToSend(preview: unknown): boolean {
  return /nothing to send/i.test(notificationText(preview) ?? '') && applyButtonText(preview) === undefined;
}

/** Presses Apply on a preview card, then Continue until the card stops offering it. */
export function applyUntilDone(s: EmulatedSchool, preview: unknown): { shown: unknown; presses: number } {
  const apply = applyButtonText(preview);
  if (!apply) return { shown: preview, presses: 0 };
  const { shown, presses } = continueUntilDone(s, s.press(preview, apply));
  return { shown, presses: presses + 1 };
}

/** Presses Continue on a Sync card until the card stops offering it. */
export function continueUntilDone(s: EmulatedSchool, sync: unknown): { shown: unknown; presses: number } {
  let shown = sync;
  let presses = 0;
  while (offersContinue(shown)) {
    if (presses >= continuePressLimit) throw new Error(`Sync still offers Continue after ${presses} presses`);
    shown = s.press(shown, 'Continue');
    presses += 1;
  }
  return { shown, presses };
}

/** From a homepage card: Preview changes, then Apply and Continue until done. */
export function previewAndApply(
  s: EmulatedSchool,
  homepage: unknown,
): { preview: unknown; shown: unknown; presses: number } {
  const preview = s.press(homepage, 'Preview changes');
  return { preview, ...applyUntilDone(s, preview) };
}

/** Set up on a new registry, then the school's rows typed in: the state every sync scenario starts from. */
export function setUpAndFill(s: EmulatedSchool): void {
  s.press(s.open('onSheetsHomepage'), 'Set up');
  s.fillRegistry();
}

/**
 * The small school many end-to-end tests start from: 3 groups of a 30-staff school whose year ends in December,
 * set up, filled and synced to the end (Apply, then Continue while offered).
 */
export function smallSchoolSynced(): EmulatedSchool {
  const s = startSchool({ seed: 5, staff: 30, withFindings: false });
  s.school.settings['School year end'] = '2026-12-18';
  keepFirstGroups(s.school, 3);
  setUpAndFill(s);
  const preview = s.press(s.open('onSheetsHomepage'), 'Preview changes');
  continueUntilDone(s, s.press(preview, applyButtonText(preview)!));
  return s;
}

/** Sets one Settings value as the admin types it into the tab (column B of the row labelled `label`). */
export function setSetting(s: EmulatedSchool, label: string, value: unknown): void {
  const sheets = s.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const settings = sheets.openById(s.spreadsheetId).getSheetByName('Settings')!;
  const row = settings
    .getDataRange()
    .getValues()
    .findIndex((r) => r[0] === label);
  if (row < 0) throw new Error(`Settings has no row "${label}"`);
  settings.getRange(row + 1, 2).setValue(value);
}

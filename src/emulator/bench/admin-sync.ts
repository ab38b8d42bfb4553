// The admin's side of a sync, as a person clicks it: Preview changes, Apply, then Continue while the card
// offers it. Shared by the benchmark and the end-to-end tests so both measure the same clicks.
import { findButtons, notificationText } from '../cards/interact';
import type { EmulatedSchool } from '../harness';

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

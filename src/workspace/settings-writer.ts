// Writes a generated setting (calendar id, folder id) into the Settings tab's Value column, by its label.
import { settingSpecs } from '../core/registry/settings';
import type { SheetTab } from './sheet-tab';

export function setSetting(settingsTab: SheetTab, key: string, value: string): void {
  const label = settingSpecs.find((s) => s.key === key)!.label.toLowerCase();
  const index = settingsTab.values.findIndex((row) => String(row[0]).trim().toLowerCase() === label);
  if (index < 0) {
    settingsTab.append({ Setting: settingSpecs.find((s) => s.key === key)!.label, Value: value });
  } else {
    settingsTab.set(index + 1, 'Value', value);
  }
  settingsTab.flush();
}

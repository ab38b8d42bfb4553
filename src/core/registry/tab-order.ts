// The registry's tabs in the order of an admin's day: Settings once, then the tabs edited most (Staff, Groups,
// Members, Meetings), then what PLG Hub reports back (Problems, Preview, and Form groups' Proposal) and what a
// principal opens (Dashboard, Feedback, PLG hours, Dashboard data), then the tabs filled in now and then
// (Attendance, Closures, Goals) and the protocol library. Tabs a
// school adds, and the private form-response spreadsheet's tabs, are not in this list and keep their place.
export const registryTabOrder: readonly string[] = [
  'Settings',
  'Staff',
  'Groups',
  'Members',
  'Meetings',
  'Problems',
  'Preview',
  'Proposal',
  'Dashboard',
  'Feedback',
  'PLG hours',
  'Dashboard data',
  'Attendance',
  'Closures',
  'Goals',
  'Protocols',
];

/**
 * The 0-based position for a new tab `name` among the spreadsheet's tabs `existing` (in their current order): just
 * after the nearest tab that comes before it in registryTabOrder, else just before the nearest that comes after
 * it, else last. Existing tabs are never moved: a school that arranged its own keeps that arrangement.
 */
export function newTabIndex(existing: readonly string[], name: string): number {
  const rank = registryTabOrder.indexOf(name);
  if (rank < 0) return existing.length;
  const lower = existing.map((t) => t.toLowerCase());
  const position = (tab: string) => lower.indexOf(tab.toLowerCase());
  for (let r = rank - 1; r >= 0; r--) {
    const at = position(registryTabOrder[r]!);
    if (at >= 0) return at + 1;
  }
  for (let r = rank + 1; r < registryTabOrder.length; r++) {
    const at = position(registryTabOrder[r]!);
    if (at >= 0) return at;
  }
  return existing.length;
}

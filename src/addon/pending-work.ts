// Work left for the hourly run, so a long job finishes even if nobody presses Continue: a mark in the registry's
// own state (workspace/registry-state.ts), so one school's pending sync is never another's.
import { RegistryState } from '../workspace/registry-state';
import { syncPendingKey } from '../workspace/sync-slice';

export function markSyncPending(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, pending: boolean): void {
  const state = RegistryState.read(spreadsheet);
  if (pending) state.set(syncPendingKey, '1');
  else state.delete(syncPendingKey);
  state.flush();
}

export function isSyncPending(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return RegistryState.read(spreadsheet).get(syncPendingKey) === '1';
}

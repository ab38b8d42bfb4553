// Work left for the hourly run, so a long job finishes even if nobody presses Continue.
const syncPendingKey = 'syncPending';

export function markSyncPending(pending: boolean): void {
  const properties = PropertiesService.getScriptProperties();
  const now = properties.getProperty(syncPendingKey) === '1';
  if (pending && !now) properties.setProperty(syncPendingKey, '1');
  if (!pending && now) properties.deleteProperty(syncPendingKey);
}

export function isSyncPending(): boolean {
  return PropertiesService.getScriptProperties().getProperty(syncPendingKey) === '1';
}

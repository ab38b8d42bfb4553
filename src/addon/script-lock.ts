// Two syncs never write at once: a second run waits briefly for the first, then is told one is running.
export function withScriptLock<T>(work: () => T): T {
  const lock = LockService.getScriptLock();
  lock.waitLock(10_000);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

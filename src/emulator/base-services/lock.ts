// LockService: mutual exclusion between executions of the add-on. Lock state lives in the workspace, so
// a lock another run holds (see holdScriptLockElsewhere) blocks this one; waiting for it passes the wait
// time on the workspace clock and counts against the run's execution time.
// https://developers.google.com/apps-script/reference/lock/lock
import { appsScriptError, faultMessages } from '../errors';
import type { Workspace } from '../workspace';
import { openDocumentId } from './document-key';

type Holder = 'this-run' | 'elsewhere';
type LockState = Record<string, Holder>;

const scriptLockKey = 'script';

function lockState(ws: Workspace): LockState {
  return ws.slice<LockState>('locks', () => ({}));
}

type Lock = GoogleAppsScript.Lock.Lock;

class EmulatedLock implements Pick<Lock, 'tryLock' | 'waitLock' | 'releaseLock' | 'hasLock'> {
  constructor(
    private readonly ws: Workspace,
    private readonly key: string,
  ) {}

  tryLock(timeoutInMillis: number): boolean {
    this.ws.meter.call('LockService.Lock.tryLock');
    return this.acquire(timeoutInMillis);
  }

  waitLock(timeoutInMillis: number): void {
    this.ws.meter.call('LockService.Lock.waitLock');
    if (!this.acquire(timeoutInMillis)) throw appsScriptError(faultMessages.lockTimeout());
  }

  releaseLock(): void {
    this.ws.meter.call('LockService.Lock.releaseLock');
    const state = lockState(this.ws);
    if (state[this.key] === 'this-run') delete state[this.key];
  }

  hasLock(): boolean {
    this.ws.meter.call('LockService.Lock.hasLock');
    return lockState(this.ws)[this.key] === 'this-run';
  }

  /**
   * A timeout of 0 takes a free lock at once; a negative one fails even on a free lock, and waitLock then throws
   * "Lock timeout" (gas-fakes test/testlock.js "Lock timeout failures", a test that passes on live Apps Script).
   */
  private acquire(timeoutInMillis: number): boolean {
    if (timeoutInMillis < 0) return false;
    const state = lockState(this.ws);
    if (state[this.key] === 'elsewhere') {
      this.ws.clock.nowMs += timeoutInMillis;
      this.ws.meter.executionMs += timeoutInMillis;
      return false;
    }
    state[this.key] = 'this-run';
    return true;
  }
}

class EmulatedLockService implements Pick<
  GoogleAppsScript.Lock.LockService,
  'getScriptLock' | 'getUserLock' | 'getDocumentLock'
> {
  constructor(private readonly ws: Workspace) {}

  getScriptLock(): Lock {
    return this.lock(scriptLockKey);
  }

  getUserLock(): Lock {
    return this.lock(`user:${this.ws.user.email}`);
  }

  /** Null outside a document, as in Apps Script; Google's typings leave the null out. */
  getDocumentLock(): Lock {
    const documentId = openDocumentId(this.ws);
    return (documentId === null ? null : this.lock(`document:${documentId}`)) as Lock;
  }

  private lock(key: string): Lock {
    return new EmulatedLock(this.ws, key) as unknown as Lock;
  }
}

export function createLockService(ws: Workspace): GoogleAppsScript.Lock.LockService {
  return new EmulatedLockService(ws) as unknown as GoogleAppsScript.Lock.LockService;
}

/** Another execution takes the script lock and keeps it until releaseScriptLockElsewhere. */
export function holdScriptLockElsewhere(ws: Workspace): void {
  lockState(ws)[scriptLockKey] = 'elsewhere';
}

export function releaseScriptLockElsewhere(ws: Workspace): void {
  const state = lockState(ws);
  if (state[scriptLockKey] === 'elsewhere') delete state[scriptLockKey];
}

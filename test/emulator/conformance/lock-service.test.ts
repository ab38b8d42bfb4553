// LockService at its edges, each expectation from gas-fakes test/testlock.js "Lock timeout failures", a test
// written to pass on live Apps Script (github.com/brucemcpherson/gas-fakes/blob/main/test/testlock.js).
import { createLockService, holdScriptLockElsewhere } from '../../../src/emulator/base-services/lock';
import { Workspace } from '../../../src/emulator/workspace';

describe('LockService conformance', () => {
  test('tryLock(0) and waitLock(0) take a free lock at once', () => {
    const lock = createLockService(new Workspace()).getScriptLock();
    expect(lock.tryLock(0)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
    lock.waitLock(0);
    expect(lock.hasLock()).toBe(true);
  });

  test('a negative timeout fails even on a free lock: tryLock returns false, waitLock throws "Lock timeout"', () => {
    const lock = createLockService(new Workspace()).getScriptLock();
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
    expect(() => lock.waitLock(-100)).toThrow(/Lock timeout/);
    expect(lock.hasLock()).toBe(false);
  });

  // testlock.js "Basic Lock operations": "tryLock should return true if lock is already held".
  test('tryLock by the run that holds the lock succeeds again', () => {
    const lock = createLockService(new Workspace()).getScriptLock();
    expect(lock.tryLock(10_000)).toBe(true);
    expect(lock.tryLock(10_000)).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('a negative timeout on a lock held elsewhere fails at once, never moving the clock backwards', () => {
    const ws = new Workspace();
    const lock = createLockService(ws).getScriptLock();
    holdScriptLockElsewhere(ws);
    const elapsed = (work: () => void) => {
      const before = ws.clock.nowMs;
      work();
      return ws.clock.nowMs - before;
    };
    const immediate = elapsed(() => expect(lock.tryLock(0)).toBe(false));
    expect(immediate).toBeGreaterThanOrEqual(0);
    expect(elapsed(() => expect(lock.tryLock(-5_000)).toBe(false))).toBe(immediate);
    expect(elapsed(() => expect(lock.tryLock(2_000)).toBe(false))).toBe(immediate + 2_000);
  });
});

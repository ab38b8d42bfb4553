import { createCacheService } from '../../src/emulator/base-services/cache';
import {
  createLockService,
  holdScriptLockElsewhere,
  releaseScriptLockElsewhere,
} from '../../src/emulator/base-services/lock';
import { createLogger, loggedLines } from '../../src/emulator/base-services/logger';
import { createMailApp, sentEmails } from '../../src/emulator/base-services/mail';
import { createPropertiesService } from '../../src/emulator/base-services/properties';
import { createScriptApp, listTriggers } from '../../src/emulator/base-services/script-app';
import { createSession } from '../../src/emulator/base-services/session';
import { createUtilities } from '../../src/emulator/base-services/utilities';
import { createSpreadsheetApp, setActiveSpreadsheet } from '../../src/emulator/spreadsheet';
import { Workspace } from '../../src/emulator/workspace';

const newWorkspace = () => new Workspace({ now: new Date('2026-08-24T12:00:00Z') });

describe('PropertiesService', () => {
  test('stores strings per scope and survives save/load', () => {
    const ws = newWorkspace();
    const props = createPropertiesService(ws);
    props.getScriptProperties().setProperty('count', 3 as unknown as string);
    props.getUserProperties().setProperties({ a: '1', b: '2' });
    expect(props.getScriptProperties().getProperty('count')).toBe('3');
    expect(props.getScriptProperties().getProperty('missing')).toBeNull();
    props.getUserProperties().setProperties({ c: '3' }, true);
    expect(props.getUserProperties().getKeys()).toEqual(['c']);
    const loaded = createPropertiesService(Workspace.load(ws.save()));
    expect(loaded.getScriptProperties().getProperties()).toEqual({ count: '3' });
    ws.user = { ...ws.user, email: 'other@school.example' };
    expect(props.getUserProperties().getKeys()).toEqual([]);
  });

  test('enforces the 9 KB value and 500 KB store limits, changing nothing on failure', () => {
    const ws = newWorkspace();
    const store = createPropertiesService(ws).getScriptProperties();
    expect(() => store.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    const chunk = 'x'.repeat(9000);
    for (let i = 0; i < 56; i++) store.setProperty(`k${i}`, chunk);
    expect(() => store.setProperty('one-more', chunk)).toThrow(
      'You have exceeded the property storage quota. Please remove some properties and try again.',
    );
    expect(store.getKeys()).toHaveLength(56);
  });

  test('document properties exist only while a document is open', () => {
    const ws = newWorkspace();
    const props = createPropertiesService(ws);
    expect(props.getDocumentProperties()).toBeNull();
    const ss = createSpreadsheetApp(ws).create('Hub');
    setActiveSpreadsheet(ws, ss.getId());
    props.getDocumentProperties().setProperty('hub', 'yes');
    expect(props.getDocumentProperties().getProperty('hub')).toBe('yes');
  });

  test('reads and writes spend the properties quota', () => {
    const ws = newWorkspace();
    const before = ws.meter.quotaRemaining('propertiesReadWrite');
    createPropertiesService(ws).getScriptProperties().getProperty('x');
    expect(ws.meter.quotaRemaining('propertiesReadWrite')).toBe(before - 1);
  });
});

describe('CacheService', () => {
  test('entries expire on the workspace clock', () => {
    const ws = newWorkspace();
    const cache = createCacheService(ws).getScriptCache();
    cache.put('a', '1', 60);
    cache.putAll({ b: '2', c: '3' });
    expect(cache.getAll(['a', 'b', 'zzz'])).toEqual({ a: '1', b: '2' });
    ws.clock.nowMs += 61_000;
    expect(cache.get('a')).toBeNull();
    expect(cache.get('b')).toBe('2');
    cache.remove('b');
    expect(cache.get('b')).toBeNull();
    ws.clock.nowMs += 600_000;
    expect(cache.get('c')).toBeNull();
  });
});

describe('LockService', () => {
  test('a lock held by another run times out after the wait, advancing the clock', () => {
    const ws = newWorkspace();
    const locks = createLockService(ws);
    holdScriptLockElsewhere(ws);
    const start = ws.clock.nowMs;
    expect(locks.getScriptLock().tryLock(5000)).toBe(false);
    expect(ws.clock.nowMs - start).toBeGreaterThanOrEqual(5000);
    expect(() => locks.getScriptLock().waitLock(10_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
    releaseScriptLockElsewhere(ws);
    const lock = locks.getScriptLock();
    expect(lock.tryLock(1000)).toBe(true);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  test('the user lock is separate from the script lock', () => {
    const ws = newWorkspace();
    holdScriptLockElsewhere(ws);
    expect(createLockService(ws).getUserLock().tryLock(0)).toBe(true);
  });
});

describe('Utilities', () => {
  test('formatDate follows SimpleDateFormat in the given zone', () => {
    const utilities = createUtilities(newWorkspace());
    const date = new Date('2026-09-01T19:05:09Z');
    expect(utilities.formatDate(date, 'America/New_York', 'yyyy-MM-dd HH:mm:ss')).toBe('2026-09-01 15:05:09');
    expect(utilities.formatDate(date, 'America/New_York', "EEEE, MMMM d 'at' h:mm a z")).toBe(
      'Tuesday, September 1 at 3:05 PM EDT',
    );
    expect(utilities.formatDate(date, 'Asia/Tokyo', "EEE MMM dd yy Z ''")).toBe("Wed Sep 02 26 +0900 '");
    expect(utilities.formatDate(date, 'UTC', "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe('2026-09-01T19:05:09Z');
  });

  test('sleep advances the clock; uuids are distinct; base64 round trips', () => {
    const ws = newWorkspace();
    const utilities = createUtilities(ws);
    const start = ws.clock.nowMs;
    utilities.sleep(1500);
    expect(ws.clock.nowMs - start).toBeGreaterThanOrEqual(1500);
    const first = utilities.getUuid();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utilities.getUuid()).not.toBe(first);
    const encoded = utilities.base64Encode('héllo');
    expect(encoded).toBe(Buffer.from('héllo').toString('base64'));
    const bytes = utilities.base64Decode(encoded);
    expect(bytes).toContain(-61); // é in UTF-8 starts with 0xC3, a negative Java byte
    const blob = utilities.newBlob(bytes, 'text/plain', 'note.txt');
    expect([blob.getDataAsString(), blob.getName(), blob.getContentType()]).toEqual([
      'héllo',
      'note.txt',
      'text/plain',
    ]);
  });
});

describe('Utilities.computeHmacSha256Signature', () => {
  // RFC 4231 (HMAC-SHA-256 test vectors), https://www.rfc-editor.org/rfc/rfc4231#section-4
  const javaBytes = (hex: string) => Array.from(Buffer.from(hex, 'hex'), (b) => (b > 127 ? b - 256 : b));

  test('matches RFC 4231 for string and byte-array keys, as signed Java bytes', () => {
    const utilities = createUtilities(newWorkspace());
    const case1 = utilities.computeHmacSha256Signature(
      Array.from(Buffer.from('Hi There')),
      new Array<number>(20).fill(0x0b),
    );
    expect(case1).toEqual(javaBytes('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'));
    const case2 = utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    expect(case2).toEqual(javaBytes('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'));
    // 0xaa and 0xdd arrive as Java's negative bytes -86 and -35.
    const case3 = utilities.computeHmacSha256Signature(
      new Array<number>(50).fill(-35),
      new Array<number>(20).fill(-86),
    );
    expect(case3).toEqual(javaBytes('773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe'));
    expect(case3.every((b) => b >= -128 && b <= 127)).toBe(true);
    expect(case3.some((b) => b < 0)).toBe(true);
  });

  test('the signature base64-encodes (web-safe too) to the digest, and a charset changes the bytes signed', () => {
    const utilities = createUtilities(newWorkspace());
    const signature = utilities.computeHmacSha256Signature('what do ya want for nothing?', 'Jefe');
    const digest = Buffer.from('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843', 'hex');
    expect(utilities.base64Encode(signature)).toBe(digest.toString('base64'));
    expect(utilities.base64EncodeWebSafe(signature)).toBe(
      digest.toString('base64').replace(/\+/g, '-').replace(/\//g, '_'),
    );
    const utf8 = utilities.computeHmacSha256Signature('é', 'k', utilities.Charset.UTF_8);
    expect(utf8).toEqual(utilities.computeHmacSha256Signature('é', 'k'));
    expect(utilities.computeHmacSha256Signature('é', 'k', utilities.Charset.US_ASCII)).not.toEqual(utf8);
  });

  test('a string value with a byte-array key fits no overload', () => {
    const utilities = createUtilities(newWorkspace());
    const call = () => utilities.computeHmacSha256Signature('value' as unknown as number[], [1, 2, 3]);
    expect(call).toThrow(
      "The parameters (String,number[]) don't match the method signature for Utilities.computeHmacSha256Signature.",
    );
  });
});

describe('Session', () => {
  test('reports the workspace user and time zone', () => {
    const ws = newWorkspace();
    const session = createSession(ws);
    expect(session.getActiveUser().getEmail()).toBe('admin@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe('admin@school.example');
    expect(session.getScriptTimeZone()).toBe('America/New_York');
    const key = session.getTemporaryActiveUserKey();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});

describe('ScriptApp', () => {
  test('hourly triggers install; sub-hourly ones are refused for an add-on', () => {
    const ws = newWorkspace();
    const scriptApp = createScriptApp(ws);
    const trigger = scriptApp.newTrigger('sendReminders').timeBased().everyHours(1).create();
    expect(trigger.getHandlerFunction()).toBe('sendReminders');
    expect(() => scriptApp.newTrigger('poll').timeBased().everyMinutes(30).create()).toThrow(
      'The recurrence interval for an Add-on trigger must be at least one hour.',
    );
    scriptApp.newTrigger('daily').timeBased().everyDays(1).atHour(7).create();
    expect(scriptApp.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['sendReminders', 'daily']);
    expect(listTriggers(ws)[1]).toMatchObject({ everyMs: 86_400_000, atHour: 7 });
    scriptApp.deleteTrigger(trigger);
    expect(scriptApp.getProjectTriggers()).toHaveLength(1);
    expect(String(scriptApp.getProjectTriggers()[0]!.getEventType())).toBe(String(scriptApp.EventType.CLOCK));
  });

  test('a user may hold at most 20 triggers', () => {
    const scriptApp = createScriptApp(newWorkspace());
    for (let i = 0; i < 20; i++) scriptApp.newTrigger(`f${i}`).timeBased().after(1000).create();
    expect(() => scriptApp.newTrigger('one-more').timeBased().after(1000).create()).toThrow(
      'This script has too many triggers.',
    );
  });
});

describe('MailApp', () => {
  test('records mail in the outbox and spends one quota unit per recipient', () => {
    const ws = newWorkspace();
    const mail = createMailApp(ws);
    const before = mail.getRemainingDailyQuota();
    mail.sendEmail('a@school.example', 'Hello', 'Body text');
    mail.sendEmail({ to: 'b@school.example, c@school.example', subject: 'Hi', htmlBody: '<b>x</b>', body: '' });
    expect(mail.getRemainingDailyQuota()).toBe(before - 3);
    expect(sentEmails(ws).map((m) => [m.to, m.subject])).toEqual([
      [['a@school.example'], 'Hello'],
      [['b@school.example', 'c@school.example'], 'Hi'],
    ]);
    expect(sentEmails(ws)[1]!.htmlBody).toBe('<b>x</b>');
    expect(() => mail.sendEmail('not-an-address', 's', 'b')).toThrow('Invalid email: not-an-address');
  });
});

describe('Logger', () => {
  test('records lines with %s substitution', () => {
    const ws = newWorkspace();
    const logger = createLogger(ws);
    logger.log('Created %s groups in %s', 4, 'Hub');
    logger.log({ ok: true });
    expect(loggedLines(ws)).toEqual(['Created 4 groups in Hub', '{"ok":true}']);
  });
});

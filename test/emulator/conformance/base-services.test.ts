// PropertiesService, Session, MailApp, ScriptApp and Utilities as PLG Hub uses them, each expectation from
// Google's reference page (cited per test) or from gas-fakes tests written to pass on live Apps Script
// (github.com/brucemcpherson/gas-fakes, test/testsession.js and test/testutilities.js). Utilities.formatDate is
// pinned separately by test/emulator/format-date.test.ts.
import { createMailApp, sentEmails } from '../../../src/emulator/base-services/mail';
import { createPropertiesService } from '../../../src/emulator/base-services/properties';
import { createScriptApp } from '../../../src/emulator/base-services/script-app';
import { createSession } from '../../../src/emulator/base-services/session';
import { createUtilities } from '../../../src/emulator/base-services/utilities';
import { Workspace } from '../../../src/emulator/workspace';

const newWorkspace = () => new Workspace({ now: new Date('2026-08-24T12:00:00Z') });

describe('PropertiesService conformance', () => {
  // Properties.getProperty: "Returns String — the value of the property, or null if not found".
  // https://developers.google.com/apps-script/reference/properties/properties#getProperty(String)
  test('getProperty of a key never set is null, in the script and the user store', () => {
    const props = createPropertiesService(newWorkspace());
    expect(props.getScriptProperties().getProperty('lastSync')).toBeNull();
    expect(props.getUserProperties().getProperty('lastSync')).toBeNull();
  });

  // "The Properties service stores all data as strings in key-value pairs. Data types that are not already
  // strings are automatically converted to strings." https://developers.google.com/apps-script/guides/properties
  test('numbers and booleans come back as their strings, from getProperty and getProperties', () => {
    const store = createPropertiesService(newWorkspace()).getScriptProperties();
    store.setProperty('weeks', 5 as unknown as string);
    store.setProperties({ hourly: true as unknown as string });
    expect(store.getProperty('weeks')).toBe('5');
    expect(store.getProperties()).toEqual({ weeks: '5', hourly: 'true' });
    expect(store.getKeys().sort()).toEqual(['hourly', 'weeks']);
  });

  // Quotas for Google Services, "Properties value size: 9 kB / val" and "Properties total storage: 500 kB /
  // property store". https://developers.google.com/apps-script/guides/services/quotas#current_limitations
  // Whether "kB" is 1000 or 1024 bytes is not stated, so these sizes sit clear of both readings.
  test('a 9,000-byte value is stored; one over 9 KiB is refused and the old value kept', () => {
    const store = createPropertiesService(newWorkspace()).getUserProperties();
    store.setProperty('roster', 'x'.repeat(9000));
    expect(store.getProperty('roster')).toHaveLength(9000);
    expect(() => store.setProperty('roster', 'y'.repeat(9 * 1024 + 1))).toThrow();
    expect(store.getProperty('roster')).toHaveLength(9000);
  });

  test('a store may hold about 490,000 bytes but not 540,000, and a refused write changes nothing', () => {
    const store = createPropertiesService(newWorkspace()).getScriptProperties();
    for (let i = 0; i < 55; i++) store.setProperty(`k${String(i).padStart(2, '0')}`, 'v'.repeat(8900));
    expect(store.getKeys()).toHaveLength(55);
    const more: Record<string, string> = {};
    for (let i = 55; i < 60; i++) more[`k${i}`] = 'v'.repeat(9000);
    expect(() => store.setProperties(more)).toThrow();
    expect(store.getKeys()).toHaveLength(55);
  });
});

describe('Session conformance', () => {
  // gas-fakes test/testsession.js "session properties": getActiveUser().toString() is the email, and
  // getActiveUser/getEffectiveUser give the signed-in address.
  test('the active and effective user are the person running the add-on, and print as their email', () => {
    const ws = newWorkspace();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    const session = createSession(ws);
    expect(String(session.getActiveUser())).toBe('teacher@school.example');
    expect(session.getActiveUser().getEmail()).toBe('teacher@school.example');
    expect(session.getEffectiveUser().getEmail()).toBe('teacher@school.example');
  });

  // Session.getScriptTimeZone: "Gets the time zone of the script" — the manifest's timeZone, whoever runs it.
  // https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
  test('getScriptTimeZone is the script’s zone, not the signed-in user’s', () => {
    const ws = newWorkspace();
    const zone = createSession(ws).getScriptTimeZone();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    expect(createSession(ws).getScriptTimeZone()).toBe(zone);
    expect(zone).toBe(ws.scriptTimeZone);
  });
});

describe('MailApp conformance', () => {
  // MailApp.getRemainingDailyQuota: "Returns the number of remaining emails a user can send for the rest of the
  // day. Quotas are based on the number of email recipients."
  // https://developers.google.com/apps-script/reference/mail/mail-app#getRemainingDailyQuota()
  test('one message to two people, one cc and one bcc spends four recipients of the quota', () => {
    const ws = newWorkspace();
    const mail = createMailApp(ws);
    const before = mail.getRemainingDailyQuota();
    expect(Number.isInteger(before)).toBe(true);
    mail.sendEmail('a@school.example,b@school.example', 'Agenda', 'Body', {
      cc: 'c@school.example',
      bcc: 'd@school.example',
    });
    expect(mail.getRemainingDailyQuota()).toBe(before - 4);
    expect(sentEmails(ws)[0]!.bcc).toEqual(['d@school.example']);
  });

  // Quotas for Google Services, "Email recipients per message: 50 / msg".
  // https://developers.google.com/apps-script/guides/services/quotas#current_limitations
  test('a message to 50 recipients goes; 51, counting bcc, is refused and spends nothing', () => {
    const mail = createMailApp(newWorkspace());
    const addresses = (n: number) => Array.from({ length: n }, (_, i) => `t${i}@school.example`).join(',');
    mail.sendEmail(addresses(50), 'Fifty', 'Body');
    const left = mail.getRemainingDailyQuota();
    expect(() => mail.sendEmail(addresses(50), 'Fifty-one', 'Body', { bcc: 'extra@school.example' })).toThrow();
    expect(mail.getRemainingDailyQuota()).toBe(left);
  });
});

describe('ScriptApp conformance', () => {
  // "Add-ons can use time-driven triggers at most once per hour"; getProjectTriggers "Gets all installable
  // triggers associated with the current project and current user".
  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers
  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
  test('everyHours(1) installs for the current user only; every 30 minutes is refused', () => {
    const ws = newWorkspace();
    const scriptApp = createScriptApp(ws);
    expect(scriptApp.getProjectTriggers()).toEqual([]);
    scriptApp.newTrigger('hourlyRun').timeBased().everyHours(1).create();
    expect(scriptApp.getProjectTriggers().map((trigger) => trigger.getHandlerFunction())).toEqual(['hourlyRun']);
    expect(() => scriptApp.newTrigger('poll').timeBased().everyMinutes(30).create()).toThrow();
    ws.user = { ...ws.user, email: 'teacher@school.example' };
    expect(createScriptApp(ws).getProjectTriggers()).toEqual([]);
  });
});

describe('Utilities conformance', () => {
  // Utilities.getUuid: "Get a UUID as a string (equivalent to using the java.util.UUID.randomUUID() method)",
  // which is a version-4, RFC 4122-variant UUID printed in lower-case hex.
  // https://developers.google.com/apps-script/reference/utilities/utilities#getUuid()
  test('getUuid gives distinct lower-case version-4 UUIDs', () => {
    const utilities = createUtilities(newWorkspace());
    const uuids = Array.from({ length: 20 }, () => utilities.getUuid());
    for (const uuid of uuids)
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(uuids).size).toBe(20);
  });

  // gas-fakes test/testutilities.js "utilities base64 encoding": the bytes of a blob and its string encode the
  // same, and a string with "+/=" survives a web-safe round trip and a plain decode of the web-safe text.
  test('base64 of a string and of its bytes agree, and web-safe text round-trips through both decoders', () => {
    const utilities = createUtilities(newWorkspace());
    const text = 'Week 3 agenda — “Reading” + writing/plans =';
    const bytes = utilities.newBlob(text).getBytes();
    expect(utilities.base64Encode(bytes)).toBe(utilities.base64Encode(text));
    expect(utilities.base64EncodeWebSafe(bytes)).toBe(utilities.base64EncodeWebSafe(text));
    const webSafe = utilities.base64EncodeWebSafe(`${text}+/=`);
    expect(webSafe).not.toMatch(/[+/]/);
    expect(utilities.newBlob(utilities.base64DecodeWebSafe(webSafe)).getDataAsString()).toBe(`${text}+/=`);
    expect(utilities.newBlob(utilities.base64Decode(webSafe)).getDataAsString()).toBe(`${text}+/=`);
  });

  // Utilities.sleep: "Sleeps for specified number of milliseconds … The maximum allowed value is 300000 (or 5
  // minutes)." https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer)
  test('sleep passes the time asked for, up to five minutes; longer is refused', () => {
    const ws = newWorkspace();
    const utilities = createUtilities(ws);
    const before = ws.clock.nowMs;
    utilities.sleep(300_000);
    expect(ws.clock.nowMs - before).toBeGreaterThanOrEqual(300_000);
    expect(() => utilities.sleep(300_001)).toThrow();
  });
});

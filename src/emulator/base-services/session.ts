// Session: who is running the add-on, from the workspace's signed-in user, and the script's own time zone.
// https://developers.google.com/apps-script/reference/base/session
import { createHash } from 'node:crypto';
import type { Workspace } from '../workspace';
import { baseUser } from './user';

type SessionMethods =
  'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getTemporaryActiveUserKey' | 'getActiveUserLocale';

class EmulatedSession implements Pick<GoogleAppsScript.Base.Session, SessionMethods> {
  constructor(private readonly ws: Workspace) {}

  getActiveUser(): GoogleAppsScript.Base.User {
    this.ws.meter.call('Session.getActiveUser');
    return userHandle(this.ws.user.email);
  }

  /** An add-on runs as the user who uses it, so the effective user is the active user. */
  getEffectiveUser(): GoogleAppsScript.Base.User {
    this.ws.meter.call('Session.getEffectiveUser');
    return userHandle(this.ws.user.email);
  }

  /**
   * "Gets the time zone of the script": the project's, set by the manifest's "timeZone" field ("The script time
   * zone in one of the available ZoneId values"), not the signed-in user's nor the open spreadsheet's. An add-on
   * has one manifest for every school that installs it, so this is the same zone everywhere.
   * https://developers.google.com/apps-script/reference/base/session#getScriptTimeZone()
   * https://developers.google.com/apps-script/manifest
   */
  getScriptTimeZone(): string {
    this.ws.meter.call('Session.getScriptTimeZone');
    return this.ws.scriptTimeZone;
  }

  /** An opaque key, stable for one user of this script, that does not reveal the email. */
  getTemporaryActiveUserKey(): string {
    this.ws.meter.call('Session.getTemporaryActiveUserKey');
    return createHash('sha256').update(`user-key:${this.ws.user.email}`).digest('base64url').slice(0, 43);
  }

  getActiveUserLocale(): string {
    this.ws.meter.call('Session.getActiveUserLocale');
    return 'en';
  }
}

function userHandle(email: string): GoogleAppsScript.Base.User {
  return baseUser(email);
}

export function createSession(ws: Workspace): GoogleAppsScript.Base.Session {
  return new EmulatedSession(ws) as unknown as GoogleAppsScript.Base.Session;
}

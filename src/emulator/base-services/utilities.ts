// Utilities: date formatting, sleeping, UUIDs, base64 and blobs. None of these reach Google's servers
// except sleep, which spends the run's time. https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash } from 'node:crypto';
import { appsScriptError } from '../errors';
import { isDate } from '../spreadsheet/model';
import type { Workspace } from '../workspace';
import { EmulatedBlob, toBuffer, toSignedBytes } from './blob';
import { formatSimpleDate } from './simple-date-format';
import { isValidTimeZone } from './zoned-time';

type UtilitiesMethods =
  | 'formatDate'
  | 'sleep'
  | 'getUuid'
  | 'base64Encode'
  | 'base64Decode'
  | 'base64EncodeWebSafe'
  | 'base64DecodeWebSafe'
  | 'newBlob'
  | 'Charset';

/** Utilities.sleep accepts at most five minutes. */
const maxSleepMs = 5 * 60 * 1000;

class EmulatedUtilities implements Pick<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  readonly Charset = Object.freeze({
    US_ASCII: 'US_ASCII',
    UTF_8: 'UTF_8',
  }) as unknown as typeof GoogleAppsScript.Utilities.Charset;

  constructor(private readonly ws: Workspace) {}

  formatDate(date: Date, timeZone: string, format: string): string {
    this.ws.meter.call('Utilities.formatDate');
    if (!isDate(date) || Number.isNaN(date.getTime())) throw appsScriptError('Invalid argument: date');
    if (!isValidTimeZone(timeZone)) throw appsScriptError(`Invalid argument: ${timeZone}`);
    return formatSimpleDate(date, timeZone, format);
  }

  /** Passes the time on the workspace clock; it counts against the run's execution time. */
  sleep(milliseconds: number): void {
    this.ws.meter.call('Utilities.sleep');
    if (milliseconds > maxSleepMs) throw appsScriptError('Invalid argument: milliseconds');
    this.ws.clock.nowMs += milliseconds;
    this.ws.meter.executionMs += milliseconds;
  }

  /** A version-4-shaped UUID, derived from a workspace counter so runs replay identically. */
  getUuid(): string {
    this.ws.meter.call('Utilities.getUuid');
    const state = this.ws.slice('utilities', () => ({ uuidsIssued: 0 }));
    state.uuidsIssued += 1;
    const hex = createHash('sha1').update(`uuid:${state.uuidsIssued}`).digest('hex');
    const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ws.meter.call('Utilities.base64Encode');
    return toBuffer(data, charsetName(charset)).toString('base64');
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    this.ws.meter.call('Utilities.base64EncodeWebSafe');
    return toBuffer(data, charsetName(charset)).toString('base64').replace(/\+/g, '-').replace(/\//g, '_');
  }

  base64Decode(encoded: string): number[] {
    this.ws.meter.call('Utilities.base64Decode');
    return toSignedBytes(Buffer.from(encoded, 'base64'));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    this.ws.meter.call('Utilities.base64DecodeWebSafe');
    return toSignedBytes(Buffer.from(encoded, 'base64url'));
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.ws.meter.call('Utilities.newBlob');
    return new EmulatedBlob(toBuffer(data), contentType ?? null, name ?? null) as unknown as GoogleAppsScript.Base.Blob;
  }
}

function charsetName(charset: GoogleAppsScript.Utilities.Charset | undefined): string | undefined {
  return charset === undefined ? undefined : String(charset);
}

export function createUtilities(ws: Workspace): GoogleAppsScript.Utilities.Utilities {
  return new EmulatedUtilities(ws) as unknown as GoogleAppsScript.Utilities.Utilities;
}

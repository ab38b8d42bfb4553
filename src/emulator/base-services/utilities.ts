// Utilities: date formatting, sleeping, UUIDs, base64, HMAC signatures and blobs. None of these reach Google's servers
// except sleep, which spends the run's time. https://developers.google.com/apps-script/reference/utilities/utilities
import { createHash, createHmac } from 'node:crypto';
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
  | 'computeHmacSha256Signature'
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

  /** Passes the time on the workspace clock; it counts against the run's execution time and modeled time. */
  sleep(milliseconds: number): void {
    this.ws.meter.call('Utilities.sleep');
    if (milliseconds > maxSleepMs) throw appsScriptError('Invalid argument: milliseconds');
    this.ws.meter.spend(milliseconds);
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

  /**
   * HMAC-SHA256 of `value` under `key`, as Java bytes (-128..127), ready for base64Encode/base64EncodeWebSafe.
   * Overloads: (String, String), (String, String, Charset) — both strings encoded in the charset, UTF-8 by
   * default — and (Byte[], Byte[]); a string with a byte array fits none of them and throws Apps Script's
   * signature error.
   * https://developers.google.com/apps-script/reference/utilities/utilities#computeHmacSha256Signature(String,String,Charset)
   */
  computeHmacSha256Signature(
    value: string | number[],
    key: string | number[],
    charset?: GoogleAppsScript.Utilities.Charset,
  ): number[] {
    this.ws.meter.call('Utilities.computeHmacSha256Signature');
    const bothStrings = typeof value === 'string' && typeof key === 'string';
    const bothBytes = Array.isArray(value) && Array.isArray(key) && charset === undefined;
    if (!bothStrings && !bothBytes) {
      const types = [value, key, ...(charset === undefined ? [] : [charset])].map(javaTypeName);
      throw appsScriptError(
        `The parameters (${types.join(',')}) don't match the method signature for Utilities.computeHmacSha256Signature.`,
      );
    }
    const name = charsetName(charset);
    return toSignedBytes(createHmac('sha256', toBuffer(key, name)).update(toBuffer(value, name)).digest());
  }

  newBlob(data: string | number[], contentType?: string, name?: string): GoogleAppsScript.Base.Blob {
    this.ws.meter.call('Utilities.newBlob');
    return new EmulatedBlob(toBuffer(data), contentType ?? null, name ?? null) as unknown as GoogleAppsScript.Base.Blob;
  }
}

/** How Apps Script names an argument's type in its signature error. */
function javaTypeName(argument: unknown): string {
  if (typeof argument === 'string') return 'String';
  if (Array.isArray(argument)) return 'number[]';
  if (typeof argument === 'number') return 'number';
  return argument === null ? 'null' : typeof argument === 'object' ? 'Object' : String(typeof argument);
}

function charsetName(charset: GoogleAppsScript.Utilities.Charset | undefined): string | undefined {
  return charset === undefined ? undefined : String(charset);
}

export function createUtilities(ws: Workspace): GoogleAppsScript.Utilities.Utilities {
  return new EmulatedUtilities(ws) as unknown as GoogleAppsScript.Utilities.Utilities;
}

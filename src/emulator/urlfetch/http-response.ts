// HTTPResponse, as UrlFetchApp returns it (https://developers.google.com/apps-script/reference/url-fetch/http-response).
import { EmulatedBlob } from '../base-services/blob';
import type { RestResponse } from './rest-endpoint';

type Members = 'getAllHeaders' | 'getHeaders' | 'getResponseCode' | 'getContentText' | 'getContent' | 'getBlob';

export class EmulatedHttpResponse implements Pick<GoogleAppsScript.URL_Fetch.HTTPResponse, Members> {
  constructor(private readonly response: RestResponse) {}

  getResponseCode(): number {
    return this.response.status;
  }

  /** "Returns an attribute/value map of headers for the HTTP response." */
  getHeaders(): Record<string, string> {
    return { 'Content-Type': 'application/json; charset=UTF-8', ...this.response.headers };
  }

  /** The same map; a header sent several times would be an array here (Google's APIs send none twice). */
  getAllHeaders(): Record<string, string> {
    return this.getHeaders();
  }

  getContentText(): string {
    return this.response.body;
  }

  /** "Gets the raw binary content of an HTTP response": Java bytes, signed. */
  getContent(): number[] {
    return [...Buffer.from(this.response.body, 'utf8')].map((b) => (b > 127 ? b - 256 : b));
  }

  getBlob(): GoogleAppsScript.Base.Blob {
    const type = this.getHeaders()['Content-Type']!.split(';')[0]!;
    return new EmulatedBlob(
      Buffer.from(this.response.body, 'utf8'),
      type,
      null,
    ) as unknown as GoogleAppsScript.Base.Blob;
  }

  toString(): string {
    return 'HTTPResponse';
  }
}

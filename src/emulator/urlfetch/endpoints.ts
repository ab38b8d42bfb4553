// The Google REST APIs the emulator answers through UrlFetchApp, one endpoint each. A URL no endpoint claims
// gets a 404, as the emulator has no internet.
import { calendarBatchEndpoint } from '../calendar/batch-endpoint';
import { driveBatchEndpoint } from '../drive/batch-endpoint';
import { driveApi } from '../drive/rest-api';
import { formsEndpoint } from '../forms/rest/forms-endpoint';
import type { RestEndpoint } from './rest-endpoint';

export const restEndpoints: RestEndpoint[] = [...driveApi, driveBatchEndpoint, formsEndpoint, calendarBatchEndpoint];

export function endpointFor(url: string): RestEndpoint | undefined {
  let best: RestEndpoint | undefined;
  for (const endpoint of restEndpoints) {
    if (url.startsWith(endpoint.prefix) && (!best || endpoint.prefix.length > best.prefix.length)) best = endpoint;
  }
  return best;
}

// A batch part is answered as the person whose token it carries: the outer request's, unless the part has its
// own Authorization header ("If you provide an Authorization header for a specific call, then that header
// applies only to that call", https://developers.google.com/workspace/calendar/api/guides/batch).
import type { RestCaller, RestResponse } from './rest-endpoint';
import type { Workspace } from '../workspace';

/** Runs `answer` as `caller`: their identity and their token's scopes. */
export function asCaller(ws: Workspace, caller: RestCaller, answer: () => RestResponse): RestResponse {
  const user = ws.user;
  const scopes = ws.oauthScopes;
  ws.user = user.email === caller.email ? user : { ...user, email: caller.email };
  ws.oauthScopes = caller.scopes ? [...caller.scopes] : null;
  try {
    return answer();
  } finally {
    ws.user = user;
    ws.oauthScopes = scopes;
  }
}

// ScriptApp.getOAuthToken(): "Gets the OAuth 2.0 access token for the effective user. ... The token expires
// after a time (a few minutes at minimum); scripts should handle authorization failures and call this method to
// obtain a fresh token when needed." The token carries the scopes the script was authorized for — with explicit
// oauthScopes in the manifest, exactly those
// (https://developers.google.com/apps-script/reference/script/script-app#getOAuthToken()). Google access tokens
// live an hour (https://developers.google.com/identity/protocols/oauth2#expiration); the emulator models that, so
// a run that kept a token past its hour sees the APIs' 401.
import type { Workspace } from '../workspace';
import type { RestCaller } from './rest-endpoint';

const tokenLifetimeMs = 60 * 60 * 1000;

interface TokenRecord extends RestCaller {
  expiresMs: number;
}

interface TokenState {
  tokens: Record<string, TokenRecord>;
  next: number;
}

function tokenState(ws: Workspace): TokenState {
  return ws.slice<TokenState>('oauthTokens', () => ({ tokens: {}, next: 1 }));
}

/** The signed-in user's token: the one issued earlier while it has ten minutes left, else a new one. */
export function issueToken(ws: Workspace): string {
  const state = tokenState(ws);
  const now = ws.clock.nowMs;
  for (const [token, record] of Object.entries(state.tokens)) {
    if (record.email === ws.user.email && record.expiresMs - now > 10 * 60 * 1000) return token;
  }
  const token = `ya29.emulated-${String(state.next++).padStart(6, '0')}`;
  state.tokens[token] = {
    email: ws.user.email,
    scopes: ws.oauthScopes ? [...ws.oauthScopes] : null,
    expiresMs: now + tokenLifetimeMs,
  };
  return token;
}

/** The caller an "Authorization: Bearer …" header names, or undefined for a missing, unknown or expired token. */
export function callerOf(ws: Workspace, authorization: string | undefined): RestCaller | undefined {
  const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  const record = token ? tokenState(ws).tokens[token] : undefined;
  if (!record || record.expiresMs <= ws.clock.nowMs) return undefined;
  return { email: record.email, scopes: record.scopes };
}

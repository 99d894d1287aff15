import { createHash } from 'node:crypto';
import * as azdev from 'azure-devops-node-api';
import type { BearerCredentialHandler } from 'azure-devops-node-api/handlers/bearertoken.js';
import type { IRequestHandler } from 'azure-devops-node-api/interfaces/common/VsoBaseInterfaces.js';
import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import { AdoCredentialError } from './AdoCredentialError.js';
import { ThrottleGate } from './ThrottleGate.js';

export type AdoAuth =
  | { kind: 'pat'; getPat(): Promise<string> }
  | { kind: 'bearer'; getToken(): Promise<{ token: string; expiresOnTimestamp: number }> };

/** Entra tokens are renewed this long before they expire. */
export const TOKEN_REFRESH_MARGIN_MS = 5 * 60_000;
/** Any location id in the wit area: loading one loads the whole area's route table. */
const CREATE_LOCATION_ID = '62d3d110-0047-428c-ad3c-4fe872c91c74';

/** A discovered WorkItemTrackingApi plus what is shared by every caller of the same org + credential. */
interface CachedClient {
  wit: Promise<IWorkItemTrackingApi>;
  gate: ThrottleGate;
  /** Bearer only: the library's handler holds a static token, which we swap on refresh. */
  bearer?: { handler: { token: string }; expiresOnTimestamp: number; refreshing?: Promise<void> };
}

const MAX_CACHED = 16;
/** Process-wide: location discovery happens once per org + credential, not per call or per invocation. */
const cache = new Map<string, CachedClient>();

/** For tests: forget every cached client. */
export function clearAdoConnectionCache(): void {
  cache.clear();
}

export interface ConnectionOptions {
  orgUrl: string;
  auth: AdoAuth;
  timeoutMs: number;
  now: () => number;
}

/**
 * Resolves the client to use for the next call: reads the PAT (so a rotated secret is picked up) or
 * makes sure the bearer token is fresh, and reuses the discovered client for that credential.
 */
export async function acquireClient(options: ConnectionOptions): Promise<{ wit: IWorkItemTrackingApi; gate: ThrottleGate }> {
  const orgUrl = options.orgUrl.replace(/\/+$/, '');
  if (options.auth.kind === 'pat') {
    const pat = await credential('pat', () => (options.auth as Extract<AdoAuth, { kind: 'pat' }>).getPat());
    const key = `${orgUrl}|pat|${createHash('sha256').update(pat).digest('hex').slice(0, 32)}`;
    const entry = cached(key, () => build(orgUrl, azdev.getPersonalAccessTokenHandler(pat), options));
    return { wit: await settle(key, entry), gate: entry.gate };
  }
  const auth = options.auth;
  const key = `${orgUrl}|bearer`;
  let entry = cache.get(key);
  if (!entry) {
    const token = await credential('bearer', () => auth.getToken());
    // The library's bearer handler keeps its token in a public field; we replace it on refresh.
    const handler = azdev.getBearerHandler(token.token) as BearerCredentialHandler;
    entry = cached(key, () => ({ ...build(orgUrl, handler, options), bearer: { handler, expiresOnTimestamp: token.expiresOnTimestamp } }));
  }
  await refreshIfDue(entry, auth, options.now);
  return { wit: await settle(key, entry), gate: entry.gate };
}

/** Forces a token refresh (bearer) after a 401; a PAT is re-read on every call anyway. */
export function invalidateToken(options: ConnectionOptions): void {
  const entry = cache.get(`${options.orgUrl.replace(/\/+$/, '')}|bearer`);
  if (entry?.bearer) entry.bearer.expiresOnTimestamp = 0;
}

function cached(key: string, create: () => CachedClient): CachedClient {
  let entry = cache.get(key);
  if (!entry) {
    entry = create();
    cache.set(key, entry);
    if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  }
  return entry;
}

function build(orgUrl: string, handler: IRequestHandler, options: ConnectionOptions): CachedClient {
  const wit = (async () => {
    // keepAlive: without it typed-rest-client builds a new Agent, and so a new TCP+TLS connection, per call.
    const api = new azdev.WebApi(orgUrl, handler, { socketTimeout: options.timeoutMs, keepAlive: true });
    const client = await api.getWorkItemTrackingApi();
    // Load the wit route table now, so a later create sends nothing but its POST.
    const location = await client.vsoClient.beginGetLocation('wit', CREATE_LOCATION_ID);
    if (!location) throw new Error('Azure DevOps work item tracking API not found at this organisation URL');
    return client;
  })();
  return { wit, gate: new ThrottleGate(options.now) };
}

/** A failed discovery is not cached: the next call tries again. */
async function settle(key: string, entry: CachedClient): Promise<IWorkItemTrackingApi> {
  try {
    return await entry.wit;
  } catch (error) {
    if (cache.get(key) === entry) cache.delete(key);
    throw error;
  }
}

async function refreshIfDue(entry: CachedClient, auth: Extract<AdoAuth, { kind: 'bearer' }>, now: () => number): Promise<void> {
  const bearer = entry.bearer;
  if (!bearer || now() < bearer.expiresOnTimestamp - TOKEN_REFRESH_MARGIN_MS) return;
  bearer.refreshing ??= (async () => {
    try {
      const token = await credential('bearer', () => auth.getToken());
      bearer.handler.token = token.token;
      bearer.expiresOnTimestamp = token.expiresOnTimestamp;
    } finally {
      bearer.refreshing = undefined;
    }
  })();
  await bearer.refreshing;
}

async function credential<T>(kind: 'pat' | 'bearer', get: () => Promise<T>): Promise<T> {
  try {
    return await get();
  } catch (cause) {
    throw new AdoCredentialError(kind, { cause });
  }
}

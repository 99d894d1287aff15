import type { SessionKeeper } from './SessionKeeper.js';
import { SysAidError } from './SysAidError.js';
import { backoffDelayMs, parseRetryAfter, type RetryPolicy } from './retryDelay.js';

export interface HttpDeps {
  /** e.g. https://acme.sysaidit.com/api/v1 */
  apiUrl: string;
  fetch: typeof fetch;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  retry: RetryPolicy;
  timeoutMs: number;
}

export interface Call {
  method: 'GET' | 'POST' | 'PUT';
  /** Path under /api/v1, e.g. `/sr/12`. */
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  /** Operation name for error messages, e.g. `GET /sr/{id}` (never the id or any text). */
  label: string;
}

export interface Answer {
  status: number;
  /** Parsed JSON body; undefined when the body was empty or not JSON. */
  json: unknown;
  html: boolean;
}

const RETRYABLE_GET_STATUSES = new Set([502, 503, 504]);

/**
 * Sends a call with the shared session: on 401 renews the session once (adopting a newer stored
 * one, or one login per call at most) and retries; backs off on 429 and, for reads, on 502-504
 * and network failures.
 */
export async function sendWithSession(deps: HttpDeps, keeper: SessionKeeper, call: Call): Promise<Answer> {
  let { id, loggedIn } = await keeper.current();
  for (let renewals = 0; ; renewals += 1) {
    const answer = await sendWithRetry(deps, call, { cookie: `JSESSIONID=${id}` });
    if (answer.status !== 401) return answer;
    if (renewals >= 2) throw new SysAidError('UNAUTHORIZED', `SysAid kept answering 401 to ${call.label}`, 401);
    const next = await keeper.renew(id, !loggedIn);
    id = next.id;
    loggedIn ||= next.loggedIn;
  }
}

/** One call with back-off, without a session (login uses it directly). */
export async function sendWithRetry(deps: HttpDeps, call: Call, headers: Record<string, string>): Promise<Answer & { setCookie: string[] }> {
  const url = new URL(deps.apiUrl + call.path);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  for (let attempt = 1; ; attempt += 1) {
    let response: Response;
    try {
      response = await deps.fetch(url, {
        method: call.method,
        headers: { accept: 'application/json', ...(call.body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
        redirect: 'manual',
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
    } catch (error) {
      const timeout = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      const failure = new SysAidError(timeout ? 'TIMEOUT' : 'NETWORK', `SysAid ${call.label} ${timeout ? 'timed out' : 'failed to connect'}`);
      if (call.method !== 'GET' || attempt >= deps.retry.maxAttempts) throw failure;
      await deps.sleep(backoffDelayMs(attempt, deps.retry));
      continue;
    }
    const retryable = response.status === 429 || (call.method === 'GET' && RETRYABLE_GET_STATUSES.has(response.status));
    if (!retryable) return { ...(await readAnswer(response, call.label)), setCookie: response.headers.getSetCookie() };
    await response.body?.cancel();
    const asked = parseRetryAfter(response.headers.get('retry-after'), deps.now());
    const delay = asked ?? backoffDelayMs(attempt, deps.retry);
    if (attempt >= deps.retry.maxAttempts || delay > deps.retry.maxDelayMs) {
      if (response.status === 429) throw new SysAidError('RATE_LIMITED', `SysAid rate limit hit on ${call.label}`, 429, asked);
      throw new SysAidError('SERVER_ERROR', `SysAid answered ${response.status} to ${call.label}`, response.status);
    }
    await deps.sleep(delay);
  }
}

async function readAnswer(response: Response, label: string): Promise<Answer> {
  const text = await response.text();
  const html = (response.headers.get('content-type') ?? '').includes('text/html');
  if (text.trim() === '' || html) return { status: response.status, json: undefined, html };
  try {
    return { status: response.status, json: JSON.parse(text) as unknown, html };
  } catch {
    if (response.status >= 200 && response.status < 300) throw new SysAidError('INVALID_RESPONSE', `SysAid sent a body that is not JSON for ${label}`, response.status);
    return { status: response.status, json: undefined, html };
  }
}

import { randomUUID } from 'node:crypto';
import type { Logger, TicketSource } from '../sync/ports.js';
import { DEFAULT_LOGIN_LEASE_TIMING, type LoginLeaseTiming } from './coordinateLogin.js';
import { listChangedTickets, type ChangedPages } from './listChangedTickets.js';
import { parseTicket } from './parseTicket.js';
import { parseListedTicket } from './parseListedTicket.js';
import { DEFAULT_RETRY, type RetryPolicy } from './retryDelay.js';
import { SYSAID_LOGIN_BUDGET, type LoginBudget } from './LoginBudget.js';
import { SessionKeeper } from './SessionKeeper.js';
import type { SysAidSessionStore } from './SysAidSessionStore.js';
import { SysAidError } from './SysAidError.js';
import { sendWithRetry, sendWithSession, type Answer, type Call, type HttpDeps } from './sysaidHttp.js';
import type { Ticket } from './ticket.js';

export interface SysAidClientOptions {
  /** Account URL (`https://acme.sysaidit.com`) or its `/api/v1` URL. */
  baseUrl: string;
  username: string;
  accountId?: string;
  getPassword: () => Promise<string>;
  /** Shares the session and the login lease across instances (Table Storage in production). */
  sessionStore?: SysAidSessionStore;
  /** Login lease owner id (default a random UUID per client). */
  instanceId?: string;
  /** Login lease expiry and how long to wait for another instance's login. */
  loginLease?: Partial<LoginLeaseTiming>;
  /** Records per page (default 500, SysAid's maximum; at least 2). */
  pageSize?: number;
  /** SR types to read (default `all`). */
  srType?: 'all' | 'incident' | 'request' | 'problem' | 'change';
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  retry?: Partial<RetryPolicy>;
  /** Logins allowed per window (default 2 per 5 minutes, as SysAid allows). */
  loginBudget?: LoginBudget;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  logger?: Logger;
  fetch?: typeof fetch;
}

/**
 * TicketSource over SysAid. `getTicket` returns null when SysAid answers 400 (its answer for a
 * missing SR) or a JSON 404, unless the 400's message names a request problem (field, parameter,
 * filter, format, sort, syntax): that is thrown as SysAidError BAD_REQUEST.
 */
export interface SysAidClient extends TicketSource {
  /** Attaches a link (e.g. the ADO Bug URL) to an SR. */
  addLink(srId: string, name: string, link: string): Promise<void>;
  /** Logins this instance made (for tests and metrics). */
  loginCount(): number;
}

const SR_ID = /^[1-9]\d{0,11}$/;
/** 400 messages that point at our request rather than at a missing SR. */
const REQUEST_PROBLEM = /\b(field|fields|param|parameter|filter|format|sort|syntax)\b/i;

/** The product's SysAid reader over the classic REST API, with one shared session. */
export function createSysAidClient(options: SysAidClientOptions): SysAidClient {
  const pageSize = Math.max(2, Math.min(500, options.pageSize ?? 500));
  const deps: HttpDeps = {
    apiUrl: apiUrlOf(options.baseUrl),
    fetch: options.fetch ?? globalThis.fetch,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    retry: { ...DEFAULT_RETRY, ...options.retry },
    timeoutMs: options.timeoutMs ?? 30_000,
  };
  const keeper = new SessionKeeper({
    login: () => login(deps, options),
    ...(options.sessionStore ? { store: options.sessionStore } : {}),
    owner: options.instanceId ?? randomUUID(),
    now: deps.now,
    sleep: deps.sleep,
    budget: options.loginBudget ?? SYSAID_LOGIN_BUDGET,
    leaseTiming: { ...DEFAULT_LOGIN_LEASE_TIMING, ...options.loginLease },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const send = (call: Call) => sendWithSession(deps, keeper, call);
  let filterRefused = false;
  const type = options.srType ?? 'all';

  const pages: ChangedPages = {
    ascending: async (fromMs, toMs, offset, limit) => {
      const query = { type, update_time: `${fromMs},${toMs}`, sort: 'update_time', dir: 'asc', offset: String(offset), limit: String(limit) };
      const answer = await send({ method: 'GET', path: '/sr', query, label: 'GET /sr (update_time)' });
      if (answer.status === 400) return 'refused';
      return records(answer, 'GET /sr (update_time)');
    },
    descending: async (offset, limit) => {
      const query = { type, sort: 'update_time', dir: 'desc', offset: String(offset), limit: String(limit) };
      return records(await send({ method: 'GET', path: '/sr', query, label: 'GET /sr (desc)' }), 'GET /sr (desc)');
    },
  };

  return {
    async getTicket(id: string): Promise<Ticket | null> {
      if (!SR_ID.test(id)) throw new SysAidError('INVALID_ID', 'Service request id must be a positive integer');
      const label = 'GET /sr/{id}';
      const answer = await send({ method: 'GET', path: `/sr/${id}`, label });
      if (answer.status === 400 || (answer.status === 404 && !answer.html)) {
        const message = (answer.json as { message?: unknown } | undefined)?.message;
        if (typeof message === 'string' && REQUEST_PROBLEM.test(message)) throw new SysAidError('BAD_REQUEST', `SysAid rejected ${label}`, 400);
        return null;
      }
      ensureOk(answer, label);
      return parseTicket(answer.json);
    },

    listChanged(fromMs: number, toMs: number): AsyncIterable<Ticket> {
      return listChangedTickets(pages, fromMs, toMs, {
        pageSize,
        parse: parseListedTicket,
        filterRefused,
        onRefused: () => {
          filterRefused = true;
          options.logger?.warn('SysAid refused the update_time filter; listing by descending update_time instead');
        },
      });
    },

    async addLink(srId: string, name: string, link: string): Promise<void> {
      if (!SR_ID.test(srId)) throw new SysAidError('INVALID_ID', 'Service request id must be a positive integer');
      const label = 'POST /sr/{id}/link';
      ensureOk(await send({ method: 'POST', path: `/sr/${srId}/link`, body: { name, link }, label }), label);
    },

    loginCount: () => keeper.logins,
  };
}

/** One login attempt: a 429 throws RATE_LIMITED at once, since every retry would spend another login. */
async function login(deps: HttpDeps, options: SysAidClientOptions): Promise<string> {
  const password = await options.getPassword();
  const body = { user_name: options.username, password, ...(options.accountId ? { account_id: options.accountId } : {}) };
  const once = { ...deps, retry: { ...deps.retry, maxAttempts: 1 } };
  const answer = await sendWithRetry(once, { method: 'POST', path: '/login', body, label: 'POST /login' }, {});
  if (answer.status === 401 || answer.status === 403) throw new SysAidError('LOGIN_REJECTED', 'SysAid rejected the login', answer.status);
  ensureOk(answer, 'POST /login');
  for (const cookie of answer.setCookie) {
    const match = /^\s*JSESSIONID=([^;]+)/i.exec(cookie);
    if (match?.[1]) return match[1];
  }
  throw new SysAidError('INVALID_RESPONSE', 'SysAid login answered without a JSESSIONID cookie', answer.status);
}

function records(answer: Answer, label: string): unknown[] {
  ensureOk(answer, label);
  if (!Array.isArray(answer.json)) throw new SysAidError('INVALID_RESPONSE', `SysAid sent no record list for ${label}`, answer.status);
  return answer.json as unknown[];
}

function ensureOk(answer: Answer, label: string): void {
  if (answer.status >= 200 && answer.status < 300) return;
  if (answer.status === 404 && answer.html) throw new SysAidError('NOT_FOUND_PATH', `SysAid has no ${label} at the configured URL`, 404);
  if (answer.status >= 500) throw new SysAidError('SERVER_ERROR', `SysAid answered ${answer.status} to ${label}`, answer.status);
  throw new SysAidError('BAD_REQUEST', `SysAid answered ${answer.status} to ${label}`, answer.status);
}

function apiUrlOf(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return /\/api\/v1$/i.test(trimmed) ? trimmed : `${trimmed}/api/v1`;
}

import type { AccountLimits } from './accountLimits.js';
import { patchFromPut } from './putInfo.js';
import { parseId, type Change, type RecordStore } from './recordStore.js';
import { renderRecord } from './renderRecord.js';
import type { Session, Sessions } from './sessions.js';
import { SimError } from './simError.js';
import { parseSrQuery, runQuery, type SrQuery } from './srQuery.js';
import type { SimRecord, SimUser } from './types.js';

export interface ApiContext {
  store: RecordStore;
  sessions: Sessions;
  limits: AccountLimits;
  users: SimUser[];
  defaultAccountId: string;
  settings: { refuseUpdateTimeFilter: boolean; ignoreUpdateTimeFilter: boolean; exposeSrVersion: boolean; maxPageSize: number; sysaidVersion: string };
  onLogin(ok: boolean): void;
  onChange(change: Change): void;
  /** The last query's sorted matches (see `selected`). */
  cache?: { key: string; records: SimRecord[] };
}

export interface ApiRequest {
  method: string;
  /** Path segments after `/api/v1`. */
  segments: string[];
  query: URLSearchParams;
  cookie: string | undefined;
  body: string;
}

export interface ApiReply {
  status: number;
  body: string;
  headers?: Record<string, string>;
}

/** Names the route a request hits, or undefined for paths the API does not have. */
export function routeOf(method: string, segments: string[]): string | undefined {
  const [first, second, third] = segments;
  if (method === 'POST' && segments.length === 1 && first === 'login') return 'login';
  if (first !== 'sr') return undefined;
  if (segments.length === 1 && method === 'GET') return 'sr.list';
  if (segments.length === 2 && second === 'count' && method === 'GET') return 'sr.count';
  if (segments.length === 2 && method === 'GET') return 'sr.get';
  if (segments.length === 2 && method === 'PUT') return 'sr.update';
  if (segments.length === 3 && third === 'link' && method === 'POST') return 'sr.link';
  return undefined;
}

/** Handles one request to a known route; throws SimError for SysAid's JSON errors. */
export function handleApi(ctx: ApiContext, route: string, req: ApiRequest): ApiReply {
  if (route === 'login') return login(ctx, req);
  const session = ctx.sessions.find(req.cookie);
  if (!session) throw new SimError(401, 'Session expired or not logged in');
  ctx.limits.take('request', session.accountId);
  const s = ctx.settings;
  switch (route) {
    case 'sr.list': {
      const query = parseSrQuery(req.query, s);
      const page = selected(ctx, req.query, query).slice(query.offset, query.offset + query.limit);
      return json(200, page.map((r) => renderRecord(r, { ...(query.fields ? { fields: query.fields } : {}), exposeSrVersion: s.exposeSrVersion, hasChildren: ctx.store.hasChildren(r.id) })));
    }
    case 'sr.count': {
      const query = parseSrQuery(req.query, s);
      return json(200, { count: selected(ctx, req.query, query).length });
    }
    case 'sr.get': {
      const record = ctx.store.get(parseId(req.segments[1] ?? ''));
      // SysAid answers a missing SR with 400, not 404.
      if (!record) throw new SimError(400, 'Service request not found');
      const fieldsText = req.query.get('fields');
      const fields = fieldsText ? new Set(fieldsText.split(',')) : undefined;
      return json(200, renderRecord(record, { ...(fields ? { fields } : {}), exposeSrVersion: s.exposeSrVersion, hasChildren: ctx.store.hasChildren(record.id) }));
    }
    case 'sr.update': {
      const id = parseId(req.segments[1] ?? '');
      const record = ctx.store.get(id);
      if (!record) throw new SimError(400, 'Service request not found');
      const patch = patchFromPut(parseBody(req.body), id, record, session.user.userName);
      const change = ctx.store.update(id, patch);
      ctx.onChange(change);
      return json(200, renderRecord(change.record, { exposeSrVersion: s.exposeSrVersion }));
    }
    case 'sr.link':
      return link(ctx, req, session);
    default:
      throw new SimError(404, 'Not found');
  }
}

function login(ctx: ApiContext, req: ApiRequest): ApiReply {
  const body = parseBody(req.body) as { user_name?: unknown; password?: unknown; account_id?: unknown } | null;
  const userName = typeof body?.user_name === 'string' ? body.user_name : '';
  const given = typeof body?.account_id === 'string' && body.account_id !== '' ? body.account_id : undefined;
  const user = ctx.users.find((u) => u.userName === userName);
  const accountId = given ?? user?.accountId ?? ctx.defaultAccountId;
  ctx.limits.take('login', accountId);
  const accountMatches = (user?.accountId ?? ctx.defaultAccountId) === accountId;
  if (!user || user.password !== body?.password || !accountMatches) {
    ctx.onLogin(false);
    throw new SimError(401, 'Invalid user name or password');
  }
  const session = ctx.sessions.create(user, accountId);
  ctx.onLogin(true);
  return {
    ...json(200, {
      user: { id: user.id ?? 1, name: user.name ?? user.userName },
      sysaid_version: ctx.settings.sysaidVersion,
      date_format: 'dd-MM-yyyy HH:mm:ss',
    }),
    headers: { 'Set-Cookie': `JSESSIONID=${session.id}; Path=/; HttpOnly` },
  };
}

function link(ctx: ApiContext, req: ApiRequest, _session: Session): ApiReply {
  const id = parseId(req.segments[1] ?? '');
  const record = ctx.store.get(id);
  if (!record) throw new SimError(400, 'Service request not found');
  const body = parseBody(req.body) as { name?: unknown; link?: unknown } | null;
  if (typeof body?.name !== 'string' || typeof body.link !== 'string') throw new SimError(400, 'Link needs name and link');
  const change = ctx.store.update(id, { links: [...record.links, { name: body.name, link: body.link }] });
  ctx.onChange(change);
  return json(200, { name: body.name, link: body.link });
}

/** Sorted matches, cached until the next write: paging 100,000 records must not sort per page. */
function selected(ctx: ApiContext, params: URLSearchParams, query: SrQuery): SimRecord[] {
  const rest = new URLSearchParams(params);
  rest.delete('offset');
  rest.delete('limit');
  rest.delete('fields');
  const key = `${ctx.store.revision}?${rest.toString()}`;
  if (ctx.cache?.key !== key) ctx.cache = { key, records: runQuery(ctx.store.all(), query) };
  return ctx.cache.records;
}

function parseBody(raw: string): unknown {
  if (raw.trim() === '') return null;
  try {
    return JSON.parse(raw);
  } catch {
    throw new SimError(400, 'Malformed JSON body');
  }
}

function json(status: number, value: unknown): ApiReply {
  return { status, body: JSON.stringify(value) };
}

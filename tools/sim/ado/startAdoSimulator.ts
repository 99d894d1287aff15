import { randomUUID } from 'node:crypto';
import { listenOnLoopback } from '../listenOnLoopback.js';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { Credentials } from './auth.js';
import { handleControl } from './controlRoutes.js';
import { dispatch } from './dispatch.js';
import { Faults } from './faults.js';
import { FieldCatalog } from './fieldCatalog.js';
import { RateLimiter } from './rateLimit.js';
import { RequestLog } from './requestLog.js';
import { isWrite, matchRoute, type Route } from './router.js';
import type { Reply, SimContext } from './simContext.js';
import { errors, SimError } from './simError.js';
import type {
  AdoSimulatorOptions,
  Counters,
  FaultConfig,
  RateLimitOptions,
  RequestLogEntry,
  StoredComment,
  StoredWorkItem,
} from './types.js';
import { WorkItemStore } from './workItemStore.js';

export interface AdoSimulator {
  /** Organisation URL, e.g. http://127.0.0.1:1234/org — what `new WebApi(url, ...)` takes. */
  url: string;
  /** Server root, e.g. http://127.0.0.1:1234 (the `/_sim/...` control API lives here). */
  baseUrl: string;
  port: number;
  org: string;
  project: string;
  projectId: string;
  workItems(): StoredWorkItem[];
  workItem(id: number): StoredWorkItem | undefined;
  /** Every revision of a work item, oldest first. */
  revisions(id: number): StoredWorkItem[];
  comments(id: number): StoredComment[];
  requests(): RequestLogEntry[];
  counters(): Counters;
  /** TCP connections accepted since start (not reset by resetCounters). */
  connectionsAccepted(): number;
  /** Clears counters and the request log. */
  resetCounters(): void;
  /** A change made by a person in ADO: bumps rev so the next `test /rev` from the product fails. */
  editAsEngineer(id: number, fields: Record<string, unknown>): StoredWorkItem;
  setFaults(config: FaultConfig): void;
  faults(): FaultConfig;
  setCredentials(update: { pats?: string[]; bearerTokens?: string[] }): void;
  setRateLimit(options: RateLimitOptions | undefined): void;
  close(): Promise<void>;
}

/** Starts an in-memory Azure DevOps Work Item Tracking service on loopback. */
export async function startAdoSimulator(options: AdoSimulatorOptions = {}): Promise<AdoSimulator> {
  const host = options.host ?? '127.0.0.1';
  const org = options.org ?? 'org';
  const project = options.project ?? 'Project';
  const now = options.now ?? Date.now;
  const credentials = new Credentials(
    [...(options.pat === undefined ? [] : [options.pat]), ...(options.pats ?? [])],
    options.bearerTokens ?? [],
  );
  const limiter = new RateLimiter(options.rateLimit, now);
  const faults = new Faults(options.faults);
  const log = new RequestLog();
  const catalog = new FieldCatalog(options.fields, options.extraFields);
  const ref: { ctx?: SimContext } = {};

  const server = createServer((req, res) => {
    if (!ref.ctx) return;
    serve(req, res, ref.ctx).catch(() => {
      if (!res.headersSent) send(res, 500, errors.internal(500).body(), {});
      else res.destroy();
    });
  });
  const listening = await listenOnLoopback(server, options.port, host);
  const { port, baseUrl } = listening;
  const orgUrl = `${baseUrl}/${encodeURIComponent(org)}`;
  const store = new WorkItemStore({
    orgUrl,
    project,
    catalog,
    areaPaths: options.areaPaths ?? [],
    iterationPaths: options.iterationPaths ?? [],
    commentsBumpRev: options.commentsBumpRev ?? true,
    reciprocalLinks: options.reciprocalLinks ?? true,
    now,
    firstId: options.firstId ?? 1,
  });
  const context: SimContext = { store, catalog, orgUrl, project, projectId: randomUUID() };
  ref.ctx = context;

  async function serve(req: IncomingMessage, res: ServerResponse, c: SimContext): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', baseUrl);
    const segments = url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
    const raw = await readBody(req);

    if (segments[0]?.toLowerCase() === '_sim') {
      const reply = handleControl(method, segments.slice(1), raw, simulator);
      log.record(entry(method, url.pathname, reply.status, 'control', false, undefined, 0));
      send(res, reply.status, reply.body, {});
      return;
    }
    const route: Route =
      segments[0]?.toLowerCase() === org.toLowerCase() ? matchRoute(method, segments.slice(1)) : { kind: 'unknown' };
    const write = isWrite(method, route.kind);
    const apiVersion = readApiVersion(req, url);
    const plan = faults.plan(route.kind);
    const finish = (status: number, fault?: RequestLogEntry['fault']) =>
      log.record({ ...entry(method, url.pathname, status, route.kind, write, apiVersion, plan.latencyMs), ...(fault ? { fault } : {}) });

    if (plan.latencyMs > 0) await delay(plan.latencyMs);

    const identity = credentials.authenticate(req.headers.authorization);
    if (!identity) return fail(res, errors.unauthorized(), {}, finish);
    const decision = limiter.check(identity);
    if (!decision.allowed) return fail(res, errors.throttled(decision.headers), {}, finish);
    if (plan.reset) return drop(res, () => finish(0, 'reset'));
    if (plan.failStatus !== undefined) {
      const retryAfter: Record<string, string> =
        plan.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(plan.retryAfterSeconds) };
      return fail(res, errors.internal(plan.failStatus), { ...decision.headers, ...retryAfter }, (s) => finish(s, 'error'));
    }

    let reply: Reply;
    try {
      const body = raw.length === 0 ? undefined : parseJson(raw);
      reply = dispatch(c, method, route, { query: url.searchParams, body, contentType: req.headers['content-type'] ?? '' });
    } catch (error) {
      if (error instanceof SimError) return fail(res, error, decision.headers, finish);
      throw error;
    }
    if (plan.commitThenFail && reply.status < 300) {
      if (plan.commitThenFail.mode === 'reset') return drop(res, () => finish(0, 'commit-then-fail'));
      return fail(res, errors.internal(plan.commitThenFail.status), decision.headers, (s) => finish(s, 'commit-then-fail'));
    }
    send(res, reply.status, reply.body, decision.headers);
    finish(reply.status);
  }

  const simulator: AdoSimulator = {
    url: orgUrl,
    baseUrl,
    port,
    org,
    project,
    projectId: context.projectId,
    workItems: () => store.all(),
    workItem: (id) => store.get(id),
    revisions: (id) => store.revisions(id),
    comments: (id) => store.comments(id),
    requests: () => log.list(),
    counters: () => log.counters(),
    connectionsAccepted: () => listening.connectionsAccepted(),
    resetCounters: () => log.reset(),
    editAsEngineer: (id, fields) => store.editAsEngineer(id, fields),
    setFaults: (config) => faults.set(config),
    faults: () => faults.current(),
    setCredentials: (update) => credentials.set(update),
    setRateLimit: (rateLimit) => limiter.configure(rateLimit),
    close: () => listening.close(),
  };
  return simulator;
}

function entry(
  method: string,
  path: string,
  status: number,
  kind: RequestLogEntry['kind'],
  write: boolean,
  apiVersion: string | undefined,
  latencyMs: number,
): RequestLogEntry {
  return { method, path, status, kind, write, apiVersion, latencyMs, at: Date.now() };
}

function fail(res: ServerResponse, error: SimError, headers: Record<string, string>, finish: (s: number) => void): void {
  send(res, error.status, error.body(), { ...headers, ...error.extraHeaders });
  finish(error.status);
}

/** A dropped connection: the caller sees a socket reset and cannot know what happened. */
function drop(res: ServerResponse, finish: () => void): void {
  res.socket?.resetAndDestroy();
  res.destroy();
  finish();
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8; api-version=7.1',
    'Content-Length': Buffer.byteLength(text),
    'X-VSS-E2EID': randomUUID(),
    ...headers,
  });
  res.end(text);
}

/** api-version travels in `Accept: application/json;api-version=7.1-preview.3`; the query also works. */
function readApiVersion(req: IncomingMessage, url: URL): string | undefined {
  const match = /api-version=([^;,\s]+)/i.exec(req.headers.accept ?? '');
  return match?.[1] ?? url.searchParams.get('api-version') ?? undefined;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch {
    throw errors.badRequest('VS403373: The request body is not valid JSON.', 'VssRequestContentException');
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

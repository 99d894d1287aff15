import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../listenOnLoopback.js';
import { AccountLimits } from './accountLimits.js';
import { handleApi, routeOf, type ApiContext } from './apiRoutes.js';
import { handleControl } from './controlRoutes.js';
import { RecordStore, type Change } from './recordStore.js';
import { Sessions } from './sessions.js';
import { htmlErrorPage, SimError } from './simError.js';
import type {
  Counters, DeliveryAttempt, LimitOptions, RequestLogEntry, SimRecord, SimRecordInput, SimRecordPatch, SysAidSimulatorOptions, WebhookOptions,
} from './types.js';
import { WebhookSender } from './webhookSender.js';

export interface SysAidSimulator {
  /** Server root, e.g. http://127.0.0.1:1234; the API lives under `/api/v1`. */
  url: string;
  port: number;
  /** A copy of every record, by ascending id. */
  records(): SimRecord[];
  record(id: number | string): SimRecord | undefined;
  /** Creates or replaces a record as a change (update_time = simulator clock, version bumped, webhook sent). */
  upsertRecord(input: SimRecordInput): SimRecord;
  /** Changes some fields as a person in SysAid would (update_time, version, webhook). */
  updateFields(id: number | string, patch: SimRecordPatch): SimRecord;
  /** Loads records exactly as given (their own times and versions), without webhooks. */
  loadRecords(inputs: Iterable<SimRecordInput>): void;
  deleteRecord(id: number | string): boolean;
  requests(): RequestLogEntry[];
  counters(): Counters;
  /** Clears counters and the request log (not the rate-limit windows). */
  resetCounters(): void;
  expireAllSessions(): void;
  setSessionTtl(ms: number): void;
  /** Replaces the limits and starts fresh windows. */
  setLimits(limits: LimitOptions | undefined): void;
  setRefuseUpdateTimeFilter(refuse: boolean): void;
  /** Silently drop the update_time filter (answer as if it were absent), another way an API may not support it. */
  setIgnoreUpdateTimeFilter(ignore: boolean): void;
  setExposeSrVersion(expose: boolean): void;
  /** Skews the clock used for record times. */
  setClockOffset(ms: number): void;
  /** The clock used for record times (base clock plus offset). */
  now(): number;
  setWebhook(options: WebhookOptions | undefined): void;
  webhookDeliveries(): DeliveryAttempt[];
  /** Resolves when no webhook is queued, in flight or awaiting a retry. */
  webhooksSettled(): Promise<void>;
  close(): Promise<void>;
}

/** Starts an in-memory SysAid classic REST API on loopback. */
export async function startSysAidSimulator(options: SysAidSimulatorOptions = {}): Promise<SysAidSimulator> {
  const host = options.host ?? '127.0.0.1';
  const baseNow = options.now ?? Date.now;
  let offset = options.clockOffsetMs ?? 0;
  const recordNow = () => baseNow() + offset;
  const store = new RecordStore(recordNow);
  for (const input of options.records ?? []) store.load(input);
  const sessions = new Sessions(options.sessionTtlMs ?? 30 * 60_000, baseNow);
  const limits = new AccountLimits(options.limits, baseNow);
  const sender = new WebhookSender(options.webhook, baseNow);
  const log: RequestLogEntry[] = [];
  let counters = emptyCounters();
  const settings = {
    refuseUpdateTimeFilter: options.refuseUpdateTimeFilter ?? false,
    ignoreUpdateTimeFilter: options.ignoreUpdateTimeFilter ?? false,
    exposeSrVersion: options.exposeSrVersion ?? true,
    maxPageSize: options.maxPageSize ?? 500,
    sysaidVersion: options.sysaidVersion ?? '23.3.40',
  };
  const onChange = (change: Change) => sender.notify(change, change.record.updateTime);
  const copy = (record: SimRecord): SimRecord => ({ ...structuredClone(record), hasChildren: store.hasChildren(record.id) });
  const ctx: ApiContext = {
    store,
    sessions,
    limits,
    users: options.users ?? [{ userName: 'sysaid', password: 'sysaid' }],
    defaultAccountId: options.defaultAccountId ?? 'demo',
    settings,
    onLogin: (ok) => {
      if (ok) counters.logins += 1;
      else counters.failedLogins += 1;
    },
    onChange,
  };

  const simulator: SysAidSimulator = {
    url: '',
    port: 0,
    records: () => store.all().sort((a, b) => a.id - b.id).map(copy),
    record: (id) => {
      const found = store.get(Number(id));
      return found ? copy(found) : undefined;
    },
    upsertRecord: (input) => {
      const change = store.upsert(input);
      onChange(change);
      return copy(change.record);
    },
    updateFields: (id, patch) => {
      const change = store.update(id, patch);
      onChange(change);
      return copy(change.record);
    },
    loadRecords: (inputs) => {
      for (const input of inputs) store.load(input);
    },
    deleteRecord: (id) => store.delete(Number(id)),
    requests: () => log.map((entry) => ({ ...entry })),
    counters: () => structuredClone(counters),
    resetCounters: () => {
      counters = emptyCounters();
      log.length = 0;
    },
    expireAllSessions: () => sessions.expireAll(),
    setSessionTtl: (ms) => sessions.setTtl(ms),
    setLimits: (next) => limits.configure(next),
    setRefuseUpdateTimeFilter: (refuse) => {
      settings.refuseUpdateTimeFilter = refuse;
    },
    setIgnoreUpdateTimeFilter: (ignore) => {
      settings.ignoreUpdateTimeFilter = ignore;
    },
    setExposeSrVersion: (expose) => {
      settings.exposeSrVersion = expose;
    },
    setClockOffset: (ms) => {
      offset = ms;
    },
    now: recordNow,
    setWebhook: (next) => sender.configure(next),
    webhookDeliveries: () => sender.deliveries(),
    webhooksSettled: () => sender.settled(),
    close: async () => {
      await sender.close();
      await closeServer();
    },
  };

  const server = createServer((req, res) => {
    serve(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, new SimError(500, 'Internal server error').body(), {});
      else res.destroy();
    });
  });
  const listening = await listenOnLoopback(server, options.port, host);
  const port = listening.port;
  simulator.port = port;
  simulator.url = listening.baseUrl;

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', simulator.url);
    const segments = url.pathname.split('/').filter((s) => s !== '').map(safeDecode);
    const body = await readBody(req);
    const finish = (route: string, status: number) => {
      log.push({ method, path: url.pathname, route, status, query: url.search, at: baseNow() });
      counters.byStatus[status] = (counters.byStatus[status] ?? 0) + 1;
    };

    if (segments[0] === '_sim') {
      const reply = await handleControl(method, segments.slice(1), body, simulator);
      send(res, reply.status, reply.body === undefined ? '' : JSON.stringify(reply.body), {});
      return;
    }
    const route = segments[0] === 'api' && segments[1] === 'v1' ? routeOf(method, segments.slice(2)) : undefined;
    if (route === undefined) {
      res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' }).end(htmlErrorPage(404));
      finish('unknown', 404);
      return;
    }
    counters.requests += 1;
    counters.byRoute[route] = (counters.byRoute[route] ?? 0) + 1;
    try {
      const reply = handleApi(ctx, route, { method, segments: segments.slice(2), query: url.searchParams, cookie: req.headers.cookie, body });
      send(res, reply.status, reply.body, reply.headers ?? {});
      finish(route, reply.status);
    } catch (error) {
      if (!(error instanceof SimError)) throw error;
      send(res, error.status, error.body(), error.headers);
      finish(route, error.status);
    }
  }

  async function closeServer(): Promise<void> {
    await listening.close();
  }

  return simulator;
}

function emptyCounters(): Counters {
  return { logins: 0, failedLogins: 0, requests: 0, byRoute: {}, byStatus: {} };
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers }).end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Shapes shared by the ADO simulator's modules. */

/** What a request is, for counters, the request log and per-route faults. */
export type RouteKind =
  | 'discovery'
  | 'create'
  | 'update'
  | 'get'
  | 'list'
  | 'batch'
  | 'wiql'
  | 'comments'
  | 'updates'
  | 'control'
  | 'unknown';

export const ROUTE_KINDS: readonly RouteKind[] = [
  'discovery',
  'create',
  'update',
  'get',
  'list',
  'batch',
  'wiql',
  'comments',
  'updates',
  'control',
  'unknown',
];

export interface Relation {
  rel: string;
  url: string;
  attributes?: Record<string, unknown>;
}

/** A work item as stored: one value per revision. */
export interface StoredWorkItem {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations: Relation[];
}

export interface StoredComment {
  workItemId: number;
  commentId: number;
  version: number;
  text: string;
  createdDate: string;
  modifiedDate: string;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** HTTP status sent, or 0 when the connection was dropped instead. */
  status: number;
  kind: RouteKind;
  write: boolean;
  apiVersion: string | undefined;
  /** Injected fault, if any: 'error', 'reset', 'commit-then-fail'. */
  fault?: 'error' | 'reset' | 'commit-then-fail';
  /** Injected latency in ms (0 when none). */
  latencyMs: number;
  at: number;
}

export interface Counters {
  total: number;
  reads: number;
  writes: number;
  byKind: Record<RouteKind, number>;
}

export interface RateLimitOptions {
  /** Requests allowed per sliding window. */
  limit: number;
  windowMs: number;
  /** Below this share of remaining budget, 200s carry X-RateLimit-* (default 0.1). */
  nearRatio?: number;
  /** Near the limit, 200s also carry Retry-After (default true). */
  retryAfterWhenNear?: boolean;
  /** Value of X-RateLimit-Resource (default "Core"). */
  resource?: string;
}

/** Latency in ms: fixed, or a [min, max] range drawn from the seeded generator. */
export type LatencySpec = number | [number, number];

export interface FaultRule {
  latencyMs?: LatencySpec;
  /** Probability in [0, 1] of answering with `errorStatus` instead of serving. */
  errorRate?: number;
  /** The next N requests answer with `errorStatus`. */
  failNext?: number;
  /** HTTP status for injected errors (default 503). */
  errorStatus?: number;
  /** Retry-After (seconds) sent with injected errors, as a loaded service might. */
  retryAfterSeconds?: number;
  /** Probability of destroying the socket instead of answering. */
  resetRate?: number;
  /** The next N requests have their socket destroyed. */
  resetNext?: number;
  /** create/update only: store the change, then fail the answer. */
  commitThenFail?: {
    rate?: number;
    next?: number;
    /** 'status' answers `status` (default 503); 'reset' drops the connection. */
    mode?: 'status' | 'reset';
    status?: number;
  };
}

export interface FaultConfig {
  seed?: number;
  /** Rules by route kind; '*' applies to every kind without its own rule. */
  routes?: Partial<Record<RouteKind | '*', FaultRule>>;
}

export interface AdoSimulatorOptions {
  port?: number;
  host?: string;
  org?: string;
  project?: string;
  /** Accepted PAT (Basic auth, any user name). */
  pat?: string;
  /** More accepted PATs, e.g. during a rotation. */
  pats?: string[];
  /** Accepted bearer tokens. */
  bearerTokens?: string[];
  /** Field reference names accepted besides the defaults. */
  extraFields?: string[];
  /** Replace the default field set entirely. */
  fields?: string[];
  /** Valid area paths besides the project name, e.g. "Proj\\Team A". */
  areaPaths?: string[];
  /** Valid iteration paths besides the project name. */
  iterationPaths?: string[];
  rateLimit?: RateLimitOptions;
  faults?: FaultConfig;
  /** Adding a comment creates a revision (default true, as ADO records it in History). */
  commentsBumpRev?: boolean;
  /** Parent/child links are mirrored on the other item, bumping its rev (default true). */
  reciprocalLinks?: boolean;
  /** Clock for dates and the rate limit window (default Date.now). */
  now?: () => number;
  /** First id handed out (default 1). */
  firstId?: number;
}

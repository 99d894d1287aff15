/** Types shared by the SysAid simulator's modules. */

/** A list field's stored value: the numeric id SysAid keeps and the caption it displays. */
export interface ListValue {
  value: number;
  caption: string;
}

export interface SimNote {
  userName: string;
  createDate: number;
  text: string;
}

export interface SimLink {
  name: string;
  link: string;
}

export type SrType = 'incident' | 'request' | 'problem' | 'change';

/** One Service Request as the simulator keeps it. */
export interface SimRecord {
  id: number;
  /** Incremented on every change; exposed as `sr_version` when enabled. */
  version: number;
  srType: SrType;
  title: string;
  description: string;
  solution: string;
  notes: SimNote[];
  links: SimLink[];
  status: ListValue;
  priority: ListValue;
  urgency: ListValue;
  /** Parent SR id, exposed as the `parent_link` field (0 when none). */
  parentId?: number;
  requestUser: string;
  responsibility: string;
  insertTime: number;
  updateTime: number;
  closeTime?: number;
  /** Other fields (cust_text1, cust_list1, ...) by key: strings, numbers or null. */
  extra: Record<string, string | number | null>;
  canUpdate: boolean;
  canDelete: boolean;
  canArchive: boolean;
  hasChildren: boolean;
}

/**
 * What tests, the demo and the generator hand to the simulator. List fields accept the numeric
 * value, the caption, or both; everything else defaults to something plausible.
 */
export interface SimRecordInput {
  id: number | string;
  srType?: SrType;
  title?: string;
  description?: string;
  solution?: string;
  notes?: SimNote[];
  links?: SimLink[];
  status?: number | string | ListValue;
  priority?: number | string | ListValue;
  urgency?: number | string | ListValue;
  parentId?: number | string;
  requestUser?: string;
  responsibility?: string;
  insertTime?: number;
  updateTime?: number;
  closeTime?: number;
  version?: number;
  extra?: Record<string, string | number | null>;
}

/** A change made "in SysAid" through the control API (as if in the UI). */
export type SimRecordPatch = Partial<Omit<SimRecordInput, 'id' | 'version' | 'updateTime' | 'insertTime'>>;

export interface SimUser {
  userName: string;
  password: string;
  /** Account the user belongs to; login may also name it as `account_id`. */
  accountId?: string;
  id?: number;
  name?: string;
}

export interface LimitOptions {
  /** Length of both windows (SysAid: 5 minutes). */
  windowMs?: number;
  /** Logins per window per account (SysAid: 2). */
  logins?: number;
  /** Other requests per window per account (SysAid: 1,000). */
  requests?: number;
  /** Whether 429 answers carry Retry-After (unverified for SysAid; default true). */
  retryAfter?: boolean;
  /** Turn limits off entirely (default on). */
  enabled?: boolean;
}

/** How a sender misbehaves; every random choice comes from `seed`. */
export interface WebhookBehaviour {
  /** Before each full notice of an update, one notice per changed field without `sr_version`. */
  fieldBurst?: boolean;
  /** Probability that a notice is sent twice. */
  duplicateProbability?: number;
  /** Probability that a notice is never sent. */
  dropProbability?: number;
  /** Probability that a flushed batch of notices is shuffled before sending. */
  reorderProbability?: number;
}

export interface WebhookOptions {
  url: string;
  /** Shared secret sent verbatim in `secretHeader`. */
  secret?: string;
  /** Default `x-sysaid-webhook-secret`. */
  secretHeader?: string;
  /** When set, HMAC-SHA256 hex over `<timestamp>.<body>` goes in `signatureHeader`. */
  signingSecret?: string;
  /** Default `x-sysaid-signature`. */
  signatureHeader?: string;
  /** Default `x-sysaid-timestamp` (epoch ms). */
  timestampHeader?: string;
  /** A delivery not answered in this time counts as failed (SysAid: 10 s). */
  timeoutMs?: number;
  /** Delay before each retry; attempts = 1 + length. Default [1000, 10000, 60000]. */
  retryDelaysMs?: number[];
  /** Notices raised within this time are flushed (and maybe shuffled) together. Default 0. */
  batchWindowMs?: number;
  seed?: number;
  behaviour?: WebhookBehaviour;
  /** Also notify on POST /sr/{id}/link (default true). */
  notifyOnLink?: boolean;
}

/** The body the simulator POSTs. `sr_version` and `fields` are absent from per-field notices. */
export interface WebhookNotice {
  event: 'sr.created' | 'sr.updated';
  id: string;
  sr_version?: number;
  /** Per-field notices name the one field that changed. */
  field?: string;
  /** Full notices list the fields that changed (empty for creation). */
  fields?: string[];
  timestamp: number;
}

export interface DeliveryAttempt {
  notice: WebhookNotice;
  attempt: number;
  /** HTTP status, or `timeout` / `error`; `dropped` for notices never sent. */
  outcome: number | 'timeout' | 'error' | 'dropped';
  at: number;
}

export interface RequestLogEntry {
  method: string;
  path: string;
  /** Route name, e.g. `login`, `sr.list`, `sr.get`; `unknown` for other paths. */
  route: string;
  status: number;
  query: string;
  at: number;
}

export interface Counters {
  logins: number;
  failedLogins: number;
  requests: number;
  byRoute: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface SysAidSimulatorOptions {
  port?: number;
  host?: string;
  users?: SimUser[];
  /** Account used when a login names none (default `demo`). */
  defaultAccountId?: string;
  records?: Iterable<SimRecordInput>;
  webhook?: WebhookOptions;
  limits?: LimitOptions;
  /** Idle time after which a session answers 401 (default 30 minutes). */
  sessionTtlMs?: number;
  /** Answer 400 to any `update_time` filter, as an API without that filter would. */
  refuseUpdateTimeFilter?: boolean;
  /** Silently ignore any `update_time` filter (answer as if it were absent). */
  ignoreUpdateTimeFilter?: boolean;
  /** Include `sr_version` in records (unverified in the real API; default true). */
  exposeSrVersion?: boolean;
  /** Largest page served (default 500, also the default `limit`). */
  maxPageSize?: number;
  /** Base clock (default Date.now); sessions and limits use it, record times add the offset. */
  now?: () => number;
  /** Added to the base clock for record times, to simulate clock skew. */
  clockOffsetMs?: number;
  sysaidVersion?: string;
}

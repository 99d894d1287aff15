/**
 * Rows the product keeps in Table Storage. None of them ever holds ticket text, PII or secrets:
 * only ids, hashes, times, counts, field names and error codes.
 */

export type LinkState = 'CREATING' | 'CREATED';

/** One per SR: which work item it became and what was last applied to it. */
export interface LinkRow {
  srId: string;
  state: LinkState;
  /** Instance that holds the CREATING lease, and until when (epoch ms). */
  leaseOwner: string;
  leaseUntil: number;
  workItemId?: number;
  /** ADO rev after our last write. */
  rev?: number;
  /** Hash of the whole redacted desired state last written (fields, tags, parent). */
  hash?: string;
  /** Short hash per owned ADO field last written, so an update patches only what changed. */
  fieldHashes?: Record<string, string>;
  /** update_time (epoch ms) of the SR version last applied. */
  updateTime?: number;
  srVersion?: number;
  /** ADO id of the parent work item currently linked, if any. */
  parentWorkItemId?: number;
  /** System.Tags exactly as ADO returned it after our last write (ids and status words only). */
  tags?: string;
  /** Index of that parent relation in the work item's relations after our last write. */
  parentRelationIndex?: number;
  /** Opaque concurrency token (the table ETag). */
  etag: string;
}

export type LinkDraft = Omit<LinkRow, 'etag'>;

/** Watermark of the catch-up: every SR updated at or before `updateTime` has been handled. */
export interface Watermark {
  updateTime: number;
  etag: string;
}

/** One per SR that failed and will be retried by the timer. */
export interface FailureRow {
  srId: string;
  attempts: number;
  nextRetryAt: number;
  /** Short machine code (e.g. ADO_400, REDACTION_FAILED, SYSAID_UNAVAILABLE); never content. */
  lastErrorCode: string;
  /** Set once attempts reach the configured limit: no more automatic retries. */
  poison: boolean;
  updatedAt: number;
}

/** One per SR a webhook could not finish inside its time budget. */
export interface PendingRow {
  srId: string;
  receivedAt: number;
  srVersion?: number;
}

export type AuditAction =
  | 'create'
  | 'adopt'
  | 'update'
  | 'skip-unchanged'
  | 'skip-stale'
  | 'skip-busy'
  | 'fail'
  | 'dry-run';

/** One per action taken on an SR. */
export interface AuditRecord {
  time: number;
  srId: string;
  workItemId?: number;
  action: AuditAction;
  /** Names of the ADO fields written (never their values). */
  changedFields: string[];
  /** Redaction detections by type. */
  redactionCounts: Record<string, number>;
  runId: string;
  durationMs: number;
  /** Error code for 'fail'. */
  errorCode?: string;
}

/** A SysAid session shared by every instance, so cold starts do not spend logins. */
export interface SessionRow {
  jsessionId: string;
  createdAt: number;
  etag: string;
}

/**
 * Who may log in to SysAid right now, and the logins all instances spent recently, so a cold fleet
 * logs in once instead of once per instance (SysAid allows 2 logins per 5 minutes per account).
 */
export interface LoginLeaseRow {
  /** Instance logging in now; empty when nobody is. */
  owner: string;
  /** Epoch ms the holder's lease ends; with no owner, logins stay paused until then (after a 429). */
  until: number;
  /** Epoch ms of recent login attempts, by any instance. */
  loginTimes: number[];
  etag: string;
}

export type LoginLeaseDraft = Omit<LoginLeaseRow, 'etag'>;

/** Raised when a conditional write loses (insert of an existing row, or an ETag mismatch). */
export class ConcurrencyConflict extends Error {
  override readonly name = 'ConcurrencyConflict';
  constructor(readonly kind: 'exists' | 'changed') {
    super(kind === 'exists' ? 'Row already exists' : 'Row changed since it was read');
  }
}

/** State the sync keeps; implemented over Azure Table Storage. */
export interface StateStore {
  getLink(srId: string): Promise<LinkRow | null>;
  /** The link rows of several SRs in few queries (absent ids have none): a catch-up page's worth. */
  getLinks(srIds: readonly string[]): Promise<Map<string, LinkRow>>;
  /** Inserts a new link row; throws ConcurrencyConflict('exists') if one is there. */
  insertLink(draft: LinkDraft): Promise<LinkRow>;
  /** Replaces a link row if its ETag still matches; throws ConcurrencyConflict('changed'). */
  replaceLink(row: LinkDraft, etag: string): Promise<LinkRow>;
  /** Link rows with a work item, by SR id (for parent resolution and reports). */
  listLinks(): AsyncIterable<LinkRow>;

  getWatermark(): Promise<Watermark | null>;
  /** Moves the watermark forward only; never backwards. Returns the value now stored. */
  advanceWatermark(updateTime: number): Promise<number>;

  getFailure(srId: string): Promise<FailureRow | null>;
  putFailure(row: FailureRow): Promise<void>;
  deleteFailure(srId: string): Promise<void>;
  listFailures(): AsyncIterable<FailureRow>;

  putPending(row: PendingRow): Promise<void>;
  deletePending(srId: string): Promise<void>;
  listPending(): AsyncIterable<PendingRow>;

  appendAudit(record: AuditRecord): Promise<void>;
  listAudit(options?: { srId?: string; sinceMs?: number }): AsyncIterable<AuditRecord>;

  getSession(): Promise<SessionRow | null>;
  /** Stores a session if `etag` still matches (or no row exists when etag is null). */
  putSession(jsessionId: string, etag: string | null): Promise<SessionRow>;

  getLoginLease(): Promise<LoginLeaseRow | null>;
  /** Writes the login lease if `etag` still matches (or no row exists when null); throws ConcurrencyConflict. */
  putLoginLease(row: LoginLeaseDraft, etag: string | null): Promise<LoginLeaseRow>;

  /** A lease so only one catch-up runs at a time across instances; null if held by another. */
  acquireRunLease(owner: string, ttlMs: number): Promise<{ release(): Promise<void> } | null>;
}

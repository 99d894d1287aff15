import type { LinkRow, StateStore } from '../state/types.js';
import type { Clock, Logger, Redactor, TicketSource, WorkItemGateway } from './ports.js';
import type { FieldMapping } from './fieldMapping.js';
import type { Ticket } from '../sysaid/ticket.js';

/** Everything one engine instance needs; built once per process by the composition root. */
export interface SyncDeps {
  source: TicketSource;
  gateway: WorkItemGateway;
  state: StateStore;
  redactor: Redactor;
  mapping: FieldMapping;
  logger: Logger;
  clock: Clock;
  /** Distinguishes this process in claims and leases. */
  instanceId: string;
  options: SyncOptions;
}

export interface SyncOptions {
  /** How long a create claim protects an SR from other instances. */
  leaseMs: number;
  redactionBudgetMs: number;
  /** Attempts after which a failing SR is poison. */
  maxAttempts: number;
  /** Back-off of failed SRs: base * 2^(attempts-1), capped. */
  retryBaseMs: number;
  retryMaxMs: number;
}

export const DEFAULT_SYNC_OPTIONS: SyncOptions = {
  leaseMs: 5 * 60_000,
  redactionBudgetMs: 2_000,
  maxAttempts: 8,
  retryBaseMs: 60_000,
  retryMaxMs: 6 * 60 * 60_000,
};

/** Per call: which run it belongs to and whether it may write. */
export interface SyncRequest {
  runId: string;
  dryRun?: boolean;
  /** SysAid's version from a webhook, used only to order notices; the record itself is re-read. */
  hintVersion?: number;
  /** The record as just listed by the catch-up, saving a SysAid call; re-read after a conflict. */
  ticket?: Ticket;
  /** The link row read with the listing (null: none); used for the first round only, like `ticket`. */
  link?: LinkRow | null;
  /** Set when syncing a parent on behalf of its child: a busy parent is its creator's business. */
  forChild?: boolean;
}

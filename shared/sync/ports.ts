import type { Ticket } from '../sysaid/ticket.js';

/**
 * The small interfaces the sync core talks to. Each has exactly one real implementation
 * (SysAid REST, azure-devops-node-api, Table Storage, Key Vault, the redaction module);
 * tests drive the real ones against the simulators and Azurite.
 */

/** Reads Service Requests from SysAid. */
export interface TicketSource {
  /** One SR, or null when SysAid has no such SR. */
  getTicket(id: string): Promise<Ticket | null>;
  /**
   * Every SR whose update_time lies in [fromMs, toMs], in ascending update_time (then id) order,
   * without gaps even when records change while being paged.
   */
  listChanged(fromMs: number, toMs: number): AsyncIterable<Ticket>;
}

/** One JSON Patch operation as ADO accepts it. */
export interface PatchOp {
  op: 'add' | 'replace' | 'remove' | 'test';
  path: string;
  value?: unknown;
}

export interface WorkItemRelation {
  rel: string;
  url: string;
  attributes?: Record<string, unknown>;
}

/** What the sync needs to know about a work item. */
export interface WorkItemSnapshot {
  id: number;
  rev: number;
  fields: Record<string, unknown>;
  relations: WorkItemRelation[];
}

/** Writes and finds work items in Azure DevOps. */
export interface WorkItemGateway {
  /** Creates a work item of the configured type; one HTTP write. */
  create(ops: PatchOp[]): Promise<WorkItemSnapshot>;
  /** Applies a patch (which starts with `test /rev`); one HTTP write. */
  update(id: number, ops: PatchOp[]): Promise<WorkItemSnapshot>;
  /** The work item with relations, or null when it does not exist. */
  get(id: number): Promise<WorkItemSnapshot | null>;
  /** Work items carrying this SR's external id (field or tag), oldest first. */
  findByExternalId(srId: string): Promise<WorkItemSnapshot[]>;
  /** URL of a work item, as used in relation links. */
  workItemUrl(id: number): string;
}

/** Redacts every text bound for ADO. Throws on any failure: callers send nothing then. */
export interface Redactor {
  redact(fields: Record<string, string>, options?: { budgetMs?: number }): RedactionResult;
}

export interface RedactionResult {
  /** Same keys as the input, redacted, placeholders consistent across fields. */
  fields: Record<string, string>;
  /** Detections by type (PERSON, SSN, ...); never the values. */
  counts: Record<string, number>;
}

/** Structured, content-free log sink; `InvocationContext` fits it. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface Clock {
  now(): number;
}

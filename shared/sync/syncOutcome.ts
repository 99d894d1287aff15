import type { AuditAction } from '../state/types.js';

/** The result of syncing one SR; content-free, safe to log, return over HTTP and audit. */
export interface SyncOutcome {
  srId: string;
  action: AuditAction | 'not-found';
  workItemId?: number;
  changedFields: string[];
  redactionCounts: Record<string, number>;
  errorCode?: string;
  /** For dry runs: what would have happened. */
  planned?: string;
  /** The parent SR synced first because it had no Bug yet. */
  parent?: SyncOutcome;
}

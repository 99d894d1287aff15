import { errorCode } from '../errors/errorCode.js';
import type { AuditAction } from '../state/types.js';
import type { SyncDeps } from './syncContext.js';
import type { SyncOutcome } from './syncOutcome.js';

/** One audit row per action; a failed audit write is logged, never fatal to the sync. */
export async function auditOutcome(deps: SyncDeps, outcome: SyncOutcome, runId: string, started: number): Promise<void> {
  try {
    await deps.state.appendAudit({
      time: deps.clock.now(),
      srId: outcome.srId,
      ...(outcome.workItemId !== undefined ? { workItemId: outcome.workItemId } : {}),
      action: outcome.action as AuditAction,
      changedFields: outcome.changedFields,
      redactionCounts: outcome.redactionCounts,
      runId,
      durationMs: deps.clock.now() - started,
      ...(outcome.errorCode ? { errorCode: outcome.errorCode } : {}),
    });
  } catch (error) {
    deps.logger.warn(`audit sr=${outcome.srId} write-failed error=${errorCode(error)}`);
  }
}

import { randomUUID } from 'node:crypto';
import { errorCode } from '../errors/errorCode.js';
import type { SyncDeps } from './syncContext.js';
import type { SyncOutcome } from './syncOutcome.js';
import { syncTicket } from './syncTicket.js';
import { forEachConcurrent } from './forEachConcurrent.js';
import { CatchUpTally } from './catchUpTally.js';
import { withKnownLinks, type ListedTicket } from './withKnownLinks.js';

export interface CatchUpOptions {
  /** How far before the watermark to look again (clock skew, commits that became visible late). */
  overlapMs: number;
  concurrency: number;
  /** After this long no new SR is started; the rest waits for the next run. */
  timeBudgetMs: number;
  /** Where the very first run starts when there is no watermark. */
  initialLookbackMs: number;
}

export interface CatchUpRequest {
  runId?: string;
  dryRun?: boolean;
  /** Look at SRs changed since this time instead of the watermark (a manual backfill). */
  sinceMs?: number;
  onOutcome?: (outcome: SyncOutcome) => void;
}

export interface CatchUpSummary {
  runId: string;
  /** Set when another run held the lease and this one did nothing. */
  skipped?: 'another-run-active';
  created: number;
  updated: number;
  unchanged: number;
  stale: number;
  busy: number;
  failed: number;
  retried: number;
  listed: number;
  /** False when the time budget ran out before the delta was exhausted. */
  complete: boolean;
  watermarkBefore?: number;
  watermarkAfter?: number;
}

/**
 * One catch-up run: pending and due failed SRs first, then every SR changed since the watermark
 * minus the overlap, with bounded concurrency and a time budget. The watermark moves only past
 * SRs whose work is committed (or recorded in failures), so a crash or budget stop loses nothing.
 */
export async function runCatchUp(deps: SyncDeps, options: CatchUpOptions, request: CatchUpRequest = {}): Promise<CatchUpSummary> {
  const runId = request.runId ?? randomUUID();
  const started = deps.clock.now();
  const tally = new CatchUpTally(runId);
  const lease = request.dryRun ? null : await deps.state.acquireRunLease(`${deps.instanceId}/${runId}`, options.timeBudgetMs + 120_000);
  if (!request.dryRun && !lease) {
    deps.logger.info(`catch-up run=${runId} skipped=another-run-active`);
    return { ...tally.summary(true), skipped: 'another-run-active' };
  }
  const inBudget = (): boolean => deps.clock.now() - started < options.timeBudgetMs;
  const sync = async (srId: string, listed?: ListedTicket): Promise<SyncOutcome> => {
    const outcome = await syncTicket(deps, srId, { runId, ...(request.dryRun ? { dryRun: true } : {}), ...listed });
    tally.add(outcome);
    request.onOutcome?.(outcome);
    return outcome;
  };
  try {
    await retryPendingAndFailed(deps, options, request, sync, inBudget, tally);
    const watermark = await deps.state.getWatermark();
    const from =
      request.sinceMs ?? (watermark ? Math.max(0, watermark.updateTime - options.overlapMs) : started - options.initialLookbackMs);
    // SRs changing during the run land after `to` (or reappear later in this listing): next run.
    const to = deps.clock.now();
    const completed = new CompletedPrefix();
    const { exhausted } = await forEachConcurrent(
      withKnownLinks(deps.source.listChanged(from, to), deps.state),
      options.concurrency,
      async (listed, index) => {
        const { ticket } = listed;
        tally.listed++;
        try {
          await sync(ticket.id, listed);
          completed.done(index, ticket.updateTime);
        } catch (error) {
          // Not even a failures row could be written: hold the watermark before this SR.
          tally.failed++;
          deps.logger.error(`catch-up run=${runId} sr=${ticket.id} unrecorded-failure error=${errorCode(error)}`);
        }
      },
      inBudget,
    );
    const summary = tally.summary(exhausted);
    summary.watermarkBefore = watermark?.updateTime;
    const reached = completed.value();
    if (!request.dryRun && reached !== undefined && reached > (watermark?.updateTime ?? -1)) {
      summary.watermarkAfter = await deps.state.advanceWatermark(reached);
    } else {
      summary.watermarkAfter = watermark?.updateTime;
    }
    deps.logger.info(
      `catch-up run=${runId} created=${summary.created} updated=${summary.updated} unchanged=${summary.unchanged}` +
        ` stale=${summary.stale} busy=${summary.busy} failed=${summary.failed} retried=${summary.retried}` +
        ` listed=${summary.listed} complete=${summary.complete} ms=${deps.clock.now() - started}`,
    );
    return summary;
  } finally {
    await lease?.release().catch((error: unknown) => deps.logger.warn(`catch-up run=${runId} lease-release-failed error=${errorCode(error)}`));
  }
}

async function retryPendingAndFailed(
  deps: SyncDeps,
  options: CatchUpOptions,
  request: CatchUpRequest,
  sync: (srId: string) => Promise<SyncOutcome>,
  inBudget: () => boolean,
  tally: CatchUpTally,
): Promise<void> {
  const now = deps.clock.now();
  const due = new Map<string, 'pending' | 'failure'>();
  for await (const row of deps.state.listPending()) due.set(row.srId, 'pending');
  for await (const row of deps.state.listFailures()) {
    if (!row.poison && row.nextRetryAt <= now && !due.has(row.srId)) due.set(row.srId, 'failure');
  }
  await forEachConcurrent(
    due.entries(),
    options.concurrency,
    async ([srId, kind]) => {
      tally.retried++;
      const outcome = await sync(srId).catch(() => undefined);
      if (!outcome) return;
      // A failed or still-claimed SR stays where it is for the next run.
      if (request.dryRun || outcome.action === 'fail' || outcome.action === 'skip-busy') return;
      if (kind === 'pending') await deps.state.deletePending(srId);
      // A pending SR may also have a failure row; a success clears both.
      await deps.state.deleteFailure(srId);
    },
    inBudget,
  );
}

/** Highest update_time such that every listed SR up to it is done. */
class CompletedPrefix {
  private readonly finished = new Map<number, number>();
  private next = 0;
  private reached: number | undefined;

  done(index: number, updateTime: number): void {
    this.finished.set(index, updateTime);
    for (let t = this.finished.get(this.next); t !== undefined; t = this.finished.get(this.next)) {
      this.finished.delete(this.next);
      this.reached = t;
      this.next++;
    }
  }

  value(): number | undefined {
    return this.reached;
  }
}

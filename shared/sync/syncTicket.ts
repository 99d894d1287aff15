import { ConcurrencyConflict, type LinkRow } from '../state/types.js';
import type { Ticket } from '../sysaid/ticket.js';
import type { SyncDeps, SyncRequest } from './syncContext.js';
import type { SyncOutcome } from './syncOutcome.js';
import { buildDesiredWorkItem, redactionInput } from './desiredWorkItem.js';
import { hashDesired } from './desiredHash.js';
import { decide } from './decide.js';
import { errorCode } from '../errors/errorCode.js';
import { recordFailure } from './recordFailure.js';
import { isRevisionConflict } from './adoErrors.js';
import { BugWriter, MAX_ROUNDS } from './BugWriter.js';
import { auditOutcome } from './auditOutcome.js';

/** How long a child waits for a parent that is being created (the link is added later otherwise). */
const PARENT_WAITS = 25;
const PARENT_WAIT_MS = 200;

/**
 * Syncs one SR: read it from SysAid, redact, decide, and make at most one ADO write for the
 * change (plus one more only after a conflict). Failures become a failures row, an audit record
 * and a `fail` outcome; it throws only when even the failures row cannot be written.
 */
export async function syncTicket(deps: SyncDeps, srId: string, request: SyncRequest): Promise<SyncOutcome> {
  const started = deps.clock.now();
  let outcome: SyncOutcome;
  try {
    outcome = await syncRounds(deps, srId, request);
  } catch (error) {
    const code = errorCode(error);
    outcome = { srId, action: 'fail', changedFields: [], redactionCounts: {}, errorCode: code };
    if (!request.dryRun) await recordFailure(deps, srId, error);
  }
  if (!request.dryRun && outcome.action !== 'not-found') await auditOutcome(deps, outcome, request.runId, started);
  deps.logger.info(
    `sync sr=${srId} action=${outcome.action}` +
      (outcome.workItemId !== undefined ? ` workItem=${outcome.workItemId}` : '') +
      (outcome.errorCode ? ` error=${outcome.errorCode}` : '') +
      ` ms=${deps.clock.now() - started}`,
  );
  return outcome;
}

async function syncRounds(deps: SyncDeps, srId: string, request: SyncRequest): Promise<SyncOutcome> {
  const parentSyncs: SyncOutcome[] = [];
  const outcome = await syncRoundsOf(deps, srId, request, parentSyncs);
  const parent = parentSyncs[0];
  return parent ? { ...outcome, parent } : outcome;
}

async function syncRoundsOf(deps: SyncDeps, srId: string, request: SyncRequest, parentSyncs: SyncOutcome[]): Promise<SyncOutcome> {
  let readFromAdo = false;
  for (let round = 1; ; round++) {
    const listed = round === 1 && request.ticket?.id === srId && !request.ticket.invalid ? request.ticket : undefined;
    const ticket = listed ?? (await deps.source.getTicket(srId));
    if (!ticket) return { srId, action: 'not-found', changedFields: [], redactionCounts: {} };
    const redaction = deps.redactor.redact(redactionInput(ticket), { budgetMs: deps.options.redactionBudgetMs });
    const parentWorkItemId = await resolveParent(deps, ticket, request, parentSyncs);
    const desired = buildDesiredWorkItem(ticket, redaction.fields, deps.mapping, parentWorkItemId);
    const hashes = hashDesired(desired);
    const link = listed && request.link !== undefined ? request.link : await deps.state.getLink(srId);
    const decision = decide({
      link,
      ticketUpdateTime: ticket.updateTime,
      ...(ticket.srVersion !== undefined ? { ticketVersion: ticket.srVersion } : {}),
      desiredHash: hashes.hash,
      now: deps.clock.now(),
    });
    const base = { srId, redactionCounts: redaction.counts, changedFields: [] as string[] };
    if (request.dryRun) return { ...base, action: 'dry-run', planned: decision.kind, ...(link?.workItemId ? { workItemId: link.workItemId } : {}) };

    const writer = new BugWriter(deps, ticket, desired, hashes);
    try {
      switch (decision.kind) {
        case 'busy':
          // The claim holder may have read an older version: leave the SR for the timer to recheck.
          if (!request.forChild) await deps.state.putPending({ srId, receivedAt: deps.clock.now() });
          return { ...base, action: 'skip-busy' };
        case 'skip-stale':
        case 'skip-unchanged':
          return { ...base, action: decision.kind, ...(link?.workItemId ? { workItemId: link.workItemId } : {}) };
        case 'create':
          return { ...base, ...(await writer.create()) };
        case 'resume-create':
          return { ...base, ...(await writer.resumeCreate(link as LinkRow)) };
        case 'update':
          return { ...base, ...(await writer.update(link as LinkRow, readFromAdo)) };
      }
    } catch (error) {
      // Lost a race: someone else claimed, wrote or committed first. Start over from fresh reads.
      const lostRace = error instanceof ConcurrencyConflict || isRevisionConflict(error);
      if (!lostRace || round >= MAX_ROUNDS) throw error;
      readFromAdo = readFromAdo || isRevisionConflict(error);
    }
  }
}

/** The parent's work item, syncing a parent SR that has none yet (one level only). */
async function resolveParent(deps: SyncDeps, ticket: Ticket, request: SyncRequest, parentSyncs: SyncOutcome[]): Promise<number | undefined> {
  if (!ticket.parentId || ticket.parentId === ticket.id) return undefined;
  let parentLink = await deps.state.getLink(ticket.parentId);
  if (!parentLink && !request.dryRun) {
    // Parent first (one level only), so the child's single create can carry the link.
    parentSyncs.push(await syncTicket(deps, ticket.parentId, { runId: request.runId, forChild: true }));
    parentLink = await deps.state.getLink(ticket.parentId);
  }
  // The parent is being created right now (often by the same catch-up): give it a moment.
  for (let wait = 0; wait < PARENT_WAITS && parentLink?.state === 'CREATING' && parentLink.leaseUntil > deps.clock.now(); wait++) {
    await new Promise((resolve) => setTimeout(resolve, PARENT_WAIT_MS));
    parentLink = await deps.state.getLink(ticket.parentId);
  }
  return parentLink?.state === 'CREATED' ? parentLink.workItemId : undefined;
}

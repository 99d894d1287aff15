import { randomUUID } from 'node:crypto';
import { ConcurrencyConflict, type AuditAction, type LinkRow } from '../state/types.js';
import type { Ticket } from '../sysaid/ticket.js';
import { errorCode } from '../errors/errorCode.js';
import type { WorkItemSnapshot } from './ports.js';
import type { SyncDeps, SyncRequest } from './syncContext.js';
import type { SyncOutcome } from './syncOutcome.js';
import { buildDesiredWorkItem, redactionInput, type DesiredWorkItem } from './desiredWorkItem.js';
import { hashDesired, type DesiredHashes } from './desiredHash.js';
import { decide } from './decide.js';
import { buildCreatePatch, buildUpdatePatch } from './buildPatch.js';
import { knownStateFromLink, knownStateFromSnapshot, type KnownState } from './knownState.js';
import { linkFromWrite } from './linkFromWrite.js';
import { recordFailure } from './recordFailure.js';
import { isAmbiguousWrite, isRevisionConflict } from './adoErrors.js';

/** Rounds of re-reading after losing a race (claim taken, rev moved, link changed). */
const MAX_ROUNDS = 4;
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
  if (!request.dryRun && outcome.action !== 'not-found') await audit(deps, outcome, request.runId, started);
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
    const link = await deps.state.getLink(srId);
    const decision = decide({
      link,
      ticketUpdateTime: ticket.updateTime,
      ...(ticket.srVersion !== undefined ? { ticketVersion: ticket.srVersion } : {}),
      desiredHash: hashes.hash,
      now: deps.clock.now(),
    });
    const base = { srId, redactionCounts: redaction.counts, changedFields: [] as string[] };
    if (request.dryRun) return { ...base, action: 'dry-run', planned: decision.kind, ...(link?.workItemId ? { workItemId: link.workItemId } : {}) };

    const step = new Step(deps, ticket, desired, hashes);
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
          return { ...base, ...(await step.create()) };
        case 'resume-create':
          return { ...base, ...(await step.resumeCreate(link as LinkRow)) };
        case 'update':
          return { ...base, ...(await step.update(link as LinkRow, readFromAdo)) };
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

type StepResult = Pick<SyncOutcome, 'action' | 'workItemId' | 'changedFields'>;

/** The write paths of one round, sharing its ticket, desired state and hashes. */
class Step {
  constructor(
    private readonly deps: SyncDeps,
    private readonly ticket: Ticket,
    private readonly desired: DesiredWorkItem,
    private readonly hashes: DesiredHashes,
  ) {}

  /** Claim the SR by inserting its link row (a 409 means another instance owns it), then create. */
  async create(): Promise<StepResult> {
    const claim = await this.deps.state.insertLink(this.claimDraft());
    return this.createClaimed(claim);
  }

  /** A claim that was never committed: take it over, and adopt a Bug ADO already has. */
  async resumeCreate(link: LinkRow): Promise<StepResult> {
    const claim = await this.deps.state.replaceLink(this.claimDraft(), link.etag);
    const existing = await this.deps.gateway.findByExternalId(this.ticket.id);
    const found = existing[0];
    if (found) return this.adopt(claim, found);
    return this.createClaimed(claim);
  }

  async update(link: LinkRow, readFromAdo: boolean): Promise<StepResult> {
    const workItemId = link.workItemId as number;
    let known: KnownState | null = readFromAdo ? null : knownStateFromLink(link, this.desired.hyperlinkUrl);
    if (!known) {
      const current = await this.deps.gateway.get(workItemId);
      if (!current) throw new WorkItemMissingError();
      known = knownStateFromSnapshot(current, this.deps.mapping.ownedFields);
    }
    const patch = buildUpdatePatch(known, this.desired, this.hashes, (id) => this.deps.gateway.workItemUrl(id));
    if (patch.ops.length === 0) {
      // ADO already holds it (another writer got there first): remember that, write nothing.
      await this.commit(link, workItemId, known);
      return { action: 'skip-unchanged', workItemId, changedFields: [] };
    }
    const item = await this.deps.gateway.update(workItemId, patch.ops);
    await this.commit(link, item.id, this.stateOf(item));
    return { action: 'update', workItemId, changedFields: patch.changedFields };
  }

  private async createClaimed(claim: LinkRow): Promise<StepResult> {
    const ops = buildCreatePatch(this.ticket.id, this.desired, this.deps.mapping, (id) => this.deps.gateway.workItemUrl(id));
    let item: WorkItemSnapshot;
    try {
      item = await this.deps.gateway.create(ops);
    } catch (error) {
      if (!isAmbiguousWrite(error)) {
        // ADO refused it, so nothing exists: free the claim for the next attempt.
        await this.deps.state.replaceLink({ ...this.claimDraft(), leaseUntil: 0 }, claim.etag).catch(() => undefined);
        throw error;
      }
      // ADO may have stored it: never create again before looking.
      const found = (await this.deps.gateway.findByExternalId(this.ticket.id))[0];
      if (found) return this.adopt(claim, found);
      item = await this.deps.gateway.create(ops);
    }
    await this.commit(claim, item.id, this.stateOf(item));
    return { action: 'create', workItemId: item.id, changedFields: Object.keys(this.desired.fields) };
  }

  /** Take a Bug found by external id as this SR's, then bring it up to date if it differs. */
  private async adopt(claim: LinkRow, found: WorkItemSnapshot): Promise<StepResult> {
    const known = knownStateFromSnapshot(found, this.deps.mapping.ownedFields);
    const patch = buildUpdatePatch(known, this.desired, this.hashes, (id) => this.deps.gateway.workItemUrl(id));
    const item = patch.ops.length > 0 ? await this.deps.gateway.update(found.id, patch.ops) : found;
    await this.commit(claim, item.id, this.stateOf(item));
    return { action: 'adopt', workItemId: found.id, changedFields: patch.changedFields };
  }

  /** Record what ADO now holds; a newer commit by someone else wins. */
  private async commit(link: LinkRow, workItemId: number, known: KnownState): Promise<void> {
    const draft = linkFromWrite(this.ticket, workItemId, known, this.hashes);
    let etag = link.etag;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.deps.state.replaceLink(draft, etag);
        return;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_ROUNDS) throw error;
        const current = await this.deps.state.getLink(this.ticket.id);
        if (!current) throw error;
        const newer = current.state === 'CREATED' && current.workItemId === workItemId && (current.rev ?? 0) > known.rev;
        if (newer) return;
        if (current.state === 'CREATED' && current.workItemId !== undefined && current.workItemId !== workItemId) {
          this.deps.logger.error(`sync sr=${this.ticket.id} conflict=work-item-mismatch kept=${current.workItemId} other=${workItemId}`);
          return;
        }
        etag = current.etag;
      }
    }
  }

  private claimDraft(): Omit<LinkRow, 'etag'> {
    return {
      srId: this.ticket.id,
      state: 'CREATING',
      leaseOwner: `${this.deps.instanceId}/${randomUUID()}`,
      leaseUntil: this.deps.clock.now() + this.deps.options.leaseMs,
    };
  }

  private stateOf(item: WorkItemSnapshot): KnownState {
    return knownStateFromSnapshot(item, this.deps.mapping.ownedFields);
  }
}

export class WorkItemMissingError extends Error {
  override readonly name = 'WorkItemMissingError';
  readonly permanent = true;
  constructor() {
    super('The linked work item no longer exists in Azure DevOps');
  }
}

async function audit(deps: SyncDeps, outcome: SyncOutcome, runId: string, started: number): Promise<void> {
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

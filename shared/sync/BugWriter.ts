import { randomUUID } from 'node:crypto';
import { ConcurrencyConflict, type LinkRow } from '../state/types.js';
import type { Ticket } from '../sysaid/ticket.js';
import type { WorkItemSnapshot } from './ports.js';
import type { SyncDeps } from './syncContext.js';
import type { SyncOutcome } from './syncOutcome.js';
import type { DesiredWorkItem } from './desiredWorkItem.js';
import type { DesiredHashes } from './desiredHash.js';
import { buildCreatePatch, buildUpdatePatch } from './buildPatch.js';
import { knownStateFromLink, knownStateFromSnapshot, type KnownState } from './knownState.js';
import { linkFromWrite } from './linkFromWrite.js';
import { isAmbiguousWrite } from './adoErrors.js';
import { WorkItemMissingError } from './WorkItemMissingError.js';

/** Rounds of re-reading after losing a race (claim taken, rev moved, link changed). */
export const MAX_ROUNDS = 4;

export type StepResult = Pick<SyncOutcome, 'action' | 'workItemId' | 'changedFields'>;

/** The write paths of one round (create, adopt, update, commit), sharing its ticket, desired state and hashes. */
export class BugWriter {
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

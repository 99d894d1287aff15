import type { LinkDraft } from '../state/types.js';
import type { Ticket } from '../sysaid/ticket.js';
import type { DesiredHashes } from './desiredHash.js';
import type { KnownState } from './knownState.js';

/** The committed link row once ADO holds the desired state at `known.rev`. */
export function linkFromWrite(
  ticket: Ticket,
  workItemId: number,
  known: Pick<KnownState, 'rev' | 'tags' | 'parent'>,
  hashes: DesiredHashes,
): LinkDraft {
  return {
    srId: ticket.id,
    state: 'CREATED',
    leaseOwner: '',
    leaseUntil: 0,
    workItemId,
    rev: known.rev,
    hash: hashes.hash,
    fieldHashes: hashes.fieldHashes,
    updateTime: ticket.updateTime,
    ...(ticket.srVersion !== undefined ? { srVersion: ticket.srVersion } : {}),
    ...(known.parent ? { parentWorkItemId: known.parent.workItemId, parentRelationIndex: known.parent.index } : {}),
    tags: known.tags,
  };
}

import type { LinkRow } from '../state/types.js';

/** What to do with one SR; decided on plain data, no I/O. */
export type Decision =
  | { kind: 'create' }
  /** A create was claimed but never committed (crash or lost lease): adopt what ADO has, else create. */
  | { kind: 'resume-create' }
  /** Someone (another instance, or another call in this one) holds a live claim; it creates the Bug. */
  | { kind: 'busy' }
  | { kind: 'update' }
  | { kind: 'skip-unchanged' }
  | { kind: 'skip-stale' };

export interface DecisionInput {
  link: LinkRow | null;
  ticketUpdateTime: number;
  ticketVersion?: number;
  desiredHash: string;
  now: number;
}

export function decide(input: DecisionInput): Decision {
  const { link } = input;
  if (!link) return { kind: 'create' };
  if (link.state === 'CREATING' || link.workItemId === undefined) {
    // Claims are per attempt, never per process: two calls in one process must not both create.
    return link.leaseUntil > input.now ? { kind: 'busy' } : { kind: 'resume-create' };
  }
  if (isOlder(input, link)) return { kind: 'skip-stale' };
  if (link.hash === input.desiredHash) return { kind: 'skip-unchanged' };
  return { kind: 'update' };
}

/** Older than what was applied: by SysAid's version when both sides know it, else by update_time. */
function isOlder(input: DecisionInput, link: LinkRow): boolean {
  if (input.ticketVersion !== undefined && link.srVersion !== undefined && input.ticketVersion !== link.srVersion) {
    return input.ticketVersion < link.srVersion;
  }
  return link.updateTime !== undefined && input.ticketUpdateTime < link.updateTime;
}

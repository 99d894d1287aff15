import type { LinkRow } from '../state/types.js';
import type { WorkItemSnapshot } from './ports.js';
import { FIELD, HYPERLINK_REL, MANAGED_TAG_PREFIX, PARENT_REL } from './fieldMapping.js';
import { PARENT_KEY, shortHash } from './desiredHash.js';

/** What the sync believes the work item holds right now, whether remembered or just read. */
export interface KnownState {
  rev: number;
  /** Hashes of owned field values, System.Tags (managed part) and the parent. */
  fieldHashes: Record<string, string>;
  /** Full System.Tags value, engineers' tags included. */
  tags: string;
  parent?: { workItemId: number; index: number };
  hyperlinks: string[];
}

/** From the link row: valid as long as ADO's rev still equals the one remembered. */
export function knownStateFromLink(link: LinkRow, hyperlinkUrl: string): KnownState | null {
  if (link.rev === undefined || !link.fieldHashes) return null;
  return {
    rev: link.rev,
    fieldHashes: link.fieldHashes,
    tags: link.tags ?? '',
    ...(link.parentWorkItemId !== undefined && link.parentRelationIndex !== undefined
      ? { parent: { workItemId: link.parentWorkItemId, index: link.parentRelationIndex } }
      : {}),
    hyperlinks: [hyperlinkUrl],
  };
}

/** From a work item just read or written. */
export function knownStateFromSnapshot(item: WorkItemSnapshot, ownedFields: string[]): KnownState {
  const fieldHashes: Record<string, string> = {};
  for (const name of ownedFields) {
    if (name === FIELD.tags) continue;
    const value = item.fields[name];
    if (value !== undefined && value !== null && value !== '') fieldHashes[name] = shortHash(value);
  }
  const rawTags = item.fields[FIELD.tags];
  const tags = typeof rawTags === 'string' ? rawTags : '';
  fieldHashes[FIELD.tags] = shortHash(managedTags(tags));
  const parent = findParent(item);
  fieldHashes[PARENT_KEY] = shortHash(parent?.workItemId ?? null);
  return {
    rev: item.rev,
    fieldHashes,
    tags,
    ...(parent ? { parent } : {}),
    hyperlinks: item.relations.filter((r) => r.rel === HYPERLINK_REL).map((r) => r.url),
  };
}

export function splitTags(tags: string): string[] {
  return tags
    .split(';')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

export function managedTags(tags: string): string[] {
  return splitTags(tags)
    .filter((t) => t.toLowerCase().startsWith(MANAGED_TAG_PREFIX))
    .map((t) => t.toLowerCase())
    .sort();
}

export function findParent(item: WorkItemSnapshot): { workItemId: number; index: number } | undefined {
  const index = item.relations.findIndex((r) => r.rel === PARENT_REL);
  const relation = item.relations[index];
  if (!relation) return undefined;
  const workItemId = Number(/\/(\d+)\/?$/.exec(relation.url)?.[1]);
  return Number.isFinite(workItemId) ? { workItemId, index } : undefined;
}

import { createHash } from 'node:crypto';
import { FIELD } from './fieldMapping.js';
import type { DesiredWorkItem } from './desiredWorkItem.js';

/** Key under which the parent link's hash is kept beside the field hashes. */
export const PARENT_KEY = '@parent';

export interface DesiredHashes {
  /** Changes whenever anything the sync would write changes. */
  hash: string;
  /** Per owned field (plus System.Tags and the parent), so updates send only what changed. */
  fieldHashes: Record<string, string>;
}

export function shortHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value ?? null)).digest('base64url').slice(0, 16);
}

export function hashDesired(desired: DesiredWorkItem): DesiredHashes {
  const fieldHashes: Record<string, string> = {};
  for (const name of Object.keys(desired.fields).sort()) fieldHashes[name] = shortHash(desired.fields[name]);
  fieldHashes[FIELD.tags] = shortHash(desired.managedTags);
  fieldHashes[PARENT_KEY] = shortHash(desired.parentWorkItemId ?? null);
  const canonical = Object.keys(fieldHashes)
    .sort()
    .map((name) => `${name}=${fieldHashes[name] ?? ''}`)
    .join('\n');
  return { hash: createHash('sha256').update(canonical).digest('base64url'), fieldHashes };
}

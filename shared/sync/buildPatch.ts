import type { PatchOp } from './ports.js';
import type { DesiredWorkItem } from './desiredWorkItem.js';
import type { DesiredHashes } from './desiredHash.js';
import { PARENT_KEY } from './desiredHash.js';
import { FIELD, HYPERLINK_REL, MANAGED_TAG_PREFIX, type FieldMapping, PARENT_REL } from './fieldMapping.js';
import { splitTags, type KnownState } from './knownState.js';

/** The single patch that creates the Bug: fields, tags, external id, parent and link back. */
export function buildCreatePatch(
  srId: string,
  desired: DesiredWorkItem,
  mapping: FieldMapping,
  workItemUrl: (id: number) => string,
): PatchOp[] {
  const ops: PatchOp[] = Object.entries(desired.fields).map(([name, value]) => addField(name, value));
  ops.push(addField(FIELD.tags, desired.managedTags.join('; ')));
  if (mapping.externalIdField) ops.push(addField(mapping.externalIdField, srId));
  if (mapping.areaPath) ops.push(addField(FIELD.areaPath, mapping.areaPath));
  if (mapping.iterationPath) ops.push(addField(FIELD.iterationPath, mapping.iterationPath));
  if (desired.parentWorkItemId !== undefined) ops.push(addRelation(PARENT_REL, workItemUrl(desired.parentWorkItemId)));
  ops.push(addRelation(HYPERLINK_REL, desired.hyperlinkUrl, { name: 'SysAid SR' }));
  return ops;
}

export interface UpdatePatch {
  /** Empty when ADO already holds the desired state. */
  ops: PatchOp[];
  /** Names of what changed (ADO field names, `System.Parent`, `Hyperlink`); never values. */
  changedFields: string[];
}

/**
 * The patch that brings a known work item to the desired state, touching only owned fields.
 * It starts with `test /rev` so an edit made in between fails it (412) instead of being lost.
 */
export function buildUpdatePatch(
  known: KnownState,
  desired: DesiredWorkItem,
  hashes: DesiredHashes,
  workItemUrl: (id: number) => string,
): UpdatePatch {
  const ops: PatchOp[] = [];
  const changedFields: string[] = [];
  for (const [name, value] of Object.entries(desired.fields)) {
    if (known.fieldHashes[name] !== hashes.fieldHashes[name]) {
      ops.push(addField(name, value));
      changedFields.push(name);
    }
  }
  if (known.fieldHashes[FIELD.tags] !== hashes.fieldHashes[FIELD.tags]) {
    ops.push(addField(FIELD.tags, mergeTags(known.tags, desired.managedTags)));
    changedFields.push(FIELD.tags);
  }
  if (known.fieldHashes[PARENT_KEY] !== hashes.fieldHashes[PARENT_KEY]) {
    // Remove first: a second Hierarchy-Reverse would fail the whole patch (TF201036).
    if (known.parent) ops.push({ op: 'remove', path: `/relations/${known.parent.index}` });
    if (desired.parentWorkItemId !== undefined) ops.push(addRelation(PARENT_REL, workItemUrl(desired.parentWorkItemId)));
    changedFields.push('System.Parent');
  }
  if (!known.hyperlinks.includes(desired.hyperlinkUrl)) {
    ops.push(addRelation(HYPERLINK_REL, desired.hyperlinkUrl, { name: 'SysAid SR' }));
    changedFields.push('Hyperlink');
  }
  if (ops.length === 0) return { ops, changedFields };
  return { ops: [{ op: 'test', path: '/rev', value: known.rev }, ...ops], changedFields };
}

/** Engineers' tags stay; the managed `sysaid-` tags are replaced by the desired ones. */
export function mergeTags(current: string, managed: string[]): string {
  const foreign = splitTags(current).filter((t) => !t.toLowerCase().startsWith(MANAGED_TAG_PREFIX));
  return [...foreign, ...managed].join('; ');
}

function addField(name: string, value: unknown): PatchOp {
  return { op: 'add', path: `/fields/${name}`, value };
}

function addRelation(rel: string, url: string, attributes?: Record<string, unknown>): PatchOp {
  return { op: 'add', path: '/relations/-', value: { rel, url, ...(attributes ? { attributes } : {}) } };
}

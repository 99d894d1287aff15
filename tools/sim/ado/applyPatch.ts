import { SEVERITIES, type FieldCatalog } from './fieldCatalog.js';
import { errors } from './simError.js';
import type { Relation, StoredWorkItem } from './types.js';

/** What patch validation needs to know about the rest of the service. */
export interface PatchContext {
  catalog: FieldCatalog;
  /** Id used in messages (0 while creating). */
  id: number;
  exists(id: number): boolean;
  isValidAreaPath(path: string): boolean;
  isValidIterationPath(path: string): boolean;
}

interface Op {
  op: string;
  path: string;
  value?: unknown;
}

const WORK_ITEM_LINK = /\/_apis\/wit\/workitems\/(\d+)\/?$/i;
const OPERATIONS = ['add', 'remove', 'replace', 'move', 'copy', 'test'];
export const PARENT_REL = 'System.LinkTypes.Hierarchy-Reverse';
export const CHILD_REL = 'System.LinkTypes.Hierarchy-Forward';

/** The work item id a relation URL points at, or undefined for non-work-item links. */
export function linkedId(url: string): number | undefined {
  const match = WORK_ITEM_LINK.exec(url);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * Applies a JSON Patch to a copy of `current` and validates the result as ADO would.
 * Throws a SimError on the first problem; `current` is never modified, so a failed patch changes nothing.
 */
export function applyPatch(current: StoredWorkItem, body: unknown, ctx: PatchContext): StoredWorkItem {
  const ops = parseOps(body);
  const next: StoredWorkItem = structuredClone(current);
  for (const op of ops) applyOne(next, op, ctx);
  validate(next, ctx);
  return next;
}

function parseOps(body: unknown): Op[] {
  if (!Array.isArray(body) || body.length === 0) {
    throw errors.badRequest('VS403355: The request body must be a non-empty JSON Patch document.', 'VssPropertyValidationException');
  }
  return body.map((raw: unknown) => {
    const op = raw as { op?: unknown; path?: unknown; value?: unknown } | null;
    // The service deserialises Operation as an enum, so the client's numbers (0 = add ... 5 = test) work too.
    const name = typeof op?.op === 'number' ? OPERATIONS[op.op] : typeof op?.op === 'string' ? op.op.toLowerCase() : undefined;
    if (!op || name === undefined || typeof op.path !== 'string') {
      throw errors.badRequest('VS403356: Every patch operation needs "op" and "path".', 'VssPropertyValidationException');
    }
    return { op: name, path: op.path, value: op.value };
  });
}

function applyOne(item: StoredWorkItem, op: Op, ctx: PatchContext): void {
  const segments = op.path.split('/').slice(1);
  const [head, second, third, fourth] = segments;
  switch (head?.toLowerCase()) {
    case 'rev':
    case 'id':
      if (op.op !== 'test' || segments.length !== 1) throw errors.readOnlyField(head === 'rev' ? 'System.Rev' : 'System.Id');
      if (Number(op.value) !== (head === 'rev' ? item.rev : item.id)) throw errors.revMismatch();
      return;
    case 'fields':
      if (second === undefined || segments.length !== 2) break;
      applyField(item, op, second, ctx);
      return;
    case 'relations':
      if (second === undefined) break;
      applyRelation(item, op, second, third, fourth, segments.length);
      return;
  }
  throw errors.badRequest(`VS403357: The patch path '${op.path}' is not supported.`, 'VssPropertyValidationException');
}

function applyField(item: StoredWorkItem, op: Op, name: string, ctx: PatchContext): void {
  const ref = ctx.catalog.resolve(name);
  if (!ref) throw errors.unknownField(name);
  if (op.op === 'test') {
    if (JSON.stringify(item.fields[ref] ?? null) !== JSON.stringify(op.value ?? null)) throw errors.testFailed(`/fields/${ref}`);
    return;
  }
  if (ctx.catalog.isReadOnly(ref)) throw errors.readOnlyField(ref);
  if (op.op === 'remove') {
    delete item.fields[ref];
    return;
  }
  if (op.op !== 'add' && op.op !== 'replace') throw unsupportedOp(op);
  if (op.value === undefined) throw errors.badRequest(`VS403358: The operation at '/fields/${ref}' needs a value.`);
  const value = normaliseField(ref, op.value);
  if (value === null || value === '') delete item.fields[ref];
  else item.fields[ref] = value;
}

function normaliseField(ref: string, value: unknown): unknown {
  if (ref === 'System.Tags' && typeof value === 'string') return normaliseTags(value);
  if (ref === 'Microsoft.VSTS.Common.Priority' && typeof value === 'string' && value.trim() !== '') return Number(value);
  return value;
}

/** ADO stores tags trimmed, de-duplicated (case-insensitively) and sorted, joined by "; ". */
export function normaliseTags(value: string): string {
  const seen = new Map<string, string>();
  for (const tag of value.split(';').map((t) => t.trim()).filter((t) => t !== '')) {
    if (!seen.has(tag.toLowerCase())) seen.set(tag.toLowerCase(), tag);
  }
  return [...seen.values()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())).join('; ');
}

function applyRelation(
  item: StoredWorkItem,
  op: Op,
  index: string,
  third: string | undefined,
  attribute: string | undefined,
  length: number,
): void {
  if (index === '-' && length === 2) {
    if (op.op !== 'add') throw unsupportedOp(op);
    item.relations.push(parseRelation(op.value));
    return;
  }
  const i = /^\d+$/.test(index) ? Number(index) : -1;
  const relation = item.relations[i];
  if (!relation) throw errors.badRequest(`VS403359: There is no relation at index ${index}.`, 'VssPropertyValidationException');
  if (length === 2) {
    if (op.op === 'remove') item.relations.splice(i, 1);
    else if (op.op === 'replace' || op.op === 'add') item.relations[i] = parseRelation(op.value);
    else if (op.op === 'test') {
      if (JSON.stringify(relation) !== JSON.stringify(op.value)) throw errors.testFailed(op.path);
    } else throw unsupportedOp(op);
    return;
  }
  if (third?.toLowerCase() === 'attributes' && attribute !== undefined && length === 4) {
    const attributes = (relation.attributes ??= {});
    if (op.op === 'remove') delete attributes[attribute];
    else if (op.op === 'add' || op.op === 'replace') attributes[attribute] = op.value;
    else throw unsupportedOp(op);
    return;
  }
  throw errors.badRequest(`VS403357: The patch path '${op.path}' is not supported.`, 'VssPropertyValidationException');
}

function parseRelation(value: unknown): Relation {
  const v = value as Partial<Relation> | null | undefined;
  if (!v || typeof v.rel !== 'string' || typeof v.url !== 'string' || v.rel === '' || v.url === '') {
    throw errors.badRequest('VS403360: A relation needs "rel" and "url".', 'VssPropertyValidationException');
  }
  const relation: Relation = { rel: v.rel, url: v.url };
  if (v.attributes && typeof v.attributes === 'object') relation.attributes = { ...v.attributes };
  return relation;
}

function unsupportedOp(op: Op): Error {
  return errors.badRequest(`VS403361: The operation '${op.op}' is not supported at '${op.path}'.`, 'VssPropertyValidationException');
}

function validate(item: StoredWorkItem, ctx: PatchContext): void {
  const title = item.fields['System.Title'];
  if (typeof title !== 'string' || title.trim() === '') throw errors.ruleError('Title', 'Required, InvalidEmpty');
  const area = item.fields['System.AreaPath'];
  if (typeof area !== 'string' || !ctx.isValidAreaPath(area)) throw errors.invalidTreePath(ctx.id, 'System.AreaPath');
  const iteration = item.fields['System.IterationPath'];
  if (typeof iteration !== 'string' || !ctx.isValidIterationPath(iteration)) {
    throw errors.invalidTreePath(ctx.id, 'System.IterationPath');
  }
  const priority = item.fields['Microsoft.VSTS.Common.Priority'];
  if (priority !== undefined && !(Number.isInteger(priority) && (priority as number) >= 1 && (priority as number) <= 4)) {
    throw errors.ruleError('Priority', 'LimitedToValues');
  }
  const severity = item.fields['Microsoft.VSTS.Common.Severity'];
  if (severity !== undefined && !(SEVERITIES as readonly unknown[]).includes(severity)) {
    throw errors.ruleError('Severity', 'LimitedToValues');
  }
  validateRelations(item, ctx);
}

function validateRelations(item: StoredWorkItem, ctx: PatchContext): void {
  let parents = 0;
  for (const relation of item.relations) {
    if (relation.rel.toLowerCase() === 'hyperlink') {
      if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(relation.url)) {
        throw errors.badRequest('TF201064: The hyperlink URL is not valid.', 'WorkItemLinkInvalidException');
      }
      continue;
    }
    if (!relation.rel.startsWith('System.LinkTypes.')) continue;
    const target = linkedId(relation.url);
    if (target === undefined) throw errors.badRequest('TF201065: The link URL does not name a work item.', 'WorkItemLinkInvalidException');
    if (target === item.id) throw errors.badRequest('TF201066: A work item cannot link to itself.', 'WorkItemLinkInvalidException');
    if (!ctx.exists(target)) throw errors.linkTargetMissing(target);
    if (relation.rel.toLowerCase() === PARENT_REL.toLowerCase() && ++parents > 1) throw errors.secondParent(ctx.id);
  }
  const keys = new Set<string>();
  for (const relation of item.relations) {
    const key = `${relation.rel.toLowerCase()} ${relation.url.toLowerCase()}`;
    if (keys.has(key)) throw errors.badRequest('TF201035: The relation already exists.', 'WorkItemLinkInvalidException');
    keys.add(key);
  }
}

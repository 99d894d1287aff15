import { renderWorkItem } from './render.js';
import { checkProject, queryParam, type HandlerInput, type Reply, type SimContext } from './simContext.js';
import { errors, SimError } from './simError.js';
import type { StoredWorkItem } from './types.js';

const MAX_BATCH = 200;
/** WorkItemExpand as the client sends it (numbers) or as people type it (names). */
const EXPAND: Record<string, 'none' | 'relations' | 'fields' | 'links' | 'all'> = {
  '0': 'none',
  '1': 'relations',
  '2': 'fields',
  '3': 'links',
  '4': 'all',
  none: 'none',
  relations: 'relations',
  fields: 'fields',
  links: 'links',
  all: 'all',
};

export function createWorkItem(ctx: SimContext, project: string, type: string, input: HandlerInput): Reply {
  checkProject(ctx, project);
  requirePatchContentType(input.contentType);
  const item = ctx.store.create(type, input.body);
  return { status: 200, body: renderWorkItem(item, ctx.orgUrl, { relations: true, links: true }) };
}

export function updateWorkItem(ctx: SimContext, project: string | undefined, id: number, input: HandlerInput): Reply {
  checkProject(ctx, project);
  requirePatchContentType(input.contentType);
  const item = ctx.store.update(id, input.body);
  return { status: 200, body: renderWorkItem(item, ctx.orgUrl, { relations: true, links: true }) };
}

export function getWorkItem(ctx: SimContext, project: string | undefined, id: number, input: HandlerInput): Reply {
  checkProject(ctx, project);
  const shape = readShape(ctx, queryParam(input.query, '$expand'), queryParam(input.query, 'fields'));
  const item = ctx.store.get(id);
  if (!item) throw errors.notFound(id);
  return { status: 200, body: renderWorkItem(item, ctx.orgUrl, { ...shape, links: shape.links ?? true }) };
}

/** `GET _apis/wit/workitems?ids=1,2`: up to 200 ids, in the order asked. */
export function listWorkItems(ctx: SimContext, project: string | undefined, input: HandlerInput): Reply {
  checkProject(ctx, project);
  const raw = queryParam(input.query, 'ids');
  if (!raw) throw errors.badRequest('VS403363: The ids parameter is required.');
  const ids = raw.split(',').map((s) => Number(s.trim()));
  const shape = readShape(ctx, queryParam(input.query, '$expand'), queryParam(input.query, 'fields'));
  return { status: 200, body: many(ctx, ids, shape, queryParam(input.query, 'errorPolicy')) };
}

/** `POST _apis/wit/workitemsbatch` with `{ids, fields?, $expand?, errorPolicy?}`. */
export function batchWorkItems(ctx: SimContext, project: string | undefined, input: HandlerInput): Reply {
  checkProject(ctx, project);
  const body = (input.body ?? {}) as { ids?: unknown; fields?: unknown; $expand?: unknown; errorPolicy?: unknown };
  if (!Array.isArray(body.ids)) throw errors.badRequest('VS403363: The ids property is required.');
  const fields = Array.isArray(body.fields) ? body.fields.map(String).join(',') : undefined;
  const expand = scalar(body.$expand);
  const shape = readShape(ctx, expand, fields);
  const policy = scalar(body.errorPolicy);
  return { status: 200, body: many(ctx, body.ids.map(Number), shape, policy) };
}

function many(
  ctx: SimContext,
  ids: number[],
  shape: { relations: boolean; links: boolean | undefined; fields?: string[] },
  errorPolicy: string | undefined,
): { count: number; value: unknown[] } {
  if (ids.length === 0 || ids.some((id) => !Number.isInteger(id) || id <= 0)) {
    throw errors.badRequest('VS403364: The ids must be positive integers.');
  }
  if (ids.length > MAX_BATCH) {
    throw errors.badRequest(`VS403365: The maximum number of work items per request is ${MAX_BATCH}.`);
  }
  // WorkItemErrorPolicy: 1 = fail (default), 2 = omit (null in place of a missing item).
  const omit = errorPolicy === '2' || errorPolicy?.toLowerCase() === 'omit';
  const value = ids.map((id) => {
    const item: StoredWorkItem | undefined = ctx.store.get(id);
    if (item) return renderWorkItem(item, ctx.orgUrl, { ...shape, links: shape.links ?? false });
    if (omit) return null;
    throw errors.notFound(id);
  });
  return { count: value.length, value };
}

function readShape(
  ctx: SimContext,
  expandRaw: string | undefined,
  fieldsRaw: string | undefined,
): { relations: boolean; links: boolean | undefined; fields?: string[] } {
  const expand = expandRaw === undefined || expandRaw === '' ? 'none' : EXPAND[expandRaw.toLowerCase()];
  if (!expand) throw errors.badRequest(`VS403366: The $expand value '${expandRaw}' is not valid.`);
  const fields = fieldsRaw?.split(',').map((f) => f.trim()).filter((f) => f !== '');
  if (fields && fields.length > 0 && expand !== 'none') {
    throw errors.badRequest(
      'VS403437: The expand parameter can not be used with the fields parameter.',
      'ConflictingParametersException',
    );
  }
  const resolved = fields?.map((f) => {
    const ref = ctx.catalog.resolve(f);
    if (!ref) throw errors.unknownField(f);
    return ref;
  });
  return {
    relations: expand === 'relations' || expand === 'all',
    links: expand === 'links' || expand === 'all' ? true : undefined,
    ...(resolved && resolved.length > 0 ? { fields: resolved } : {}),
  };
}

function requirePatchContentType(contentType: string): void {
  if (!contentType.toLowerCase().startsWith('application/json-patch+json')) {
    throw new SimError(
      415,
      'VS403367: The request indicated a Content-Type which is not supported. Valid content types for this method are: application/json-patch+json.',
      'VssRequestContentTypeNotSupportedException',
    );
  }
}

function scalar(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

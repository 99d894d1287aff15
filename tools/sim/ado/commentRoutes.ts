import { renderComment } from './render.js';
import { checkProject, queryParam, type HandlerInput, type Reply, type SimContext } from './simContext.js';
import { errors } from './simError.js';

const DEFAULT_PAGE = 200;

/** `POST .../workItems/{id}/comments` with `{text}`. */
export function addComment(ctx: SimContext, project: string | undefined, id: number, input: HandlerInput): Reply {
  checkProject(ctx, project);
  const text = (input.body as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || text.trim() === '') throw errors.badRequest('VS403368: A comment needs a non-empty "text".');
  const comment = ctx.store.addComment(id, text);
  return { status: 200, body: renderComment(comment, ctx.orgUrl, ctx.project) };
}

/**
 * `GET .../workItems/{id}/comments`: newest first unless `order=asc`, `$top` per page, and an opaque
 * `continuationToken` for the next page while more remain.
 */
export function listComments(ctx: SimContext, project: string | undefined, id: number, input: HandlerInput): Reply {
  checkProject(ctx, project);
  if (!ctx.store.get(id)) throw errors.notFound(id);
  const all = ctx.store.comments(id);
  const order = queryParam(input.query, 'order')?.toLowerCase();
  if (order !== 'asc' && order !== '1') all.reverse();
  const top = Number(queryParam(input.query, '$top') ?? DEFAULT_PAGE);
  if (!Number.isInteger(top) || top <= 0) throw errors.badRequest('VS403369: $top must be a positive integer.');
  const start = decodeToken(queryParam(input.query, 'continuationToken'));
  const page = all.slice(start, start + top);
  const body: Record<string, unknown> = {
    totalCount: all.length,
    count: page.length,
    comments: page.map((c) => renderComment(c, ctx.orgUrl, ctx.project)),
  };
  const next = start + page.length;
  if (next < all.length) {
    const token = encodeToken(next);
    body.continuationToken = token;
    body.nextPage = `${ctx.orgUrl}/${encodeURIComponent(ctx.project)}/_apis/wit/workItems/${id}/comments?continuationToken=${token}&$top=${top}`;
  }
  body.url = `${ctx.orgUrl}/${encodeURIComponent(ctx.project)}/_apis/wit/workItems/${id}/comments`;
  return { status: 200, body };
}

export function getComment(ctx: SimContext, project: string | undefined, id: number, commentId: number): Reply {
  checkProject(ctx, project);
  if (!ctx.store.get(id)) throw errors.notFound(id);
  const comment = ctx.store.comments(id).find((c) => c.commentId === commentId);
  if (!comment) throw errors.badRequest(`VS403370: Comment ${commentId} does not exist on work item ${id}.`);
  return { status: 200, body: renderComment(comment, ctx.orgUrl, ctx.project) };
}

function encodeToken(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

function decodeToken(token: string | undefined): number {
  if (!token) return 0;
  const match = /^o:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!match) throw errors.badRequest('VS403371: The continuation token is not valid.');
  return Number(match[1]);
}

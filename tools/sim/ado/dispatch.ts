import { addComment, getComment, listComments } from './commentRoutes.js';
import { areaLocations, resourceAreas } from './discovery.js';
import type { Route } from './router.js';
import type { HandlerInput, Reply, SimContext } from './simContext.js';
import { errors } from './simError.js';
import { queryByWiql } from './wiqlRoute.js';
import { batchWorkItems, createWorkItem, getWorkItem, listWorkItems, updateWorkItem } from './workItemRoutes.js';
import { renderWorkItem } from './render.js';
import { checkProject } from './simContext.js';

/** Serves a matched route; throws SimError for ADO-shaped failures. */
export function dispatch(ctx: SimContext, method: string, route: Route, input: HandlerInput): Reply {
  switch (route.kind) {
    case 'discovery': {
      const body = route.action === 'resourceAreas' ? resourceAreas(ctx.orgUrl) : areaLocations(route.area);
      if (!body) throw errors.routeNotFound();
      return { status: 200, body };
    }
    case 'create':
      return createWorkItem(ctx, route.project, route.type, input);
    case 'update':
      return updateWorkItem(ctx, route.project, route.id, input);
    case 'get':
      return getWorkItem(ctx, route.project, route.id, input);
    case 'list':
      return listWorkItems(ctx, route.project, input);
    case 'batch':
      return batchWorkItems(ctx, route.project, input);
    case 'wiql':
      return queryByWiql(ctx, route.project, input);
    case 'comments':
      if (method === 'POST') return addComment(ctx, route.project, route.id, input);
      if (route.commentId !== undefined) return getComment(ctx, route.project, route.id, route.commentId);
      return listComments(ctx, route.project, route.id, input);
    case 'updates':
      return listRevisions(ctx, route.project, route.id);
    case 'unknown':
      throw errors.routeNotFound();
  }
}

/** Each revision in full; close enough to ADO's updates list for tests that read history. */
function listRevisions(ctx: SimContext, project: string | undefined, id: number): Reply {
  checkProject(ctx, project);
  const revisions = ctx.store.revisions(id);
  if (revisions.length === 0) throw errors.notFound(id);
  const value = revisions.map((r) => renderWorkItem(r, ctx.orgUrl, { relations: true, links: false }));
  return { status: 200, body: { count: value.length, value } };
}

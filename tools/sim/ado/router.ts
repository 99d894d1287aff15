import type { RouteKind } from './types.js';

/** A request matched to what it asks for; paths match case-insensitively, as ADO's do. */
export type Route =
  | { kind: 'discovery'; action: 'options'; area: string }
  | { kind: 'discovery'; action: 'resourceAreas' }
  | { kind: 'create'; project: string; type: string }
  | { kind: 'get' | 'update'; project?: string; id: number }
  | { kind: 'list' | 'batch' | 'wiql'; project?: string }
  | { kind: 'comments'; project?: string; id: number; commentId?: number }
  | { kind: 'updates'; project?: string; id: number }
  | { kind: 'unknown' };

const WRITES = new Set<string>(['POST create', 'PATCH update', 'POST comments']);

export function isWrite(method: string, kind: RouteKind): boolean {
  return WRITES.has(`${method} ${kind}`);
}

/** `segments` is the decoded path after the organisation. */
export function matchRoute(method: string, segments: string[]): Route {
  const apis = segments.findIndex((s) => s.toLowerCase() === '_apis');
  if (apis < 0) return { kind: 'unknown' };
  const prefix = segments.slice(0, apis);
  const rest = segments.slice(apis + 1).map((s, i) => (i < 2 ? s.toLowerCase() : s));
  const project = prefix[0];
  const [area, resource, third, fourth, fifth] = rest;

  if (prefix.length === 0) {
    if (method === 'OPTIONS' && rest.length === 1 && area) return { kind: 'discovery', action: 'options', area };
    if (method === 'GET' && area === 'resourceareas' && rest.length <= 2) return { kind: 'discovery', action: 'resourceAreas' };
  }
  if (area !== 'wit' || prefix.length > 2) return { kind: 'unknown' };
  // Only WIQL takes a team segment after the project.
  if (prefix.length === 2 && resource !== 'wiql') return { kind: 'unknown' };
  const scoped = project === undefined ? {} : { project };

  if (resource === 'workitems') {
    if (rest.length === 2 && method === 'GET') return { kind: 'list', ...scoped };
    if (rest.length === 3 && third?.startsWith('$') && method === 'POST' && project !== undefined) {
      return { kind: 'create', project, type: third.slice(1) };
    }
    const id = third !== undefined && /^\d+$/.test(third) ? Number(third) : undefined;
    if (id === undefined) return { kind: 'unknown' };
    if (rest.length === 3 && method === 'GET') return { kind: 'get', ...scoped, id };
    if (rest.length === 3 && method === 'PATCH') return { kind: 'update', ...scoped, id };
    if (fourth?.toLowerCase() === 'comments' && rest.length <= 5) {
      if (rest.length === 4 && (method === 'GET' || method === 'POST')) return { kind: 'comments', ...scoped, id };
      if (rest.length === 5 && method === 'GET' && /^\d+$/.test(fifth ?? '')) {
        return { kind: 'comments', ...scoped, id, commentId: Number(fifth) };
      }
    }
    if (fourth?.toLowerCase() === 'updates' && rest.length === 4 && method === 'GET') return { kind: 'updates', ...scoped, id };
    return { kind: 'unknown' };
  }
  if (resource === 'workitemsbatch' && rest.length === 2 && method === 'POST') return { kind: 'batch', ...scoped };
  if (resource === 'wiql' && rest.length === 2 && method === 'POST') return { kind: 'wiql', ...scoped };
  return { kind: 'unknown' };
}

import type { FieldCatalog } from './fieldCatalog.js';
import { errors } from './simError.js';
import type { WorkItemStore } from './workItemStore.js';

/** What route handlers share. */
export interface SimContext {
  store: WorkItemStore;
  catalog: FieldCatalog;
  orgUrl: string;
  project: string;
  projectId: string;
}

/** A handler's answer, before faults and headers are added. */
export interface Reply {
  status: number;
  body?: unknown;
}

export interface HandlerInput {
  query: URLSearchParams;
  body: unknown;
  contentType: string;
}

/** A project in the URL must be ours, by name or id (case-insensitive). */
export function checkProject(ctx: SimContext, project: string | undefined): void {
  if (project === undefined) return;
  const p = project.toLowerCase();
  if (p !== ctx.project.toLowerCase() && p !== ctx.projectId.toLowerCase()) throw errors.projectNotFound(project);
}

/** Query parameters match case-insensitively. */
export function queryParam(query: URLSearchParams, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

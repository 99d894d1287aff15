import type { WorkItem } from 'azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js';
import type { WorkItemRelation, WorkItemSnapshot } from '../sync/ports.js';

/** Copies only what the sync needs; drops the client's extras (e.g. its `rateLimit` annotation). */
export function toSnapshot(item: WorkItem): WorkItemSnapshot {
  if (typeof item.id !== 'number' || typeof item.rev !== 'number') throw new TypeError('Work item without id or rev');
  const relations: WorkItemRelation[] = (item.relations ?? []).map((r) => ({
    rel: r.rel ?? '',
    url: r.url ?? '',
    ...(r.attributes ? { attributes: { ...(r.attributes as Record<string, unknown>) } } : {}),
  }));
  return { id: item.id, rev: item.rev, fields: { ...item.fields }, relations };
}

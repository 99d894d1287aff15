import type { StoredComment, StoredWorkItem } from './types.js';
import { SERVICE_IDENTITY } from './workItemStore.js';

export interface RenderOptions {
  relations: boolean;
  links: boolean;
  /** Only these fields (canonical names); System.Id comes from the id. */
  fields?: string[];
}

/** A work item as ADO answers with it. */
export function renderWorkItem(item: StoredWorkItem, orgUrl: string, options: RenderOptions): Record<string, unknown> {
  const url = `${orgUrl}/_apis/wit/workItems/${item.id}`;
  let fields: Record<string, unknown> = item.fields;
  if (options.fields) {
    fields = {};
    for (const name of options.fields) {
      const value = name === 'System.Id' ? item.id : name === 'System.Rev' ? item.rev : item.fields[name];
      if (value !== undefined) fields[name] = value;
    }
  }
  const body: Record<string, unknown> = { id: item.id, rev: item.rev, fields: structuredClone(fields) };
  if (options.relations && item.relations.length > 0) body.relations = structuredClone(item.relations);
  if (options.links) {
    const type = encodeURIComponent(asText(item.fields['System.WorkItemType']));
    const project = encodeURIComponent(asText(item.fields['System.TeamProject']));
    body._links = {
      self: { href: url },
      workItemUpdates: { href: `${url}/updates` },
      workItemRevisions: { href: `${url}/revisions` },
      workItemHistory: { href: `${url}/history` },
      workItemComments: { href: `${url}/comments` },
      html: { href: `${orgUrl}/${project}/_workitems/edit/${item.id}` },
      workItemType: { href: `${orgUrl}/${project}/_apis/wit/workItemTypes/${type}` },
      fields: { href: `${orgUrl}/_apis/wit/fields` },
    };
  }
  body.url = url;
  return body;
}

export function renderComment(comment: StoredComment, orgUrl: string, project: string): Record<string, unknown> {
  return {
    workItemId: comment.workItemId,
    // 7.1 names it `id`; the 5.1-preview recordings call it `commentId`.
    id: comment.commentId,
    version: comment.version,
    text: comment.text,
    format: 'html',
    createdBy: SERVICE_IDENTITY,
    createdDate: comment.createdDate,
    modifiedBy: SERVICE_IDENTITY,
    modifiedDate: comment.modifiedDate,
    isDeleted: false,
    url: `${orgUrl}/${encodeURIComponent(project)}/_apis/wit/workItems/${comment.workItemId}/comments/${comment.commentId}`,
  };
}

function asText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

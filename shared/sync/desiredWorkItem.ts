import type { Ticket } from '../sysaid/ticket.js';
import { FIELD, MANAGED_TAG_PREFIX, externalIdTag, type FieldMapping } from './fieldMapping.js';
import { reproStepsHtml } from './reproStepsHtml.js';

/** What the Bug should look like for one SR, built only from redacted text. */
export interface DesiredWorkItem {
  /** Owned fields other than System.Tags, by ADO reference name. */
  fields: Record<string, string | number>;
  /** Tags the sync manages (all start with `sysaid-`), sorted. */
  managedTags: string[];
  parentWorkItemId?: number;
  hyperlinkUrl: string;
}

const TITLE_MAX = 255;

/** The texts that leave SysAid, keyed so one redaction call covers the whole SR. */
export function redactionInput(ticket: Ticket): Record<string, string> {
  const input: Record<string, string> = { title: ticket.title, description: ticket.description };
  ticket.notes.forEach((note, index) => {
    input[`note:${index}`] = note.text;
  });
  return input;
}

export function buildDesiredWorkItem(
  ticket: Ticket,
  redacted: Record<string, string>,
  mapping: FieldMapping,
  parentWorkItemId: number | undefined,
): DesiredWorkItem {
  const owned = new Set(mapping.ownedFields);
  const fields: Record<string, string | number> = {};
  const set = (name: string, value: string | number | undefined): void => {
    if (owned.has(name) && value !== undefined) fields[name] = value;
  };

  const title = (redacted.title ?? '').replace(/\s+/g, ' ').trim();
  set(FIELD.title, (title || `SysAid SR ${ticket.id}`).slice(0, TITLE_MAX));
  const notes = ticket.notes.map((_, index) => redacted[`note:${index}`] ?? '');
  set(FIELD.reproSteps, reproStepsHtml(redacted.description ?? '', notes));
  set(FIELD.priority, lookup(mapping.priorityByCaption, ticket.priority));
  set(FIELD.severity, lookup(mapping.severityByCaption, ticket.urgency));

  const managedTags = [externalIdTag(ticket.id)];
  if (mapping.statusTags && ticket.status.trim()) managedTags.push(`${MANAGED_TAG_PREFIX}status-${slug(ticket.status)}`);
  managedTags.sort();

  return {
    fields,
    managedTags: owned.has(FIELD.tags) ? managedTags : [externalIdTag(ticket.id)],
    ...(parentWorkItemId !== undefined ? { parentWorkItemId } : {}),
    hyperlinkUrl: mapping.ticketUrl(ticket.id),
  };
}

function lookup<T>(table: Record<string, T>, caption: string): T | undefined {
  const key = caption.trim().toLowerCase();
  for (const [name, value] of Object.entries(table)) {
    if (name.toLowerCase() === key) return value;
  }
  return undefined;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

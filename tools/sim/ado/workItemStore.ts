import { applyPatch, CHILD_REL, linkedId, PARENT_REL } from './applyPatch.js';
import type { FieldCatalog } from './fieldCatalog.js';
import { errors } from './simError.js';
import type { Relation, StoredComment, StoredWorkItem } from './types.js';

export interface StoreOptions {
  orgUrl: string;
  project: string;
  catalog: FieldCatalog;
  areaPaths: string[];
  iterationPaths: string[];
  commentsBumpRev: boolean;
  reciprocalLinks: boolean;
  now: () => number;
  firstId: number;
}

const SERVICE_IDENTITY = identity('ADO Simulator', 'sim-service@example.invalid', '6f1c2d5e-0000-4000-8000-000000000001');
const ENGINEER_IDENTITY = identity('Simulated Engineer', 'engineer@example.invalid', '6f1c2d5e-0000-4000-8000-000000000002');

/** Work items, every revision of each, and their comments. All writes are all-or-nothing. */
export class WorkItemStore {
  private readonly items = new Map<number, StoredWorkItem>();
  private readonly history = new Map<number, StoredWorkItem[]>();
  private readonly commentsById = new Map<number, StoredComment[]>();
  private nextId: number;
  private nextCommentId = 1;
  private lastStamp = 0;

  constructor(private readonly options: StoreOptions) {
    this.nextId = options.firstId;
  }

  get(id: number): StoredWorkItem | undefined {
    const item = this.items.get(id);
    return item && structuredClone(item);
  }

  all(): StoredWorkItem[] {
    return [...this.items.values()].map((item) => structuredClone(item));
  }

  revisions(id: number): StoredWorkItem[] {
    return structuredClone(this.history.get(id) ?? []);
  }

  comments(id: number): StoredComment[] {
    return [...(this.commentsById.get(id) ?? [])];
  }

  workItemUrl(id: number): string {
    return `${this.options.orgUrl}/_apis/wit/workItems/${id}`;
  }

  create(type: string, ops: unknown): StoredWorkItem {
    const project = this.options.project;
    const blank: StoredWorkItem = {
      id: 0,
      rev: 0,
      fields: {
        'System.AreaPath': project,
        'System.IterationPath': project,
        'System.State': 'New',
        'System.Reason': 'New',
      },
      relations: [],
    };
    const patched = applyPatch(blank, ops, this.context(0));
    const id = this.nextId;
    const stamp = this.stamp();
    const item: StoredWorkItem = {
      ...patched,
      id,
      rev: 1,
      fields: {
        ...patched.fields,
        'System.TeamProject': project,
        'System.WorkItemType': type,
        'System.CreatedDate': stamp,
        'System.CreatedBy': SERVICE_IDENTITY,
        'System.ChangedDate': stamp,
        'System.ChangedBy': SERVICE_IDENTITY,
        'Microsoft.VSTS.Common.StateChangeDate': stamp,
      },
    };
    const counterparts = this.counterpartChanges({ ...blank, id }, item, stamp);
    this.nextId += 1;
    const history = item.fields['System.History'];
    if (typeof history === 'string') this.recordHistoryComment(id, history, stamp);
    this.commit(item, counterparts);
    return structuredClone(item);
  }

  update(id: number, ops: unknown): StoredWorkItem {
    const current = this.items.get(id);
    if (!current) throw errors.notFound(id);
    const patched = applyPatch(current, ops, this.context(id));
    const stamp = this.stamp();
    const item = this.nextRevision(patched, current, stamp, SERVICE_IDENTITY);
    const counterparts = this.counterpartChanges(current, item, stamp);
    this.commit(item, counterparts);
    return structuredClone(item);
  }

  /** A change made by a person in the ADO UI: a new revision, without any patch validation. */
  editAsEngineer(id: number, fields: Record<string, unknown>): StoredWorkItem {
    const current = this.items.get(id);
    if (!current) throw errors.notFound(id);
    const next = structuredClone(current);
    for (const [name, value] of Object.entries(fields)) {
      const ref = this.options.catalog.resolve(name) ?? name;
      if (value === null || value === undefined) delete next.fields[ref];
      else next.fields[ref] = value;
    }
    const item = this.nextRevision(next, current, this.stamp(), ENGINEER_IDENTITY);
    this.commit(item, []);
    return structuredClone(item);
  }

  addComment(id: number, text: string): StoredComment {
    const current = this.items.get(id);
    if (!current) throw errors.notFound(id);
    const stamp = this.stamp();
    const comment: StoredComment = {
      workItemId: id,
      commentId: this.nextCommentId++,
      version: 1,
      text,
      createdDate: stamp,
      modifiedDate: stamp,
    };
    const list = this.commentsById.get(id) ?? [];
    list.push(comment);
    this.commentsById.set(id, list);
    const next = structuredClone(current);
    next.fields['System.CommentCount'] = list.length;
    if (this.options.commentsBumpRev) {
      next.fields['System.History'] = text;
      this.commit(this.nextRevision(next, current, stamp, SERVICE_IDENTITY, false), []);
    } else {
      this.items.set(id, next);
    }
    return { ...comment };
  }

  private context(id: number) {
    const { catalog, project, areaPaths, iterationPaths } = this.options;
    const valid = (list: string[]) => (path: string) =>
      [project, ...list].some((p) => p.toLowerCase() === path.toLowerCase());
    return {
      catalog,
      id,
      exists: (target: number) => this.items.has(target),
      isValidAreaPath: valid(areaPaths),
      isValidIterationPath: valid(iterationPaths),
    };
  }

  private nextRevision(next: StoredWorkItem, current: StoredWorkItem, stamp: string, by: unknown, historyIsComment = true): StoredWorkItem {
    const fields: Record<string, unknown> = { ...next.fields, 'System.ChangedDate': stamp, 'System.ChangedBy': by };
    // History belongs to the revision that set it, as in ADO's revision list.
    if (next.fields['System.History'] === current.fields['System.History']) delete fields['System.History'];
    if (next.fields['System.State'] !== current.fields['System.State']) fields['Microsoft.VSTS.Common.StateChangeDate'] = stamp;
    if (historyIsComment && typeof fields['System.History'] === 'string') {
      this.recordHistoryComment(next.id, fields['System.History'], stamp);
    }
    return { ...next, rev: current.rev + 1, fields };
  }

  private recordHistoryComment(id: number, text: string, stamp: string): void {
    const list = this.commentsById.get(id) ?? [];
    list.push({ workItemId: id, commentId: this.nextCommentId++, version: 1, text, createdDate: stamp, modifiedDate: stamp });
    this.commentsById.set(id, list);
  }

  /**
   * Parent/child links live on both items: adding a parent to X adds a child link to the parent
   * (a new revision of it). Computed before anything is stored so a violation changes nothing.
   */
  private counterpartChanges(before: StoredWorkItem, after: StoredWorkItem, stamp: string): StoredWorkItem[] {
    if (!this.options.reciprocalLinks) return [];
    const changes = new Map<number, StoredWorkItem>();
    const url = this.workItemUrl(after.id);
    const edit = (target: number, change: (relations: Relation[]) => void) => {
      const base = changes.get(target) ?? structuredClone(this.items.get(target));
      if (!base) return;
      change(base.relations);
      changes.set(target, base);
    };
    for (const [rel, mirror] of [
      [PARENT_REL, CHILD_REL],
      [CHILD_REL, PARENT_REL],
    ] as const) {
      const old = targets(before.relations, rel);
      const now = targets(after.relations, rel);
      for (const target of now) {
        if (old.has(target)) continue;
        if (mirror === PARENT_REL) {
          const existing = this.items.get(target)?.relations.filter((r) => r.rel === PARENT_REL) ?? [];
          if (existing.length > 0) throw errors.secondParent(target);
        }
        edit(target, (relations) => relations.push({ rel: mirror, url, attributes: { isLocked: false, name: mirror === PARENT_REL ? 'Parent' : 'Child' } }));
      }
      for (const target of old) {
        if (now.has(target)) continue;
        edit(target, (relations) => {
          const i = relations.findIndex((r) => r.rel === mirror && linkedId(r.url) === after.id);
          if (i >= 0) relations.splice(i, 1);
        });
      }
    }
    return [...changes.values()].map((next) => {
      const current = this.items.get(next.id)!;
      return { ...next, rev: current.rev + 1, fields: { ...next.fields, 'System.ChangedDate': stamp, 'System.ChangedBy': SERVICE_IDENTITY } };
    });
  }

  private commit(item: StoredWorkItem, counterparts: StoredWorkItem[]): void {
    for (const changed of [item, ...counterparts]) {
      this.items.set(changed.id, changed);
      const list = this.history.get(changed.id) ?? [];
      list.push(structuredClone(changed));
      this.history.set(changed.id, list);
    }
  }

  /** ISO time, strictly increasing so ChangedDate orders revisions even within one millisecond. */
  private stamp(): string {
    this.lastStamp = Math.max(this.options.now(), this.lastStamp + 1);
    return new Date(this.lastStamp).toISOString();
  }
}

function targets(relations: Relation[], rel: string): Set<number> {
  const ids = new Set<number>();
  for (const r of relations) {
    const id = r.rel === rel ? linkedId(r.url) : undefined;
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

function identity(displayName: string, uniqueName: string, id: string): Record<string, unknown> {
  return {
    displayName,
    url: `https://vssps.example.invalid/_apis/Identities/${id}`,
    _links: { avatar: { href: `https://example.invalid/_apis/GraphProfile/MemberAvatars/${id}` } },
    id,
    uniqueName,
    imageUrl: `https://example.invalid/_api/_common/identityImage?id=${id}`,
    descriptor: `aad.${Buffer.from(id).toString('base64url')}`,
  };
}

export { SERVICE_IDENTITY };

import { PRIORITIES, resolveListValue, STATUSES, URGENCIES } from './fieldCatalog.js';
import { SimError } from './simError.js';
import type { ListValue, SimRecord, SimRecordInput, SimRecordPatch } from './types.js';

/** Which fields a change touched, for webhooks. */
export interface Change {
  record: SimRecord;
  created: boolean;
  fields: string[];
}

/** The simulator's Service Requests, in memory, keyed by numeric id. */
export class RecordStore {
  private readonly records = new Map<number, SimRecord>();
  private parents: Set<number> | undefined;
  /** Bumped on every write, so query results can be cached between writes. */
  revision = 0;

  constructor(private readonly now: () => number) {}

  /** Whether any record names this one as its parent (SysAid's `hasChildren`). */
  hasChildren(id: number): boolean {
    this.parents ??= new Set([...this.records.values()].flatMap((r) => (r.parentId === undefined ? [] : [r.parentId])));
    return this.parents.has(id);
  }

  private touched(): void {
    this.revision += 1;
    this.parents = undefined;
  }

  get(id: number): SimRecord | undefined {
    return this.records.get(id);
  }

  all(): SimRecord[] {
    return [...this.records.values()];
  }

  size(): number {
    return this.records.size;
  }

  delete(id: number): boolean {
    this.touched();
    return this.records.delete(id);
  }

  /** Loads a record as given (its own times and version), without counting it as a change. */
  load(input: SimRecordInput): SimRecord {
    const record = build(input, this.now());
    this.records.set(record.id, record);
    this.touched();
    return record;
  }

  /** Creates or replaces a record as a change: update_time = now, version bumped. */
  upsert(input: SimRecordInput): Change {
    const id = parseId(input.id);
    const existing = this.records.get(id);
    const now = this.now();
    const record = build({ ...input, updateTime: now, insertTime: input.insertTime ?? existing?.insertTime ?? now }, now);
    record.version = Math.max(input.version ?? 0, (existing?.version ?? 0) + 1);
    this.records.set(id, record);
    this.touched();
    return { record, created: existing === undefined, fields: existing === undefined ? [] : changedKeys(existing, record) };
  }

  /** Applies a partial change as a person would in the UI. */
  update(idGiven: number | string, patch: SimRecordPatch): Change {
    const id = parseId(idGiven);
    const existing = this.records.get(id);
    if (!existing) throw new SimError(400, `Service request ${id} not found`);
    const before = { ...existing, notes: [...existing.notes], links: [...existing.links], extra: { ...existing.extra } };
    const merged = build({ ...toInput(existing), ...patch, id, extra: { ...existing.extra, ...patch.extra } }, this.now());
    Object.assign(existing, merged, { insertTime: before.insertTime, version: before.version + 1, updateTime: this.now() });
    this.touched();
    return { record: existing, created: false, fields: changedKeys(before, existing) };
  }
}

/** Parses a numeric SR id; anything else is SysAid's 400. */
export function parseId(given: number | string): number {
  const text = String(given).trim();
  if (!/^[1-9]\d{0,11}$/.test(text)) throw new SimError(400, 'Invalid service request id');
  return Number(text);
}

function build(input: SimRecordInput, now: number): SimRecord {
  const list = (values: ListValue[], given: SimRecordInput['status'], fallback: ListValue, key: string): ListValue => {
    if (given === undefined) return fallback;
    const found = resolveListValue(values, given);
    if (!found) throw new SimError(400, `Invalid value for ${key}`);
    return found;
  };
  const insertTime = input.insertTime ?? now;
  return {
    id: parseId(input.id),
    version: input.version ?? 1,
    srType: input.srType ?? 'incident',
    title: input.title ?? '',
    description: input.description ?? '',
    solution: input.solution ?? '',
    notes: (input.notes ?? []).map((n) => ({ ...n })),
    links: (input.links ?? []).map((l) => ({ ...l })),
    status: list(STATUSES, input.status, STATUSES[0]!, 'status'),
    priority: list(PRIORITIES, input.priority, PRIORITIES[3]!, 'priority'),
    urgency: list(URGENCIES, input.urgency, URGENCIES[3]!, 'urgency'),
    ...(input.parentId === undefined || input.parentId === 0 || input.parentId === '' ? {} : { parentId: parseId(input.parentId) }),
    requestUser: input.requestUser ?? '',
    responsibility: input.responsibility ?? '',
    insertTime,
    updateTime: input.updateTime ?? insertTime,
    ...(input.closeTime === undefined ? {} : { closeTime: input.closeTime }),
    extra: { ...input.extra },
    canUpdate: true,
    canDelete: true,
    canArchive: true,
    hasChildren: false,
  };
}

function toInput(record: SimRecord): SimRecordInput {
  const { canUpdate: _u, canDelete: _d, canArchive: _a, hasChildren: _h, ...rest } = record;
  return rest;
}

const COMPARED: Array<[string, (r: SimRecord) => unknown]> = [
  ['title', (r) => r.title],
  ['description', (r) => r.description],
  ['solution', (r) => r.solution],
  ['notes', (r) => JSON.stringify(r.notes)],
  ['links', (r) => JSON.stringify(r.links)],
  ['status', (r) => r.status.value],
  ['priority', (r) => r.priority.value],
  ['urgency', (r) => r.urgency.value],
  ['parent_link', (r) => r.parentId],
  ['request_user', (r) => r.requestUser],
  ['responsibility', (r) => r.responsibility],
  ['close_time', (r) => r.closeTime],
  ['sr_type', (r) => r.srType],
];

function changedKeys(before: SimRecord, after: SimRecord): string[] {
  const keys = COMPARED.filter(([, read]) => read(before) !== read(after)).map(([key]) => key);
  const extraKeys = new Set([...Object.keys(before.extra), ...Object.keys(after.extra)]);
  for (const key of extraKeys) if (before.extra[key] !== after.extra[key]) keys.push(key);
  return keys;
}

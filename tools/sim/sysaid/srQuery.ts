import { DATE_FIELDS, LIST_FIELDS, SR_TYPES } from './fieldCatalog.js';
import { fieldValues } from './renderRecord.js';
import { SimError } from './simError.js';
import type { SimRecord, SrType } from './types.js';

/** A parsed `GET /sr` or `/sr/count` query. */
export interface SrQuery {
  types: SrType[] | 'all';
  fields?: Set<string>;
  offset: number;
  limit: number;
  sort?: string;
  dir: 'asc' | 'desc';
  filters: Array<(record: SimRecord) => boolean>;
}

const RESERVED = new Set(['type', 'fields', 'offset', 'limit', 'sort', 'dir', 'view', 'archive']);
const SORTABLE = new Set(['id', 'title', 'status', 'priority', 'urgency', 'insert_time', 'update_time', 'close_time', 'sr_type', 'request_user', 'responsibility', 'parent_link']);

/** Parses the classic API's query string; anything it would reject answers 400. */
export function parseSrQuery(params: URLSearchParams, options: { maxPageSize: number; refuseUpdateTimeFilter: boolean; ignoreUpdateTimeFilter: boolean }): SrQuery {
  const typeText = (params.get('type') ?? 'all').toLowerCase();
  let types: SrQuery['types'];
  if (typeText === 'all') types = 'all';
  else {
    const names = typeText.split(',');
    if (!names.every((name): name is SrType => name in SR_TYPES)) throw new SimError(400, 'Invalid type');
    types = names;
  }
  const offset = integer(params.get('offset'), 0, 'offset');
  const limit = Math.min(integer(params.get('limit'), options.maxPageSize, 'limit'), options.maxPageSize);
  const dirText = (params.get('dir') ?? 'asc').toLowerCase();
  if (dirText !== 'asc' && dirText !== 'desc') throw new SimError(400, 'Invalid dir');
  const sort = params.get('sort') ?? undefined;
  if (sort !== undefined && !SORTABLE.has(sort)) throw new SimError(400, 'Invalid sort field');
  const fieldsText = params.get('fields');
  const fields = fieldsText ? new Set(fieldsText.split(',').map((f) => f.trim()).filter((f) => f !== '')) : undefined;

  const filters: SrQuery['filters'] = [];
  for (const [key, raw] of params) {
    if (RESERVED.has(key)) continue;
    if (key === 'update_time' && options.refuseUpdateTimeFilter) throw new SimError(400, 'Invalid filter: update_time');
    if (key === 'update_time' && options.ignoreUpdateTimeFilter) continue;
    filters.push(filterFor(key, raw));
  }
  return { types, ...(fields ? { fields } : {}), offset, limit, ...(sort ? { sort } : {}), dir: dirText, filters };
}

/** The records a query selects, sorted (ties by id, in the same direction); the caller pages. */
export function runQuery(records: Iterable<SimRecord>, query: SrQuery): SimRecord[] {
  const selected: SimRecord[] = [];
  for (const record of records) {
    if (query.types !== 'all' && !query.types.includes(record.srType)) continue;
    if (query.filters.every((keep) => keep(record))) selected.push(record);
  }
  const sign = query.dir === 'asc' ? 1 : -1;
  const read = sortKey(query.sort ?? 'id');
  selected.sort((a, b) => sign * (compare(read(a), read(b)) || a.id - b.id));
  return selected;
}

function filterFor(key: string, raw: string): (record: SimRecord) => boolean {
  const parts = raw.split(',').map((p) => p.trim());
  if ((DATE_FIELDS as readonly string[]).includes(key)) {
    if (parts.length !== 2 || !parts.every((p) => /^\d+$/.test(p))) throw new SimError(400, `Invalid date range for ${key}`);
    const from = Number(parts[0]);
    const to = Number(parts[1]);
    const read = sortKey(key);
    return (record) => {
      const value = read(record);
      if (typeof value !== 'number') return false;
      return (from === 0 || value >= from) && (to === 0 || value <= to);
    };
  }
  if (key === 'id' || key === 'parent_link' || key in LIST_FIELDS || key === 'sr_type') {
    if (!parts.every((p) => /^\d+$/.test(p))) throw new SimError(400, `Invalid filter value for ${key}`);
    const wanted = new Set(parts.map(Number));
    const read = sortKey(key);
    return (record) => wanted.has(Number(read(record)));
  }
  if (key === 'request_user' || key === 'responsibility' || key.startsWith('cust_')) {
    const wanted = new Set(parts);
    return (record) => fieldValues(record, false).some(([k, value]) => k === key && wanted.has(String(value)));
  }
  throw new SimError(400, `Invalid filter: ${key}`);
}

function sortKey(key: string): (record: SimRecord) => string | number | undefined {
  switch (key) {
    case 'id': return (r) => r.id;
    case 'title': return (r) => r.title;
    case 'status': return (r) => r.status.value;
    case 'priority': return (r) => r.priority.value;
    case 'urgency': return (r) => r.urgency.value;
    case 'insert_time': return (r) => r.insertTime;
    case 'update_time': return (r) => r.updateTime;
    case 'close_time': return (r) => r.closeTime;
    case 'due_date': return (r) => (typeof r.extra.due_date === 'number' ? r.extra.due_date : undefined);
    case 'sr_type': return (r) => SR_TYPES[r.srType].value;
    case 'request_user': return (r) => r.requestUser;
    case 'responsibility': return (r) => r.responsibility;
    case 'parent_link': return (r) => r.parentId ?? 0;
    default: return () => undefined;
  }
}

function compare(a: string | number | undefined, b: string | number | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

function integer(text: string | null, fallback: number, name: string): number {
  if (text === null || text === '') return fallback;
  if (!/^\d{1,9}$/.test(text)) throw new SimError(400, `Invalid ${name}`);
  return Number(text);
}

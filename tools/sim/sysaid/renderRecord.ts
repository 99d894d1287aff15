import { formatDate, KEY_CAPTIONS, SR_TYPES } from './fieldCatalog.js';
import type { ListValue, SimRecord } from './types.js';

/** One entry of a record's `info` array, as the classic API returns it. */
export interface InfoEntry {
  key: string;
  value: unknown;
  valueClass: string;
  keyCaption: string;
  valueCaption: string;
}

export interface RenderedRecord {
  id: string;
  canUpdate: boolean;
  canDelete: boolean;
  canArchive: boolean;
  hasChildren: boolean;
  info: InfoEntry[];
}

/** Every key a record can render, in the order the API lists them. */
export function fieldValues(record: SimRecord, exposeSrVersion: boolean): Array<[string, unknown, string]> {
  const list = (v: ListValue): [unknown, string] => [v.value, v.caption];
  const date = (ms: number | undefined): [unknown, string] => (ms === undefined ? [null, ''] : [ms, formatDate(ms)]);
  const entries: Array<[string, unknown, string]> = [
    ['id', record.id, String(record.id)],
    ['sr_type', ...list(SR_TYPES[record.srType])],
    ['title', record.title, record.title],
    ['description', record.description, record.description],
    ['solution', record.solution, record.solution],
    ['status', ...list(record.status)],
    ['priority', ...list(record.priority)],
    ['urgency', ...list(record.urgency)],
    ['request_user', record.requestUser, record.requestUser],
    ['responsibility', record.responsibility, record.responsibility],
    ['insert_time', ...date(record.insertTime)],
    ['update_time', ...date(record.updateTime)],
    ['close_time', ...date(record.closeTime)],
    ['parent_link', record.parentId ?? 0, record.parentId === undefined ? '' : String(record.parentId)],
    ['notes', record.notes.map((n) => ({ ...n })), ''],
    ['links', record.links.map((l) => ({ ...l })), ''],
  ];
  if (exposeSrVersion) entries.push(['sr_version', record.version, String(record.version)]);
  for (const [key, value] of Object.entries(record.extra)) entries.push([key, value, value === null ? '' : String(value)]);
  return entries;
}

/** The record in the API's `info` shape, limited to `fields` when given. */
export function renderRecord(record: SimRecord, options: { fields?: Set<string>; exposeSrVersion: boolean; hasChildren?: boolean }): RenderedRecord {
  const info: InfoEntry[] = [];
  for (const [key, value, caption] of fieldValues(record, options.exposeSrVersion)) {
    if (options.fields && !options.fields.has(key)) continue;
    info.push({ key, value, valueClass: '', keyCaption: KEY_CAPTIONS[key] ?? key, valueCaption: caption });
  }
  return {
    id: String(record.id),
    canUpdate: record.canUpdate,
    canDelete: record.canDelete,
    canArchive: record.canArchive,
    hasChildren: options.hasChildren ?? record.hasChildren,
    info,
  };
}

import { MalformedRecordError } from './MalformedRecordError.js';
import type { Ticket, TicketNote } from './ticket.js';

interface Entry {
  key: string;
  value: unknown;
  valueCaption: unknown;
}

/** Keys the parser reads itself; every other string-valued key lands in `extraText`. */
const KNOWN_KEYS = new Set(['id', 'title', 'description', 'notes', 'status', 'priority', 'urgency', 'parent_link', 'insert_time', 'update_time', 'sr_version']);
const SR_ID = /^[1-9]\d{0,11}$/;

/**
 * Parses one record of the classic API (`{id, info:[{key, value, valueCaption, ...}]}`) into a
 * Ticket. Pure. Throws MalformedRecordError (naming the key and the problem, never the value)
 * for anything else; never any other error.
 *
 * Rules: `id` and `update_time`, `insert_time` are required; text fields take a string or null;
 * dates and versions take a non-negative integer or its decimal string; list fields (status,
 * priority, urgency) take their display text from `valueCaption` (empty when unset); notes take
 * an array of `{userName, createDate, text}` (sorted oldest first), null, or a plain string
 * (one note); `parent_link` of 0/null/"" means no parent. A key may appear once.
 */
export function parseTicket(raw: unknown): Ticket {
  if (!isObject(raw)) throw new MalformedRecordError('record', 'is not an object');
  if (!Array.isArray(raw.info)) throw new MalformedRecordError('info', 'is not an array');
  const entries = new Map<string, Entry>();
  for (const item of raw.info as unknown[]) {
    if (!isObject(item)) throw new MalformedRecordError('info', 'has an entry that is not an object');
    if (typeof item.key !== 'string' || item.key === '') throw new MalformedRecordError('info', 'has an entry without a key');
    if (entries.has(item.key)) throw new MalformedRecordError(item.key, 'appears more than once');
    entries.set(item.key, { key: item.key, value: item.value, valueCaption: item.valueCaption });
  }

  const id = readId(raw.id, entries.get('id'));
  const fail = (key: string, problem: string) => new MalformedRecordError(key, problem, id);
  const text = (key: string): string => {
    const entry = entries.get(key);
    if (entry === undefined || entry.value === null || entry.value === undefined) return '';
    if (typeof entry.value !== 'string') throw fail(key, 'is not text');
    return entry.value;
  };
  const caption = (key: string): string => {
    const entry = entries.get(key);
    if (entry === undefined) return '';
    if (typeof entry.valueCaption === 'string') return entry.valueCaption;
    if (entry.valueCaption === null || entry.valueCaption === undefined) {
      if (entry.value === null || entry.value === undefined || entry.value === '' || entry.value === 0) return '';
      throw fail(key, 'has a value but no valueCaption');
    }
    throw fail(key, 'has a valueCaption that is not text');
  };
  const integer = (key: string, required: boolean): number | undefined => {
    const entry = entries.get(key);
    if (entry === undefined || entry.value === null || entry.value === undefined || entry.value === '') {
      if (required) throw fail(key, 'is missing');
      return undefined;
    }
    const value = toInteger(entry.value);
    if (value === undefined) throw fail(key, 'is not a non-negative integer');
    return value;
  };

  const updateTime = integer('update_time', true) as number;
  const ticket: Ticket = {
    id,
    title: text('title'),
    description: text('description'),
    notes: readNotes(entries.get('notes'), updateTime, fail),
    status: caption('status'),
    priority: caption('priority'),
    urgency: caption('urgency'),
    insertTime: integer('insert_time', true) as number,
    updateTime,
    extraText: {},
  };
  const parent = integer('parent_link', false);
  if (parent !== undefined && parent !== 0) {
    if (!SR_ID.test(String(parent))) throw fail('parent_link', 'is not a service request id');
    ticket.parentId = String(parent);
  }
  const version = integer('sr_version', false);
  if (version !== undefined) ticket.srVersion = version;
  for (const entry of entries.values()) {
    if (KNOWN_KEYS.has(entry.key)) continue;
    if (typeof entry.value === 'string') ticket.extraText[entry.key] = entry.value;
    else if (entry.key.startsWith('cust_list') && typeof entry.valueCaption === 'string') ticket.extraText[entry.key] = entry.valueCaption;
  }
  return ticket;
}

function readId(topLevel: unknown, entry: Entry | undefined): string {
  const id = idText(topLevel ?? entry?.value);
  if (id === undefined || !SR_ID.test(id)) throw new MalformedRecordError('id', 'is missing or not a service request id');
  if (topLevel !== undefined && entry !== undefined && entry.value !== null && idText(entry.value) !== id) {
    throw new MalformedRecordError('id', 'differs between the record and its info', id);
  }
  return id;
}

function idText(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return typeof value === 'string' ? value : undefined;
}

function readNotes(entry: Entry | undefined, updateTime: number, fail: (key: string, problem: string) => MalformedRecordError): TicketNote[] {
  if (entry === undefined || entry.value === null || entry.value === undefined || entry.value === '') return [];
  if (typeof entry.value === 'string') return [{ userName: '', createDate: updateTime, text: entry.value }];
  if (!Array.isArray(entry.value)) throw fail('notes', 'is neither a list of notes nor text');
  const notes = (entry.value as unknown[]).map((item): TicketNote => {
    if (!isObject(item)) throw fail('notes', 'has a note that is not an object');
    const createDate = toInteger(item.createDate);
    if (createDate === undefined) throw fail('notes', 'has a note without a valid createDate');
    if (typeof item.text !== 'string') throw fail('notes', 'has a note whose text is not text');
    if (item.userName !== undefined && item.userName !== null && typeof item.userName !== 'string') throw fail('notes', 'has a note whose userName is not text');
    return { userName: typeof item.userName === 'string' ? item.userName : '', createDate, text: item.text };
  });
  // Array.prototype.sort is stable, so notes with equal dates keep SysAid's order.
  return notes.sort((a, b) => a.createDate - b.createDate);
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && /^\d{1,15}$/.test(value)) return Number(value);
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

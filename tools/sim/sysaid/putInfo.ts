import { SimError } from './simError.js';
import type { SimNote, SimRecord, SimRecordPatch } from './types.js';

const TEXT_KEYS: Record<string, keyof SimRecordPatch> = {
  title: 'title',
  description: 'description',
  solution: 'solution',
  request_user: 'requestUser',
  responsibility: 'responsibility',
};

/**
 * Turns a `PUT /sr/{id}` body into a patch. Like SysAid, a JSON number as a value is a server
 * error (500), not a validation error. Notes are appended unless an identical note exists.
 */
export function patchFromPut(body: unknown, pathId: number, record: SimRecord, userName: string): SimRecordPatch {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { info?: unknown }).info)) {
    throw new SimError(400, 'Request body must carry an info array');
  }
  const { id, info } = body as { id?: unknown; info: unknown[] };
  if (id !== undefined && !((typeof id === 'string' || typeof id === 'number') && String(id) === String(pathId))) throw new SimError(400, 'Body id does not match the path');
  const patch: SimRecordPatch = {};
  for (const entry of info) {
    if (typeof entry !== 'object' || entry === null) throw new SimError(400, 'Invalid info entry');
    const { key, value } = entry as { key?: unknown; value?: unknown };
    if (typeof value === 'number') throw new SimError(500, 'Internal server error');
    if (typeof key !== 'string') throw new SimError(400, 'Invalid info entry');
    const textKey = TEXT_KEYS[key];
    if (textKey !== undefined) {
      patch[textKey] = requireString(key, value) as never;
    } else if (key === 'status' || key === 'priority' || key === 'urgency') {
      const text = requireString(key, value);
      if (!/^\d+$/.test(text)) throw new SimError(400, `Invalid value for ${key}`);
      patch[key] = Number(text);
    } else if (key === 'parent_link') {
      patch.parentId = requireString(key, value);
    } else if (key === 'notes') {
      patch.notes = mergeNotes(record.notes, value, userName);
    } else if (key.startsWith('cust_')) {
      patch.extra = { ...patch.extra, [key]: requireString(key, value) };
    } else {
      throw new SimError(400, `Field ${key} cannot be updated`);
    }
  }
  return patch;
}

function requireString(key: string, value: unknown): string {
  if (typeof value !== 'string') throw new SimError(400, `Invalid value for ${key}`);
  return value;
}

function mergeNotes(existing: SimNote[], value: unknown, userName: string): SimNote[] {
  const given = typeof value === 'string' ? [{ userName, createDate: Date.now(), text: value }] : value;
  if (!Array.isArray(given)) throw new SimError(400, 'Invalid value for notes');
  const notes = [...existing];
  for (const raw of given) {
    const note = raw as Partial<SimNote>;
    if (typeof note !== 'object' || note === null || typeof note.text !== 'string') throw new SimError(400, 'Invalid value for notes');
    const createDate = typeof note.createDate === 'number' ? note.createDate : Number(note.createDate ?? Date.now());
    const candidate = { userName: typeof note.userName === 'string' ? note.userName : userName, createDate, text: note.text };
    if (!notes.some((n) => n.createDate === candidate.createDate && n.text === candidate.text)) notes.push(candidate);
  }
  return notes;
}

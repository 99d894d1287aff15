import type { ListValue, SrType } from './types.js';

/** List values as a stock SysAid account ships them (ids are what the API filters on). */
export const STATUSES: ListValue[] = [
  { value: 1, caption: 'New' },
  { value: 2, caption: 'Open' },
  { value: 3, caption: 'Closed' },
  { value: 4, caption: 'Verified closed' },
  { value: 5, caption: 'Pending' },
  { value: 6, caption: 'Postponed' },
  { value: 8, caption: 'Reopened by End User' },
];

export const PRIORITIES: ListValue[] = [
  { value: 1, caption: 'Urgent' },
  { value: 2, caption: 'Very High' },
  { value: 3, caption: 'High' },
  { value: 4, caption: 'Normal' },
  { value: 5, caption: 'Low' },
];

/** Urgency uses the same scale as priority in a stock account. */
export const URGENCIES: ListValue[] = PRIORITIES;

export const SR_TYPES: Record<SrType, ListValue> = {
  incident: { value: 1, caption: 'Incident' },
  change: { value: 4, caption: 'Change' },
  problem: { value: 6, caption: 'Problem' },
  request: { value: 10, caption: 'Request' },
};

export const LIST_FIELDS = { status: STATUSES, priority: PRIORITIES, urgency: URGENCIES } as const;
export type ListFieldKey = keyof typeof LIST_FIELDS;

export const DATE_FIELDS = ['insert_time', 'update_time', 'close_time', 'due_date'] as const;

export const KEY_CAPTIONS: Record<string, string> = {
  id: 'ID',
  title: 'Title',
  description: 'Description',
  solution: 'Solution',
  notes: 'Notes',
  status: 'Status',
  priority: 'Priority',
  urgency: 'Urgency',
  sr_type: 'Service Record Type',
  insert_time: 'Request time',
  update_time: 'Modified',
  close_time: 'Close time',
  request_user: 'Request user',
  responsibility: 'Processing admin',
  parent_link: 'Parent ID',
  links: 'Links',
  sr_version: 'Version',
};

/** Resolves a list value given as id, caption or both; undefined when the list has no such entry. */
export function resolveListValue(list: ListValue[], given: number | string | ListValue): ListValue | undefined {
  if (typeof given === 'object') return given;
  if (typeof given === 'number') return list.find((entry) => entry.value === given);
  if (/^\d+$/.test(given)) return list.find((entry) => entry.value === Number(given));
  return list.find((entry) => entry.caption.toLowerCase() === given.toLowerCase());
}

/** SysAid's default display format for dates, `dd-MM-yyyy HH:mm:ss` (UTC here). */
export function formatDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())}-${two(d.getUTCMonth() + 1)}-${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

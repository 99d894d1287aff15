import { MalformedRecordError } from './MalformedRecordError.js';
import { parseTicket } from './parseTicket.js';
import type { Ticket } from './ticket.js';

/**
 * Parses a record met while listing. A malformed record that still has an id and an
 * update_time becomes an `invalid` placeholder, so one bad SR cannot stop a catch-up: paging
 * goes on and the sync records that SR as failed. Without those two, paging itself is
 * impossible and the error stands.
 */
export function parseListedTicket(raw: unknown): Ticket {
  try {
    return parseTicket(raw);
  } catch (error) {
    const updateTime = error instanceof MalformedRecordError && error.srId !== undefined ? readUpdateTime(raw) : undefined;
    if (updateTime === undefined || !(error instanceof MalformedRecordError) || error.srId === undefined) throw error;
    return {
      id: error.srId,
      title: '',
      description: '',
      notes: [],
      status: '',
      priority: '',
      urgency: '',
      insertTime: 0,
      updateTime,
      extraText: {},
      invalid: true,
    };
  }
}

function readUpdateTime(raw: unknown): number | undefined {
  const info = (raw as { info?: unknown } | null)?.info;
  if (!Array.isArray(info)) return undefined;
  const entry = info.find((item: unknown) => (item as { key?: unknown } | null)?.key === 'update_time') as { value?: unknown } | undefined;
  const value = typeof entry?.value === 'string' && /^\d{1,15}$/.test(entry.value) ? Number(entry.value) : entry?.value;
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
}

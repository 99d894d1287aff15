import { randomBytes } from 'node:crypto';

/** Larger than any epoch-ms this product will see (year 2286), so inverted times stay positive. */
const MAX_TIME = 9_999_999_999_999;

/** Audit partition: the UTC day of the record, `yyyyMMdd`. */
export function auditPartitionKey(timeMs: number): string {
  const d = new Date(timeMs);
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`;
}

/**
 * Audit row key: inverted time, zero-padded so string order is time order (newest first inside a
 * day), plus a random suffix so two records in the same millisecond never collide.
 */
export function auditRowKey(timeMs: number, suffix: string = randomBytes(6).toString('hex')): string {
  const inverted = MAX_TIME - Math.max(0, Math.min(MAX_TIME, Math.trunc(timeMs)));
  return `${String(inverted).padStart(13, '0')}_${suffix}`;
}

import type { TableClient } from '@azure/data-tables';
import { epochMs, readNumber, readString, type EntityProps } from './entityFields.js';
import { tableStatus } from './tableStatus.js';

export const LEASE_KEY = { partitionKey: 'lease', rowKey: 'backfill' } as const;

export interface RunLease {
  release(): Promise<void>;
}

/**
 * Takes the run lease when it is absent, expired, or already ours; every write is conditional, so
 * of two instances racing for an expired lease exactly one wins. Expiry uses each instance's clock:
 * keep the TTL well above any plausible skew.
 */
export async function acquireRunLease(table: TableClient, owner: string, ttlMs: number, now: number): Promise<RunLease | null> {
  let existing: (EntityProps & { etag: string }) | null = null;
  try {
    existing = await table.getEntity<EntityProps>(LEASE_KEY.partitionKey, LEASE_KEY.rowKey);
  } catch (error) {
    if (tableStatus(error) !== 404) throw error;
  }
  const entity = { ...LEASE_KEY, owner, expiresAt: epochMs(now + ttlMs) };
  let etag: string | undefined;
  try {
    if (!existing) {
      etag = (await table.createEntity(entity)).etag;
    } else {
      const expired = (readNumber(existing, 'expiresAt') ?? 0) <= now;
      if (!expired && readString(existing, 'owner') !== owner) return null;
      etag = (await table.updateEntity(entity, 'Replace', { etag: existing.etag })).etag;
    }
  } catch (error) {
    const status = tableStatus(error);
    if (status === 409 || status === 412 || status === 404) return null;
    throw error;
  }
  return { release: () => releaseIfOurs(table, etag) };
}

/** Deletes the lease only if nobody replaced it since we took it (ETag match). */
async function releaseIfOurs(table: TableClient, etag: string | undefined): Promise<void> {
  // Without an ETag we cannot prove the row is ours; leaving it to expire is the safe side.
  if (!etag) return;
  try {
    await table.deleteEntity(LEASE_KEY.partitionKey, LEASE_KEY.rowKey, { etag });
  } catch (error) {
    const status = tableStatus(error);
    if (status !== 404 && status !== 412) throw error;
  }
}

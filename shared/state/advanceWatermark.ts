import type { TableClient } from '@azure/data-tables';
import { conflictBackoff } from './conflictBackoff.js';
import { epochMs, readNumber, type EntityProps } from './entityFields.js';
import { StateContentionError } from './StateStoreError.js';
import { tableStatus } from './tableStatus.js';
import type { Watermark } from './types.js';

export const WATERMARK_KEY = { partitionKey: 'watermark', rowKey: 'backfill' } as const;
const MAX_ATTEMPTS = 50;

export async function readWatermark(table: TableClient): Promise<Watermark | null> {
  try {
    const entity = await table.getEntity<EntityProps>(WATERMARK_KEY.partitionKey, WATERMARK_KEY.rowKey);
    return { updateTime: readNumber(entity, 'updateTime') ?? 0, etag: entity.etag };
  } catch (error) {
    if (tableStatus(error) === 404) return null;
    throw error;
  }
}

/**
 * Read-modify-write guarded by the row's ETag: a lost race (409 on insert, 412 on replace) means
 * another writer moved it, so re-read and decide again. Never writes a smaller value.
 */
export async function advanceWatermark(table: TableClient, updateTime: number): Promise<number> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const current = await readWatermark(table);
    if (current && current.updateTime >= updateTime) return current.updateTime;
    const entity = { ...WATERMARK_KEY, updateTime: epochMs(updateTime) };
    try {
      if (current) await table.updateEntity(entity, 'Replace', { etag: current.etag });
      else await table.createEntity(entity);
      return updateTime;
    } catch (error) {
      const status = tableStatus(error);
      if (status !== 409 && status !== 412) throw error;
      await conflictBackoff(attempt);
    }
  }
  throw new StateContentionError('advanceWatermark', MAX_ATTEMPTS);
}

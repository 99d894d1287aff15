import type { TableClient } from '@azure/data-tables';
import { epochMs, readJson, readNumber, readString, type EntityProps } from './entityFields.js';
import { requireEtag } from './requireEtag.js';
import { tableStatus } from './tableStatus.js';
import { ConcurrencyConflict, type LoginLeaseDraft, type LoginLeaseRow } from './types.js';

export const LOGIN_LEASE_KEY = { partitionKey: 'sysaid', rowKey: 'login' } as const;

export async function readLoginLease(table: TableClient): Promise<LoginLeaseRow | null> {
  let entity: EntityProps & { etag: string };
  try {
    entity = await table.getEntity<EntityProps>(LOGIN_LEASE_KEY.partitionKey, LOGIN_LEASE_KEY.rowKey);
  } catch (error) {
    if (tableStatus(error) === 404) return null;
    throw error;
  }
  const times = readJson<unknown>(entity, 'loginTimes', []);
  return {
    owner: readString(entity, 'owner') ?? '',
    until: readNumber(entity, 'until') ?? 0,
    loginTimes: Array.isArray(times) ? times.filter((t): t is number => typeof t === 'number' && Number.isFinite(t)) : [],
    etag: entity.etag,
  };
}

/**
 * Inserts the lease row (etag null) or replaces it if nobody wrote it since `etag` was read, so
 * of instances racing for a free lease exactly one wins; the losers get ConcurrencyConflict.
 */
export async function writeLoginLease(table: TableClient, row: LoginLeaseDraft, etag: string | null): Promise<LoginLeaseRow> {
  const entity = { ...LOGIN_LEASE_KEY, owner: row.owner, until: epochMs(row.until), loginTimes: JSON.stringify(row.loginTimes) };
  try {
    const result = etag === null ? await table.createEntity(entity) : await table.updateEntity(entity, 'Replace', { etag });
    return { owner: row.owner, until: row.until, loginTimes: [...row.loginTimes], etag: requireEtag(result.etag) };
  } catch (error) {
    const status = tableStatus(error);
    if (status === 409) throw new ConcurrencyConflict('exists');
    if (status === 412 || status === 404) throw new ConcurrencyConflict('changed');
    throw error;
  }
}

/**
 * StateStore over Azure Table Storage (Azurite locally). Key scheme:
 *
 *   table `<prefix>links`   PK `sr`          RK `<srId>`        one LinkRow per SR
 *   table `<prefix>state`   PK `watermark`   RK `backfill`      catch-up watermark (updateTime)
 *                           PK `failure`     RK `<srId>`        FailureRow
 *                           PK `pending`     RK `<srId>`        PendingRow
 *                           PK `sysaid`      RK `session`       shared SysAid session
 *                           PK `sysaid`      RK `login`         SysAid login lease (owner, until, loginTimes)
 *                           PK `lease`       RK `backfill`      catch-up run lease (owner, expiresAt)
 *   table `<prefix>audit`   PK `yyyyMMdd`    RK `<inverted epoch ms, 13 digits>_<random hex>`
 *                           (UTC day of the record; newest first inside a day, no collisions)
 *
 * One links partition is enough at SysAid volumes (a partition serves ~2,000 entities/s); should it
 * ever not be, shard the PK by the last digit of the SR id and list all ten partitions.
 * Ids used as keys are validated, not escaped: Table keys forbid `/ \ # ?` and control characters.
 * Epoch-ms columns are written as Edm.Double (exact below 2^53); JSON-valued columns as strings.
 * Every conditional write maps 409/412 to ConcurrencyConflict and is never retried here; transient
 * failures (5xx, 408, network, per-try timeout) are retried by the SDK with short bounded delays.
 */
import type { TokenCredential } from '@azure/identity';
import { odata, type TableClient } from '@azure/data-tables';
import { acquireRunLease } from './runLease.js';
import { advanceWatermark, readWatermark } from './advanceWatermark.js';
import { auditPartitionKey, auditRowKey } from './auditKeys.js';
import { createTableClient } from './createTableClient.js';
import { readLoginLease, writeLoginLease } from './loginLease.js';
import { epochMs, readNumber, readString, type EntityProps } from './entityFields.js';
import {
  auditFromEntity,
  auditToEntity,
  failureFromEntity,
  failureToEntity,
  linkFromEntity,
  linkToEntity,
  pendingFromEntity,
  pendingToEntity,
} from './rowEntities.js';
import { requireEtag } from './requireEtag.js';
import { assertValidKey, assertValidTablePrefix } from './tableKeys.js';
import { tableStatus } from './tableStatus.js';
import { ConcurrencyConflict, type LinkRow, type SessionRow, type StateStore } from './types.js';

export interface TableStateStoreOptions {
  /** e.g. https://acct.table.core.windows.net, or Azurite's http://127.0.0.1:10002/devstoreaccount1 */
  endpoint: string;
  tablePrefix: string;
  /** Required for Azure (the caller's DefaultAzureCredential); unused for a loopback Azurite. */
  credential?: TokenCredential;
  /** Clock for session times and lease expiry; Date.now by default. */
  now?: () => number;
  /** Per-try HTTP timeout (default 10 s) and transient retries (default 3). */
  requestTimeoutMs?: number;
  maxRetries?: number;
}

export type TableStateStore = StateStore & { ensureTables(): Promise<void> };

const LINKS_PK = 'sr';
const FAILURE_PK = 'failure';
const PENDING_PK = 'pending';
const LINKS_PER_QUERY = 14;
const SESSION_KEY = { partitionKey: 'sysaid', rowKey: 'session' } as const;

export function createTableStateStore(options: TableStateStoreOptions): TableStateStore {
  const prefix = assertValidTablePrefix(options.tablePrefix);
  const now = options.now ?? Date.now;
  const connection = {
    endpoint: options.endpoint,
    credential: options.credential,
    requestTimeoutMs: options.requestTimeoutMs,
    maxRetries: options.maxRetries,
  };
  const links = createTableClient(connection, `${prefix}links`);
  const state = createTableClient(connection, `${prefix}state`);
  const audit = createTableClient(connection, `${prefix}audit`);

  return {
    async ensureTables() {
      // createTable treats "already exists" as success.
      await Promise.all([links.createTable(), state.createTable(), audit.createTable()]);
    },

    async getLink(srId) {
      const entity = await getOrNull(links, LINKS_PK, assertValidKey('srId', srId));
      return entity ? linkFromEntity(srId, entity, entity.etag) : null;
    },

    async getLinks(srIds) {
      const found = new Map<string, LinkRow>();
      const keys = [...new Set(srIds)].map((srId) => assertValidKey('srId', srId));
      // Table Storage allows at most 15 comparisons per filter: the partition plus 14 row keys.
      for (let start = 0; start < keys.length; start += LINKS_PER_QUERY) {
        const rowKeys = keys.slice(start, start + LINKS_PER_QUERY).map((key) => odata`RowKey eq ${key}`);
        const filter = `${odata`PartitionKey eq ${LINKS_PK}`} and (${rowKeys.join(' or ')})`;
        for await (const entity of links.listEntities<EntityProps>({ queryOptions: { filter } })) {
          const srId = entity.rowKey ?? '';
          found.set(srId, linkFromEntity(srId, entity, entity.etag));
        }
      }
      return found;
    },

    async insertLink(draft) {
      const rowKey = assertValidKey('srId', draft.srId);
      try {
        const { etag } = await links.createEntity({ partitionKey: LINKS_PK, rowKey, ...linkToEntity(draft) });
        return { ...draft, etag: requireEtag(etag) };
      } catch (error) {
        if (tableStatus(error) === 409) throw new ConcurrencyConflict('exists');
        throw error;
      }
    },

    async replaceLink(row, etag) {
      const rowKey = assertValidKey('srId', row.srId);
      try {
        const result = await links.updateEntity({ partitionKey: LINKS_PK, rowKey, ...linkToEntity(row) }, 'Replace', { etag });
        // Spread only the draft's fields: a caller passing a whole LinkRow must not keep its old etag.
        const { etag: _stale, ...draft } = row as LinkRow;
        return { ...draft, etag: requireEtag(result.etag) };
      } catch (error) {
        const status = tableStatus(error);
        if (status === 412 || status === 404) throw new ConcurrencyConflict('changed');
        throw error;
      }
    },

    async *listLinks() {
      for await (const entity of links.listEntities<EntityProps>({ queryOptions: { filter: odata`PartitionKey eq ${LINKS_PK}` } })) {
        const link = linkFromEntity(entity.rowKey ?? '', entity, entity.etag);
        if (link.workItemId !== undefined) yield link;
      }
    },

    getWatermark: () => readWatermark(state),
    advanceWatermark: (updateTime) => advanceWatermark(state, updateTime),

    async getFailure(srId) {
      const entity = await getOrNull(state, FAILURE_PK, assertValidKey('srId', srId));
      return entity ? failureFromEntity(srId, entity) : null;
    },
    async putFailure(row) {
      const rowKey = assertValidKey('srId', row.srId);
      await state.upsertEntity({ partitionKey: FAILURE_PK, rowKey, ...failureToEntity(row) }, 'Replace');
    },
    deleteFailure: (srId) => deleteIfPresent(state, FAILURE_PK, assertValidKey('srId', srId)),
    async *listFailures() {
      for await (const entity of state.listEntities<EntityProps>({ queryOptions: { filter: odata`PartitionKey eq ${FAILURE_PK}` } })) {
        yield failureFromEntity(entity.rowKey ?? '', entity);
      }
    },

    async putPending(row) {
      const rowKey = assertValidKey('srId', row.srId);
      await state.upsertEntity({ partitionKey: PENDING_PK, rowKey, ...pendingToEntity(row) }, 'Replace');
    },
    deletePending: (srId) => deleteIfPresent(state, PENDING_PK, assertValidKey('srId', srId)),
    async *listPending() {
      for await (const entity of state.listEntities<EntityProps>({ queryOptions: { filter: odata`PartitionKey eq ${PENDING_PK}` } })) {
        yield pendingFromEntity(entity.rowKey ?? '', entity);
      }
    },

    async appendAudit(record) {
      assertValidKey('srId', record.srId);
      await audit.createEntity({
        partitionKey: auditPartitionKey(record.time),
        rowKey: auditRowKey(record.time),
        ...auditToEntity(record),
      });
    },
    /** Day partitions ascending, newest first inside each day. */
    async *listAudit(filter = {}) {
      const clauses: string[] = [];
      if (filter.sinceMs !== undefined && filter.sinceMs > 0) {
        clauses.push(odata`PartitionKey ge ${auditPartitionKey(filter.sinceMs)}`);
      }
      if (filter.srId !== undefined) clauses.push(odata`srId eq ${filter.srId}`);
      const queryOptions = clauses.length > 0 ? { filter: clauses.join(' and ') } : undefined;
      for await (const entity of audit.listEntities<EntityProps>({ queryOptions })) {
        const record = auditFromEntity(entity);
        // Exact time bound client-side: comparing a Double column with a literal is type-fragile in OData.
        if (filter.sinceMs !== undefined && record.time < filter.sinceMs) continue;
        yield record;
      }
    },

    async getSession() {
      const entity = await getOrNull(state, SESSION_KEY.partitionKey, SESSION_KEY.rowKey);
      if (!entity) return null;
      return { jsessionId: readString(entity, 'jsessionId') ?? '', createdAt: readNumber(entity, 'createdAt') ?? 0, etag: entity.etag };
    },
    async putSession(jsessionId, etag): Promise<SessionRow> {
      const createdAt = now();
      const entity = { ...SESSION_KEY, jsessionId, createdAt: epochMs(createdAt) };
      try {
        const result = etag === null ? await state.createEntity(entity) : await state.updateEntity(entity, 'Replace', { etag });
        return { jsessionId, createdAt, etag: requireEtag(result.etag) };
      } catch (error) {
        const status = tableStatus(error);
        if (status === 409) throw new ConcurrencyConflict('exists');
        if (status === 412 || status === 404) throw new ConcurrencyConflict('changed');
        throw error;
      }
    },

    getLoginLease: () => readLoginLease(state),
    putLoginLease: (row, etag) => writeLoginLease(state, row, etag),

    acquireRunLease: (owner, ttlMs) => acquireRunLease(state, owner, ttlMs, now()),
  };
}

async function getOrNull(table: TableClient, partitionKey: string, rowKey: string): Promise<(EntityProps & { etag: string }) | null> {
  try {
    return await table.getEntity<EntityProps>(partitionKey, rowKey);
  } catch (error) {
    if (tableStatus(error) === 404) return null;
    throw error;
  }
}

async function deleteIfPresent(table: TableClient, partitionKey: string, rowKey: string): Promise<void> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
  } catch (error) {
    if (tableStatus(error) !== 404) throw error;
  }
}

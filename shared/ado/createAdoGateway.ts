import type { JsonPatchDocument } from 'azure-devops-node-api/interfaces/common/VSSInterfaces.js';
import type { WorkItem, WorkItemExpand, WorkItemErrorPolicy } from 'azure-devops-node-api/interfaces/WorkItemTrackingInterfaces.js';
import type { PatchOp, WorkItemGateway, WorkItemSnapshot } from '../sync/ports.js';
import { AdoError } from './AdoError.js';
import type { AdoAuth } from './AdoConnection.js';
import { DEFAULT_RETRY, type RetryOptions } from './backoffDelay.js';
import { assertValidFieldName, externalIdQuery, externalIdTag, hasTag } from './externalIdQuery.js';
import { runAdoCall, type CallEnvironment } from './runAdoCall.js';
import { toSnapshot } from './toSnapshot.js';

export interface AdoGatewayOptions {
  /** e.g. https://dev.azure.com/contoso */
  orgUrl: string;
  project: string;
  /** e.g. 'Bug' */
  workItemType: string;
  /** Field holding the SR id (e.g. Custom.SysAidId); without it the tag `sysaid-<id>` is used. */
  externalIdField?: string;
  auth: AdoAuth;
  retry?: RetryOptions;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
  /** Socket timeout per request (default 30 s). */
  timeoutMs?: number;
}

const BATCH_SIZE = 200;
// Numeric values of the client's enums (the enum objects themselves live in a CommonJS module).
const EXPAND_RELATIONS = 1 as WorkItemExpand;
const ERROR_POLICY_OMIT = 2 as WorkItemErrorPolicy;

/** WorkItemGateway over azure-devops-node-api's WorkItemTrackingApi. */
export function createAdoGateway(options: AdoGatewayOptions): WorkItemGateway {
  if (options.externalIdField !== undefined) assertValidFieldName(options.externalIdField);
  const orgUrl = options.orgUrl.replace(/\/+$/, '');
  const now = options.now ?? Date.now;
  const env: CallEnvironment = {
    connection: { orgUrl, auth: options.auth, timeoutMs: options.timeoutMs ?? 30_000, now },
    retry: { ...DEFAULT_RETRY, ...options.retry },
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
    random: options.random ?? Math.random,
    now,
  };
  const { project, workItemType, externalIdField } = options;

  const fetchMany = async (ids: number[]): Promise<WorkItemSnapshot[]> => {
    const found: WorkItemSnapshot[] = [];
    for (let i = 0; i < ids.length; i += BATCH_SIZE) {
      const chunk = ids.slice(i, i + BATCH_SIZE);
      const items = await runAdoCall(env, 'batch', 'read', (wit) =>
        wit.getWorkItemsBatch({ ids: chunk, $expand: EXPAND_RELATIONS, errorPolicy: ERROR_POLICY_OMIT }, project),
      );
      // The client turns a 404 (e.g. unknown project) into null; an empty answer here would hide it.
      if (!items) throw new AdoError({ operation: 'batch', status: 404, retryable: false });
      // With the omit policy, items deleted since the query come back as null.
      for (const item of items as (WorkItem | null)[]) if (item) found.push(toSnapshot(item));
    }
    return found;
  };

  return {
    async create(ops: PatchOp[]): Promise<WorkItemSnapshot> {
      const item = await runAdoCall(env, 'create', 'unguarded-write', (wit) =>
        wit.createWorkItem(undefined, ops as JsonPatchDocument, project, workItemType),
      );
      if (!item) throw new AdoError({ operation: 'create', status: 404, retryable: false });
      return toSnapshot(item);
    },

    async update(id: number, ops: PatchOp[]): Promise<WorkItemSnapshot> {
      const first = ops[0];
      const guarded = first?.op === 'test' && first.path === '/rev';
      const item = await runAdoCall(env, 'update', guarded ? 'guarded-write' : 'unguarded-write', (wit) =>
        wit.updateWorkItem(undefined, ops as JsonPatchDocument, id, project),
      );
      // The client turns 404 into null.
      if (!item) throw new AdoError({ operation: 'update', status: 404, code: 'TF401232', retryable: false });
      return toSnapshot(item);
    },

    async get(id: number): Promise<WorkItemSnapshot | null> {
      const item = await runAdoCall(env, 'get', 'read', (wit) => wit.getWorkItem(id, undefined, undefined, EXPAND_RELATIONS, project));
      return item ? toSnapshot(item) : null;
    },

    async findByExternalId(srId: string): Promise<WorkItemSnapshot[]> {
      const query = externalIdQuery(srId, externalIdField);
      const result = await runAdoCall(env, 'wiql', 'read', (wit) => wit.queryByWiql({ query }, { project }));
      if (!result) throw new AdoError({ operation: 'wiql', status: 404, retryable: false });
      const ids = (result.workItems ?? []).map((w) => w.id).filter((id): id is number => typeof id === 'number');
      const items = await fetchMany(ids);
      const matching =
        externalIdField === undefined
          ? items.filter((item) => hasTag(item.fields['System.Tags'], externalIdTag(srId)))
          : items.filter((item) => fieldText(item.fields[externalIdField]) === srId);
      return matching.sort((a, b) => a.id - b.id);
    },

    workItemUrl(id: number): string {
      return `${orgUrl}/_apis/wit/workItems/${id}`;
    },
  };
}

function fieldText(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
}

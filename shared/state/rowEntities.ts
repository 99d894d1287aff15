import type { AuditAction, AuditRecord, FailureRow, LinkDraft, LinkRow, LinkState, PendingRow } from './types.js';
import { defined, epochMs, readBoolean, readJson, readNumber, readString, type EntityProps } from './entityFields.js';

/** Column mapping of every row type; only the fields in types.ts, never content. */

export function linkToEntity(draft: LinkDraft): EntityProps {
  return defined({
    state: draft.state,
    leaseOwner: draft.leaseOwner,
    leaseUntil: epochMs(draft.leaseUntil),
    workItemId: draft.workItemId,
    rev: draft.rev,
    hash: draft.hash,
    fieldHashes: draft.fieldHashes === undefined ? undefined : JSON.stringify(draft.fieldHashes),
    updateTime: draft.updateTime === undefined ? undefined : epochMs(draft.updateTime),
    srVersion: draft.srVersion,
    parentWorkItemId: draft.parentWorkItemId,
    tags: draft.tags,
    parentRelationIndex: draft.parentRelationIndex,
  });
}

export function linkFromEntity(srId: string, entity: EntityProps, etag: string): LinkRow {
  const fieldHashes = readJson<Record<string, string> | undefined>(entity, 'fieldHashes', undefined);
  return defined({
    srId,
    state: (readString(entity, 'state') ?? 'CREATING') as LinkState,
    leaseOwner: readString(entity, 'leaseOwner') ?? '',
    leaseUntil: readNumber(entity, 'leaseUntil') ?? 0,
    workItemId: readNumber(entity, 'workItemId'),
    rev: readNumber(entity, 'rev'),
    hash: readString(entity, 'hash'),
    fieldHashes,
    updateTime: readNumber(entity, 'updateTime'),
    srVersion: readNumber(entity, 'srVersion'),
    parentWorkItemId: readNumber(entity, 'parentWorkItemId'),
    tags: readString(entity, 'tags'),
    parentRelationIndex: readNumber(entity, 'parentRelationIndex'),
    etag,
  });
}

export function failureToEntity(row: FailureRow): EntityProps {
  return {
    attempts: row.attempts,
    nextRetryAt: epochMs(row.nextRetryAt),
    lastErrorCode: row.lastErrorCode,
    poison: row.poison,
    updatedAt: epochMs(row.updatedAt),
  };
}

export function failureFromEntity(srId: string, entity: EntityProps): FailureRow {
  return {
    srId,
    attempts: readNumber(entity, 'attempts') ?? 0,
    nextRetryAt: readNumber(entity, 'nextRetryAt') ?? 0,
    lastErrorCode: readString(entity, 'lastErrorCode') ?? '',
    poison: readBoolean(entity, 'poison') ?? false,
    updatedAt: readNumber(entity, 'updatedAt') ?? 0,
  };
}

export function pendingToEntity(row: PendingRow): EntityProps {
  return defined({ receivedAt: epochMs(row.receivedAt), srVersion: row.srVersion });
}

export function pendingFromEntity(srId: string, entity: EntityProps): PendingRow {
  return defined({ srId, receivedAt: readNumber(entity, 'receivedAt') ?? 0, srVersion: readNumber(entity, 'srVersion') });
}

export function auditToEntity(record: AuditRecord): EntityProps {
  return defined({
    time: epochMs(record.time),
    srId: record.srId,
    workItemId: record.workItemId,
    action: record.action,
    changedFields: JSON.stringify(record.changedFields),
    redactionCounts: JSON.stringify(record.redactionCounts),
    runId: record.runId,
    durationMs: epochMs(record.durationMs),
    errorCode: record.errorCode,
  });
}

export function auditFromEntity(entity: EntityProps): AuditRecord {
  return defined({
    time: readNumber(entity, 'time') ?? 0,
    srId: readString(entity, 'srId') ?? '',
    workItemId: readNumber(entity, 'workItemId'),
    action: (readString(entity, 'action') ?? 'fail') as AuditAction,
    changedFields: readJson<string[]>(entity, 'changedFields', []),
    redactionCounts: readJson<Record<string, number>>(entity, 'redactionCounts', {}),
    runId: readString(entity, 'runId') ?? '',
    durationMs: readNumber(entity, 'durationMs') ?? 0,
    errorCode: readString(entity, 'errorCode'),
  });
}

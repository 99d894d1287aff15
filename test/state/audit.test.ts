import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../shared/state/types.js';
import { auditPartitionKey, auditRowKey } from '../../shared/state/auditKeys.js';
import { collect, storeForTest } from './storeForTest.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 10, 20, 23, 59, 59, 900);

const record = (srId: string, time: number, extra: Partial<AuditRecord> = {}): AuditRecord => ({
  time,
  srId,
  action: 'update',
  changedFields: ['System.Title', 'System.Tags'],
  redactionCounts: { PERSON: 2, SSN: 1 },
  runId: 'run-1',
  durationMs: 123,
  ...extra,
});

describe('audit keys', () => {
  it('partitions by UTC day and orders newer rows first', () => {
    expect(auditPartitionKey(T0)).toBe('20261120');
    expect(auditPartitionKey(T0 + 100)).toBe('20261121');
    expect(auditRowKey(T0 + 1, 'x') < auditRowKey(T0, 'x')).toBe(true);
    expect(auditRowKey(T0, 'a')).not.toBe(auditRowKey(T0, 'b'));
  });
});

describe('audit records', () => {
  it('appends records in the same millisecond without collision and round-trips them', async () => {
    const store = await storeForTest();
    const a = record('1', T0, { workItemId: 5, action: 'create' });
    const b = record('1', T0, { action: 'fail', errorCode: 'ADO_400', changedFields: [], redactionCounts: {} });
    await store.appendAudit(a);
    await store.appendAudit(b);
    const listed = await collect(store.listAudit());
    expect(listed).toHaveLength(2);
    expect(listed).toEqual(expect.arrayContaining([a, b]));
  });

  it('filters by SR id and by time, newest first within a day', async () => {
    const store = await storeForTest();
    await store.appendAudit(record('7', T0 - DAY));
    await store.appendAudit(record('7', T0 + 1_000));
    await store.appendAudit(record('7', T0 + 5_000));
    await store.appendAudit(record('8', T0 + 2_000));
    const forSeven = await collect(store.listAudit({ srId: '7' }));
    expect(forSeven.map((r) => r.time).sort()).toEqual([T0 - DAY, T0 + 1_000, T0 + 5_000].sort());
    const recent = await collect(store.listAudit({ sinceMs: T0 + 1_000 }));
    expect(recent.map((r) => [r.srId, r.time])).toEqual([
      ['7', T0 + 5_000],
      ['8', T0 + 2_000],
      ['7', T0 + 1_000],
    ]);
    const recentSeven = await collect(store.listAudit({ srId: '7', sinceMs: T0 }));
    expect(recentSeven.map((r) => r.time)).toEqual([T0 + 5_000, T0 + 1_000]);
  });
});

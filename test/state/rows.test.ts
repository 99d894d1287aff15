import { describe, expect, it } from 'vitest';
import { ConcurrencyConflict, type FailureRow } from '../../shared/state/types.js';
import { collect, storeForTest } from './storeForTest.js';

const failure = (srId: string, attempts: number): FailureRow => ({
  srId,
  attempts,
  nextRetryAt: 1_763_851_234_567 + attempts,
  lastErrorCode: 'ADO_503',
  poison: attempts >= 8,
  updatedAt: 1_763_851_200_000,
});

describe('failure rows', () => {
  it('puts, overwrites, lists and deletes', async () => {
    const store = await storeForTest();
    expect(await store.getFailure('11')).toBeNull();
    await store.putFailure(failure('11', 1));
    await store.putFailure(failure('11', 8));
    await store.putFailure(failure('12', 2));
    expect(await store.getFailure('11')).toEqual(failure('11', 8));
    const listed = await collect(store.listFailures());
    expect(listed.sort((a, b) => a.srId.localeCompare(b.srId))).toEqual([failure('11', 8), failure('12', 2)]);
    await store.deleteFailure('11');
    await store.deleteFailure('11'); // deleting twice is fine
    expect(await store.getFailure('11')).toBeNull();
    expect((await collect(store.listFailures())).map((f) => f.srId)).toEqual(['12']);
  });
});

describe('pending rows', () => {
  it('puts, lists and deletes, apart from failures', async () => {
    const store = await storeForTest();
    await store.putPending({ srId: '21', receivedAt: 1_763_851_234_567, srVersion: 4 });
    await store.putPending({ srId: '22', receivedAt: 1_763_851_234_999 });
    await store.putFailure(failure('23', 1));
    const listed = await collect(store.listPending());
    expect(listed.sort((a, b) => a.srId.localeCompare(b.srId))).toEqual([
      { srId: '21', receivedAt: 1_763_851_234_567, srVersion: 4 },
      { srId: '22', receivedAt: 1_763_851_234_999 },
    ]);
    await store.deletePending('21');
    await store.deletePending('missing');
    expect((await collect(store.listPending())).map((p) => p.srId)).toEqual(['22']);
  });
});

describe('session row', () => {
  it('inserts only when absent and replaces only with the current etag', async () => {
    let clock = 1_000;
    const store = await storeForTest({ now: () => clock });
    expect(await store.getSession()).toBeNull();
    const first = await store.putSession('JS-1', null);
    expect(first).toMatchObject({ jsessionId: 'JS-1', createdAt: 1_000 });
    expect(await store.getSession()).toEqual(first);

    await expect(store.putSession('JS-other', null)).rejects.toMatchObject({ kind: 'exists' });

    clock = 2_000;
    const second = await store.putSession('JS-2', first.etag);
    expect(second).toMatchObject({ jsessionId: 'JS-2', createdAt: 2_000 });
    const stale = store.putSession('JS-3', first.etag);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(stale).rejects.toMatchObject({ kind: 'changed' });
    expect(await store.getSession()).toEqual(second);
  });
});

describe('run lease', () => {
  it('is exclusive while live, free after release', async () => {
    const store = await storeForTest({ now: () => 10_000 });
    const attempts = await Promise.all(['a', 'b', 'c', 'd'].map((owner) => store.acquireRunLease(owner, 60_000)));
    const held = attempts.filter((lease) => lease !== null);
    expect(held).toHaveLength(1);
    expect(await store.acquireRunLease('e', 60_000)).toBeNull();
    await held[0]!.release();
    const next = await store.acquireRunLease('e', 60_000);
    expect(next).not.toBeNull();
    await next!.release();
  });

  it('can be taken over after expiry, and the old holder then cannot release it', async () => {
    let clock = 10_000;
    const store = await storeForTest({ now: () => clock });
    const old = await store.acquireRunLease('old', 1_000);
    expect(old).not.toBeNull();
    clock = 10_999;
    expect(await store.acquireRunLease('new', 1_000)).toBeNull();
    clock = 11_000;
    const taken = await store.acquireRunLease('new', 1_000);
    expect(taken).not.toBeNull();
    await old!.release(); // not ours any more: must not free it
    clock = 11_500;
    expect(await store.acquireRunLease('third', 1_000)).toBeNull();
    await taken!.release();
    expect(await store.acquireRunLease('third', 1_000)).not.toBeNull();
  });
});

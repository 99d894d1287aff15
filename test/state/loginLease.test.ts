import { describe, expect, it } from 'vitest';
import { ConcurrencyConflict } from '../../shared/state/types.js';
import { storeForTest } from './storeForTest.js';

const T = 1_763_851_234_567;

describe('login lease row', () => {
  it('inserts only when absent, replaces only with the current etag, and round-trips every field', async () => {
    const store = await storeForTest();
    expect(await store.getLoginLease()).toBeNull();
    const taken = await store.putLoginLease({ owner: 'instance-a', until: T + 30_000, loginTimes: [T - 60_000, T] }, null);
    expect(taken).toMatchObject({ owner: 'instance-a', until: T + 30_000, loginTimes: [T - 60_000, T] });
    expect(await store.getLoginLease()).toEqual(taken);

    await expect(store.putLoginLease({ owner: 'instance-b', until: T + 30_000, loginTimes: [T] }, null)).rejects.toMatchObject({ kind: 'exists' });

    const released = await store.putLoginLease({ owner: '', until: 0, loginTimes: taken.loginTimes }, taken.etag);
    expect(await store.getLoginLease()).toEqual(released);
    const stale = store.putLoginLease({ owner: 'instance-b', until: T + 30_000, loginTimes: [T] }, taken.etag);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(stale).rejects.toMatchObject({ kind: 'changed' });
    expect(await store.getLoginLease()).toMatchObject({ owner: '', until: 0, loginTimes: [T - 60_000, T] });
  });

  it('of 8 instances racing for an absent lease, and then for a free one, exactly one wins each time', async () => {
    const store = await storeForTest();
    const race = (etag: string | null) =>
      Promise.allSettled(Array.from({ length: 8 }, (_, i) => store.putLoginLease({ owner: `i${i}`, until: T + 30_000, loginTimes: [T] }, etag)));
    const first = await race(null);
    expect(first.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const lost of first.filter((r) => r.status === 'rejected')) expect(lost.reason).toMatchObject({ kind: 'exists' });

    const free = await store.getLoginLease();
    const second = await race(free!.etag);
    expect(second.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const lost of second.filter((r) => r.status === 'rejected')) expect(lost.reason).toMatchObject({ kind: 'changed' });
  });

  it('lives apart from the session row', async () => {
    const store = await storeForTest();
    await store.putSession('JS-1', null);
    expect(await store.getLoginLease()).toBeNull();
    await store.putLoginLease({ owner: 'a', until: T, loginTimes: [] }, null);
    expect(await store.getSession()).toMatchObject({ jsessionId: 'JS-1' });
    expect(await store.getLoginLease()).toMatchObject({ owner: 'a', until: T, loginTimes: [] });
  });
});

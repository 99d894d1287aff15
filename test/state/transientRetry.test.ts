import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { ConcurrencyConflict } from '../../shared/state/types.js';
import { startFaultProxy, type FaultProxy } from './faultProxy.js';
import { storeForTest } from './storeForTest.js';

const claim = { srId: '900', state: 'CREATING' as const, leaseOwner: 'a', leaseUntil: 1 };

describe('transient Table failures', () => {
  let proxy: FaultProxy;
  beforeEach(async () => {
    proxy = await startFaultProxy(inject('azuriteTableUrl'));
  });
  afterEach(async () => {
    await proxy.close();
  });

  it('retries 503 and 500 and then succeeds', async () => {
    const store = await storeForTest({ endpoint: proxy.url });
    proxy.seen.length = 0;
    proxy.faults.push('503', '500');
    await store.insertLink(claim);
    expect(proxy.seen.filter((s) => s.startsWith('POST'))).toHaveLength(3);
    expect(await store.getLink('900')).toMatchObject({ leaseOwner: 'a' });
  });

  it('retries a request that never answers, after the per-try timeout', async () => {
    const store = await storeForTest({ endpoint: proxy.url, requestTimeoutMs: 1_000 });
    proxy.seen.length = 0;
    proxy.faults.push('hang');
    expect(await store.getLink('900')).toBeNull();
    // The hung try plus at least one more (a slow machine may time out a second try too).
    expect(proxy.seen.filter((s) => s.startsWith('GET')).length).toBeGreaterThanOrEqual(2);
  });

  it('gives up after the bounded number of retries', async () => {
    const store = await storeForTest({ endpoint: proxy.url, maxRetries: 2 });
    proxy.seen.length = 0;
    proxy.faults.push('503', '503', '503', '503');
    await expect(store.getLink('900')).rejects.toMatchObject({ statusCode: 503 });
    expect(proxy.seen).toHaveLength(3);
  });

  it('never retries a conditional-write conflict', async () => {
    const store = await storeForTest({ endpoint: proxy.url });
    await store.insertLink(claim);
    proxy.seen.length = 0;
    await expect(store.insertLink(claim)).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(proxy.seen).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import { ConcurrencyConflict, type LinkDraft } from '../../shared/state/types.js';
import { InvalidStateKeyError } from '../../shared/state/StateStoreError.js';
import { collect, storeForTest } from './storeForTest.js';

const claim = (srId: string, owner = 'inst-a'): LinkDraft => ({
  srId,
  state: 'CREATING',
  leaseOwner: owner,
  leaseUntil: 1_763_851_234_567,
});

describe('link rows', () => {
  it('round-trips every field, including epoch-ms values and field hashes', async () => {
    const store = await storeForTest();
    const inserted = await store.insertLink(claim('1001'));
    const created: LinkDraft = {
      ...claim('1001'),
      state: 'CREATED',
      workItemId: 4242,
      rev: 7,
      hash: 'abc123',
      fieldHashes: { 'System.Title': 'h1', 'System.Tags': 'h2' },
      updateTime: 1_763_851_299_001,
      srVersion: 3,
      parentWorkItemId: 17,
      tags: 'sysaid-1001; sysaid-status-open',
      parentRelationIndex: 0,
    };
    const replaced = await store.replaceLink(created, inserted.etag);
    expect(replaced.etag).not.toBe(inserted.etag);
    expect(await store.getLink('1001')).toEqual({ ...created, etag: replaced.etag });
  });

  it('returns null for an SR without a link', async () => {
    const store = await storeForTest();
    expect(await store.getLink('nope')).toBeNull();
  });

  it('reads many links in batched queries, equal to one read each, leaving out SRs without one', async () => {
    const store = await storeForTest();
    const ids = Array.from({ length: 40 }, (_, i) => String(5000 + i));
    for (const id of ids.filter((_, i) => i % 3 !== 0)) await store.insertLink(claim(id));
    const asked = [...ids, 'absent', ids[1]!];
    const links = await store.getLinks(asked);
    expect([...links.keys()].sort()).toEqual(ids.filter((_, i) => i % 3 !== 0).sort());
    for (const id of ids) expect(links.get(id) ?? null).toEqual(await store.getLink(id));
    expect((await store.getLinks([])).size).toBe(0);
    // Quoted, not injected: an injected filter would return every row.
    expect((await store.getLinks(["1' or RowKey ne '"])).size).toBe(0);
  });

  it('lets exactly one of two racing inserts claim an SR', async () => {
    const store = await storeForTest();
    const results = await Promise.allSettled([store.insertLink(claim('2002', 'a')), store.insertLink(claim('2002', 'b'))]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]!.reason).toBeInstanceOf(ConcurrencyConflict);
    expect((lost[0]!.reason as ConcurrencyConflict).kind).toBe('exists');
  });

  it('rejects a replace carrying a stale etag and keeps the newer row', async () => {
    const store = await storeForTest();
    const first = await store.insertLink(claim('3003'));
    const second = await store.replaceLink({ ...claim('3003'), leaseOwner: 'inst-b' }, first.etag);
    const stale = store.replaceLink({ ...claim('3003'), leaseOwner: 'inst-c' }, first.etag);
    await expect(stale).rejects.toBeInstanceOf(ConcurrencyConflict);
    await expect(stale).rejects.toMatchObject({ kind: 'changed' });
    expect(await store.getLink('3003')).toMatchObject({ leaseOwner: 'inst-b', etag: second.etag });
  });

  it('drops optional columns on replace instead of keeping stale ones', async () => {
    const store = await storeForTest();
    const first = await store.insertLink({ ...claim('4004'), parentWorkItemId: 9, tags: 't' });
    await store.replaceLink(claim('4004'), first.etag);
    const link = await store.getLink('4004');
    expect(link?.parentWorkItemId).toBeUndefined();
    expect(link?.tags).toBeUndefined();
  });

  it('lists only links that have a work item', async () => {
    const store = await storeForTest();
    await store.insertLink(claim('5'));
    await store.insertLink({ ...claim('6'), state: 'CREATED', workItemId: 60 });
    await store.insertLink({ ...claim('7'), state: 'CREATED', workItemId: 70 });
    const listed = await collect(store.listLinks());
    expect(listed.map((l) => [l.srId, l.workItemId]).sort()).toEqual([
      ['6', 60],
      ['7', 70],
    ]);
    expect(listed.every((l) => l.etag.length > 0)).toBe(true);
  });

  it.each(['a/b', 'a\\b', 'a#b', 'a?b', 'a\u0001b', ''])('refuses the key %j before any request', async (srId) => {
    const store = await storeForTest();
    await expect(store.insertLink(claim(srId))).rejects.toBeInstanceOf(InvalidStateKeyError);
    await expect(store.getLink(srId)).rejects.toBeInstanceOf(InvalidStateKeyError);
  });
});

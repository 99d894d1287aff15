import { afterEach, describe, expect, it } from 'vitest';
import { AdoError, AmbiguousWriteError, externalIdTag, RevisionConflictError } from '../../shared/ado/index.js';
import { bugOps, rejection, startHarness, type Harness } from './gatewayHarness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.sim.close();
  h = undefined;
});

describe('retries and back-off', () => {
  it('retries reads on 5xx with exponential back-off and full jitter', async () => {
    h = await startHarness();
    const gateway = h.gateway({ retry: { baseDelayMs: 100, maxDelayMs: 10_000 } });
    const item = await gateway.create(bugOps('x'));
    h.sim.setFaults({ routes: { get: { failNext: 3, errorStatus: 503 } } });
    expect((await gateway.get(item.id))!.id).toBe(item.id);
    // random() = 0.5 → half of 100, 200, 400.
    expect(h.clock.sleeps).toEqual([50, 100, 200]);
    expect(h.sim.requests().filter((r) => r.kind === 'get').map((r) => r.status)).toEqual([503, 503, 503, 200]);
  });

  it('gives up after maxAttempts with a retryable AdoError', async () => {
    h = await startHarness();
    const gateway = h.gateway({ retry: { maxAttempts: 3 } });
    await gateway.findByExternalId('1');
    h.sim.setFaults({ routes: { wiql: { failNext: 10, errorStatus: 500 } } });
    const error = await rejection(gateway.findByExternalId('1'));
    expect(error).toBeInstanceOf(AdoError);
    expect(error).toMatchObject({ status: 500, retryable: true, operation: 'wiql' });
    expect(h.sim.requests().filter((r) => r.kind === 'wiql' && r.status === 500)).toHaveLength(3);
  });

  it('retries dropped connections on reads', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    await gateway.findByExternalId('1');
    h.sim.setFaults({ routes: { wiql: { resetNext: 1 } } });
    expect(await gateway.findByExternalId('1')).toEqual([]);
    expect(h.clock.sleeps).toHaveLength(1);
  });

  it('honours Retry-After on 429, and creates are retried then (the service did not process them)', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    await gateway.findByExternalId('warm-up');
    h.sim.setRateLimit({ limit: 1, windowMs: 30_000, nearRatio: 0 });
    await gateway.findByExternalId('uses-the-budget');
    const created = await gateway.create(bugOps('after the wait'));
    expect(h.sim.workItems().map((w) => w.id)).toEqual([created.id]);
    const statuses = h.sim.requests().filter((r) => r.kind === 'create').map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
    expect(h.clock.sleeps).toHaveLength(1);
    expect(h.clock.sleeps[0]).toBeGreaterThanOrEqual(30_000);
  });

  it('waits before the next request when a 200 carries Retry-After', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    const item = await gateway.create(bugOps('x'));
    h.sim.setRateLimit({ limit: 2, windowMs: 10_000, nearRatio: 0.9, retryAfterWhenNear: true });
    await gateway.get(item.id);
    expect(h.clock.sleeps).toEqual([]);
    await gateway.get(item.id);
    expect(h.clock.sleeps).toHaveLength(1);
    expect(h.clock.sleeps[0]).toBeGreaterThanOrEqual(9_000);
    expect(h.sim.requests().some((r) => r.status === 429)).toBe(false);
  });

  it('retries an update guarded by test /rev on 5xx', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    const item = await gateway.create(bugOps('v1'));
    h.sim.setFaults({ routes: { update: { failNext: 2, errorStatus: 502 } } });
    const updated = await gateway.update(item.id, [
      { op: 'test', path: '/rev', value: 1 },
      { op: 'replace', path: '/fields/System.Title', value: 'v2' },
    ]);
    expect(updated).toMatchObject({ rev: 2, fields: { 'System.Title': 'v2' } });
    expect(h.clock.sleeps).toHaveLength(2);
  });

  it('an update that landed before its answer was lost surfaces as a conflict marked afterRetry', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    const item = await gateway.create(bugOps('v1'));
    h.sim.setFaults({ routes: { update: { commitThenFail: { next: 1, mode: 'reset' } } } });
    const error = await rejection(
      gateway.update(item.id, [
        { op: 'test', path: '/rev', value: 1 },
        { op: 'replace', path: '/fields/System.Title', value: 'v2' },
      ]),
    );
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect((error as RevisionConflictError).afterRetry).toBe(true);
    expect(h.sim.workItem(item.id)).toMatchObject({ rev: 2, fields: { 'System.Title': 'v2' } });
  });

  it('never retries an update without test /rev when its outcome is unknown', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    const item = await gateway.create(bugOps('v1'));
    h.sim.setFaults({ routes: { update: { failNext: 1 } } });
    const error = await rejection(gateway.update(item.id, [{ op: 'replace', path: '/fields/System.Title', value: 'v2' }]));
    expect(error).toBeInstanceOf(AmbiguousWriteError);
    expect(h.sim.requests().filter((r) => r.kind === 'update')).toHaveLength(1);
  });
});

describe('create outcome unknown', () => {
  it.each([
    ['503 after commit', { mode: 'status' as const }, 503],
    ['reset after commit', { mode: 'reset' as const }, 0],
  ])('%s → AmbiguousWriteError, not retried, and the item exists', async (_name, commit, status) => {
    h = await startHarness();
    const gateway = h.gateway();
    await gateway.findByExternalId('warm-up');
    h.sim.setFaults({ routes: { create: { commitThenFail: { next: 1, ...commit } } } });
    const error = await rejection(gateway.create(bugOps('maybe', [{ op: 'add', path: '/fields/System.Tags', value: externalIdTag('88') }])));
    expect(error).toBeInstanceOf(AmbiguousWriteError);
    expect(error).toMatchObject({ operation: 'create', status, retryable: false });
    expect(h.sim.counters().byKind.create).toBe(1);
    expect(h.clock.sleeps).toEqual([]);
    // What the sync core does next: look the SR up and adopt what it finds.
    const found = await gateway.findByExternalId('88');
    expect(found.map((w) => w.fields['System.Title'])).toEqual(['maybe']);
  });

  it('a plain 5xx on create is ambiguous too, and nothing is retried', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    await gateway.findByExternalId('warm-up');
    h.sim.setFaults({ routes: { create: { failNext: 1, errorStatus: 500 } } });
    expect(await rejection(gateway.create(bugOps('x')))).toBeInstanceOf(AmbiguousWriteError);
    expect(h.sim.counters().byKind.create).toBe(1);
  });

  it('retries a create that could not connect at all (nothing was sent)', async () => {
    h = await startHarness();
    const url = h.sim.url;
    await h.sim.close();
    const clockSleeps = h.clock.sleeps;
    const gateway = h.gateway({ orgUrl: url, retry: { maxAttempts: 3 } });
    h = undefined;
    const error = await rejection(gateway.create(bugOps('x')));
    expect(error).toBeInstanceOf(AdoError);
    expect(error).not.toBeInstanceOf(AmbiguousWriteError);
    expect(error).toMatchObject({ status: 0, code: 'ECONNREFUSED', retryable: true });
    expect(clockSleeps).toHaveLength(2);
  });
});

describe('service wait hints', () => {
  it('waits at least Retry-After on a 5xx that carries it', async () => {
    h = await startHarness();
    const gateway = h.gateway();
    await gateway.get(1);
    h.sim.setFaults({ routes: { get: { failNext: 1, errorStatus: 503, retryAfterSeconds: 7 } } });
    expect(await gateway.get(1)).toBeNull();
    expect(h.clock.sleeps).toEqual([7_000]);
  });

  it('hands a wait longer than maxServiceWaitMs back to the caller, and still holds the next request', async () => {
    h = await startHarness();
    const gateway = h.gateway({ retry: { maxServiceWaitMs: 60_000 } });
    await gateway.get(1);
    h.sim.setFaults({ routes: { get: { failNext: 1, errorStatus: 503, retryAfterSeconds: 300 } } });
    const error = await rejection(gateway.get(1));
    expect(error).toMatchObject({ status: 503, retryable: true, retryAfterMs: 300_000 });
    expect(h.clock.sleeps).toEqual([]);
    expect(await gateway.get(1)).toBeNull();
    expect(h.clock.sleeps).toEqual([300_000]);
  });

  it('reports an unknown project instead of finding nothing', async () => {
    h = await startHarness();
    const error = await rejection(h.gateway({ project: 'No Such Project' }).findByExternalId('1'));
    expect(error).toMatchObject({ status: 404, operation: 'wiql' });
  });
});

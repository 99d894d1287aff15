import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startSysAidSimulator, type SysAidSimulator, type WebhookOptions } from '../../../tools/sim/sysaid/index.js';
import { startReceiver } from './receiver.js';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
const started: Array<SysAidSimulator | Receiver> = [];
afterEach(async () => {
  for (const item of started.splice(0)) await item.close();
});

async function setup(webhook: Omit<WebhookOptions, 'url'>, answer?: Parameters<typeof startReceiver>[0]) {
  const receiver = await startReceiver(answer);
  const sim = await startSysAidSimulator({ records: [{ id: 1, title: 'a' }, { id: 2, title: 'b' }], webhook: { url: receiver.url, retryDelaysMs: [5, 5], ...webhook } });
  started.push(sim, receiver);
  return { sim, receiver };
}

/** The same changes for every scenario: a creation, then field edits on two records. */
async function changes(sim: SysAidSimulator): Promise<void> {
  sim.upsertRecord({ id: 3, title: 'c' });
  for (let i = 0; i < 4; i += 1) sim.updateFields(1 + (i % 2), { title: `t${i}`, priority: (i % 5) + 1 });
  await sim.webhooksSettled();
}

describe('SysAid simulator: webhook sender', () => {
  it('sends sr.created and sr.updated with sr_version, the secret header and a valid signature', async () => {
    const { sim, receiver } = await setup({ secret: 's3cret', signingSecret: 'sign-key' });
    sim.upsertRecord({ id: 3, title: 'c' });
    await sim.webhooksSettled();
    sim.updateFields(1, { title: 'changed' });
    await sim.webhooksSettled();
    expect(receiver.notices()).toEqual([
      { event: 'sr.created', id: '3', sr_version: 1, fields: [] },
      { event: 'sr.updated', id: '1', sr_version: 2, fields: ['title'] },
    ]);
    for (const { body, headers } of receiver.received) {
      expect(headers['x-sysaid-webhook-secret']).toBe('s3cret');
      const timestamp = String(headers['x-sysaid-timestamp']);
      expect(headers['x-sysaid-signature']).toBe(createHmac('sha256', 'sign-key').update(`${timestamp}.${body}`).digest('hex'));
      expect(headers['content-type']).toBe('application/json');
    }
    expect(JSON.parse(receiver.received[1]!.body)).toMatchObject({ timestamp: sim.record(1)!.updateTime });
  });

  it('uses configured header names', async () => {
    const { sim, receiver } = await setup({ secret: 'x', secretHeader: 'x-hook-key', signingSecret: 'y', signatureHeader: 'x-sig', timestampHeader: 'x-ts' });
    sim.updateFields(1, { title: 'z' });
    await sim.webhooksSettled();
    const headers = receiver.received[0]!.headers;
    expect(headers['x-hook-key']).toBe('x');
    expect(headers['x-sig']).toBe(createHmac('sha256', 'y').update(`${String(headers['x-ts'])}.${receiver.received[0]!.body}`).digest('hex'));
  });

  it('sends a burst of per-field notices without sr_version, then the full one', async () => {
    const { sim, receiver } = await setup({ behaviour: { fieldBurst: true } });
    sim.updateFields(1, { title: 'new', status: 'Open', description: 'd' });
    await sim.webhooksSettled();
    expect(receiver.notices()).toEqual([
      { event: 'sr.updated', id: '1', field: 'title' },
      { event: 'sr.updated', id: '1', field: 'description' },
      { event: 'sr.updated', id: '1', field: 'status' },
      { event: 'sr.updated', id: '1', sr_version: 2, fields: ['title', 'description', 'status'] },
    ]);
  });

  it('duplicates every notice at probability 1, and the same seed duplicates the same notices', async () => {
    const all = await setup({ behaviour: { duplicateProbability: 1 } });
    await changes(all.sim);
    const notices = all.receiver.notices();
    expect(notices).toHaveLength(10);
    for (let i = 0; i < 10; i += 2) expect(notices[i]).toEqual(notices[i + 1]);

    const runs = [];
    for (const seed of [7, 7, 8]) {
      const { sim, receiver } = await setup({ seed, behaviour: { duplicateProbability: 0.5 } });
      await changes(sim);
      runs.push(receiver.notices());
    }
    expect(runs[0]).toEqual(runs[1]);
    expect(runs[0]!.length).toBeGreaterThan(5);
    expect(runs[0]!.length).toBeLessThan(10);
    expect(runs[2]).not.toEqual(runs[0]);
  });

  it('drops notices by probability, reproducibly by seed, and records the drops', async () => {
    const none = await setup({ behaviour: { dropProbability: 1 } });
    await changes(none.sim);
    expect(none.receiver.received).toHaveLength(0);
    expect(none.sim.webhookDeliveries().map((d) => d.outcome)).toEqual(Array(5).fill('dropped'));

    const runs = [];
    for (const seed of [3, 3]) {
      const { sim, receiver } = await setup({ seed, behaviour: { dropProbability: 0.5 } });
      await changes(sim);
      runs.push(receiver.notices());
      const dropped = sim.webhookDeliveries().filter((d) => d.outcome === 'dropped').length;
      expect(dropped + receiver.received.length).toBe(5);
    }
    expect(runs[0]).toEqual(runs[1]);
  });

  it('delivers a batch out of order when reordering, the same way for the same seed', async () => {
    const orders = [];
    for (const seed of [11, 11]) {
      const { sim, receiver } = await setup({ seed, batchWindowMs: 20, behaviour: { reorderProbability: 1 } });
      for (let i = 0; i < 6; i += 1) sim.updateFields(1, { title: `v${i}` });
      await sim.webhooksSettled();
      orders.push(receiver.notices().map((n) => n.sr_version));
    }
    expect(orders[0]).toEqual(orders[1]);
    expect([...orders[0]!].sort()).toEqual([2, 3, 4, 5, 6, 7]);
    expect(orders[0]).not.toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('retries non-2xx answers on the schedule, bounded by the number of delays', async () => {
    const flaky = await setup({ retryDelaysMs: [5, 5, 5] }, (n) => ({ status: n < 2 ? 503 : 200 }));
    flaky.sim.updateFields(1, { title: 'x' });
    await flaky.sim.webhooksSettled();
    expect(flaky.sim.webhookDeliveries().map((d) => [d.attempt, d.outcome])).toEqual([[1, 503], [2, 503], [3, 200]]);

    const broken = await setup({ retryDelaysMs: [5, 5] }, () => ({ status: 500 }));
    broken.sim.updateFields(1, { title: 'x' });
    await broken.sim.webhooksSettled();
    expect(broken.receiver.received).toHaveLength(3);
    expect(broken.sim.webhookDeliveries().map((d) => d.outcome)).toEqual([500, 500, 500]);
  });

  it('counts a slow receiver as failed after the timeout and retries', async () => {
    const { sim, receiver } = await setup({ timeoutMs: 400, retryDelaysMs: [5] }, (n) => (n === 0 ? { status: 200, delayMs: 10_000 } : { status: 200 }));
    sim.updateFields(1, { title: 'x' });
    await sim.webhooksSettled();
    expect(sim.webhookDeliveries().map((d) => d.outcome)).toEqual(['timeout', 200]);
    expect(receiver.received).toHaveLength(2);
  });

  it('settles at once with no webhook configured, and close stops pending retries', async () => {
    const sim = await startSysAidSimulator({ records: [{ id: 1 }] });
    started.push(sim);
    sim.updateFields(1, { title: 'x' });
    await sim.webhooksSettled();
    const { sim: failing, receiver } = await setup({ retryDelaysMs: [60_000] }, () => ({ status: 500 }));
    failing.updateFields(1, { title: 'x' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await failing.close();
    await failing.webhooksSettled();
    expect(receiver.received).toHaveLength(1);
  });
});

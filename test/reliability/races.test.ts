import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { auditRows, bugsFor, deliver, quietLogger } from './reliabilityKit.js';

let stack: Stack;
beforeAll(async () => {
  stack = await stackForTest({ webhook: false, ado: {} });
});
afterAll(async () => {
  await stack?.close();
});

describe('races between instances', () => {
  it('50 concurrent deliveries of one new SR across 8 instances plus a timer run give exactly one Bug', async () => {
    // One SysAid session is stored first, as in steady state (truly cold logins: see faults.test.ts).
    await stack.runtime.syncDeps(quietLogger()).source.getTicket('1');
    const instances = [stack.runtime, ...(await Promise.all(Array.from({ length: 7 }, () => stack.newInstance())))];
    const sr = stack.sysaid.upsertRecord({ id: 7001, title: 'Monitor flickers', description: 'Flicker on ward 3.', status: 'Open', priority: 'Normal', urgency: 'Normal' });
    stack.ado.setFaults({ routes: { create: { latencyMs: [5, 40] }, wiql: { latencyMs: [5, 20] } } });
    stack.ado.resetCounters();

    const deliveries = Array.from({ length: 50 }, (_, i) => deliver(instances[i % 8]!, JSON.stringify({ event: 'sr.created', id: String(sr.id) })));
    const timer = instances[3]!.runCatchUp(quietLogger());
    const [responses, timerRun] = await Promise.all([Promise.all(deliveries), timer]);
    expect(timerRun.failed).toBe(0);
    stack.ado.setFaults({});

    for (const r of responses) expect([200, 202]).toContain(r.status);
    expect(bugsFor(stack, 7001)).toHaveLength(1);
    expect(stack.ado.counters().byKind.create).toBe(1);
    const creates = (await auditRows(stack.runtime)).filter((r) => r.srId === '7001' && (r.action === 'create' || r.action === 'adopt'));
    expect(creates.map((r) => r.action)).toEqual(['create']);

    // Once the dust settles, a later timer run converges and still adds nothing.
    await stack.runtime.runCatchUp(quietLogger());
    expect(bugsFor(stack, 7001)).toHaveLength(1);
    expect(stack.ado.counters().byKind.create).toBe(1);
  });

  it('two catch-up runs on different instances never move the watermark backwards', async () => {
    const other = await stack.newInstance();
    for (let i = 0; i < 20; i++) stack.sysaid.upsertRecord({ id: 7100 + i, title: `Item ${i}`, description: 'x', status: 'Open', priority: 'Low', urgency: 'Low' });
    const seen: number[] = [];
    let running = true;
    // Sequential reads, so each observation is later than the one before it.
    const watcher = (async () => {
      while (running) {
        const w = await stack.runtime.state.getWatermark();
        if (w) seen.push(w.updateTime);
      }
    })();
    try {
      await Promise.all([stack.runtime.runCatchUp(quietLogger()), other.runCatchUp(quietLogger()), stack.runtime.runCatchUp(quietLogger())]);
    } finally {
      running = false;
      await watcher;
    }
    const final = await stack.runtime.state.getWatermark();
    for (let i = 1; i < seen.length; i++) expect(seen[i]!).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(final).not.toBeNull();
    for (let i = 0; i < 20; i++) expect(bugsFor(stack, 7100 + i)).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { startStack, type Stack } from '../../tools/stack/startStack.js';
import { startFaultProxy, type Fault, type FaultProxy } from '../state/faultProxy.js';
import { deliver, mismatches, quietLogger } from './reliabilityKit.js';

let stack: Stack;
let proxy: FaultProxy;
beforeAll(async () => {
  proxy = await startFaultProxy(inject('azuriteTableUrl'));
  stack = await startStack({ azuriteTableUrl: proxy.url, webhook: false });
});
afterAll(async () => {
  await stack?.close();
  await proxy?.close();
});

describe('Table Storage storms', () => {
  it('503s on state calls while four instances race (real 409/412s) keep one Bug per SR and lose nothing', async () => {
    const instances = [stack.runtime, await stack.newInstance(), await stack.newInstance(), await stack.newInstance()];
    const ids = Array.from({ length: 6 }, (_, i) => 9800 + i);
    for (const id of ids) stack.sysaid.upsertRecord({ id, title: `Storm ${id}`, description: 'Door sensor.', status: 'Open', priority: 'Low', urgency: 'Low' });
    // Every third state call answers 503 for a while.
    proxy.faults = Array.from({ length: 120 }, (_, i): Fault => (i % 3 === 1 ? '503' : 'pass'));
    const responses = await Promise.all(
      ids.flatMap((id) => instances.map((rt) => deliver(rt, JSON.stringify({ id: String(id) })))),
    );
    // 503 is the handler's "retry me" when even the failures row cannot be written; never a 500.
    for (const r of responses) expect([200, 202, 503]).toContain(r.status);
    expect(responses.some((r) => r.status === 200)).toBe(true);
    for (const id of ids) stack.sysaid.updateFields(id, { title: `Storm ${id} edited` });
    await Promise.all(ids.flatMap((id) => instances.slice(0, 2).map((rt) => deliver(rt, JSON.stringify({ id: String(id) })))));
    proxy.faults = [];
    // The timer, once storage is healthy again, finishes whatever was deferred.
    const later = await stack.newInstance({ clock: { now: () => Date.now() + 3_600_000 } });
    await later.runCatchUp(quietLogger(), { sinceMs: 0 });
    expect(await mismatches(stack, stack.runtime, ids)).toEqual([]);
    expect(proxy.seen.length).toBeGreaterThan(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { syncTicket } from '../../shared/sync/syncTicket.js';
import { DEFAULT_SYNC_OPTIONS } from '../../shared/sync/syncContext.js';
import { auditRows, bugsFor, crashing, quietLogger } from './reliabilityKit.js';

let stack: Stack;
let offset = 0;
const clock = { now: () => Date.now() + offset };
beforeAll(async () => {
  stack = await stackForTest({ webhook: false, overrides: { clock } });
});
afterAll(async () => {
  await stack?.close();
});

const record = (id: number) => stack.sysaid.upsertRecord({ id, title: `Crash case ${id}`, description: 'Scanner offline.', status: 'Open', priority: 'Normal', urgency: 'Normal' });

describe('crashes and ambiguous creates', () => {
  it('a crash after the ADO create but before the link is committed: recovery adopts the Bug', async () => {
    record(8001);
    const dying = crashing(stack.runtime.syncDeps(quietLogger()), 'after-create');
    await expect(syncTicket(dying, '8001', { runId: 'crash-1' })).rejects.toThrow();
    expect(bugsFor(stack, 8001)).toHaveLength(1);

    const survivor = await stack.newInstance();
    // Within the lease the claim still protects the SR: no second create.
    const early = await syncTicket(survivor.syncDeps(quietLogger()), '8001', { runId: 'recover-early' });
    expect(early.action).toBe('skip-busy');
    offset += DEFAULT_SYNC_OPTIONS.leaseMs + 1_000;
    const late = await syncTicket(survivor.syncDeps(quietLogger()), '8001', { runId: 'recover' });
    expect(late.action).toBe('adopt');
    expect(bugsFor(stack, 8001)).toHaveLength(1);
    expect(late.workItemId).toBe(bugsFor(stack, 8001)[0]?.id);
    const link = await stack.runtime.state.getLink('8001');
    expect(link?.state).toBe('CREATED');
    // And after that, nothing more happens.
    const again = await syncTicket(survivor.syncDeps(quietLogger()), '8001', { runId: 'again' });
    expect(again.action).toBe('skip-unchanged');
  });

  it('a crash after the claim but before the create: exactly one Bug once the lease runs out', async () => {
    record(8002);
    const before = stack.ado.counters().byKind.create;
    const dying = crashing(stack.runtime.syncDeps(quietLogger()), 'before-create');
    await expect(syncTicket(dying, '8002', { runId: 'crash-2' })).rejects.toThrow();
    expect(bugsFor(stack, 8002)).toHaveLength(0);
    expect((await stack.runtime.state.getLink('8002'))?.state).toBe('CREATING');

    offset += DEFAULT_SYNC_OPTIONS.leaseMs + 1_000;
    const instances = await Promise.all([stack.newInstance(), stack.newInstance(), stack.newInstance()]);
    const outcomes = await Promise.all(instances.map((rt, i) => syncTicket(rt.syncDeps(quietLogger()), '8002', { runId: `recover-${i}` })));
    expect(outcomes.filter((o) => o.action === 'create')).toHaveLength(1);
    expect(bugsFor(stack, 8002)).toHaveLength(1);
    expect(stack.ado.counters().byKind.create - before).toBe(1);
  });

  for (const mode of ['status', 'reset'] as const) {
    it(`a create ADO stored but answered with ${mode === 'status' ? '503' : 'a dropped connection'} leads to no second create`, async () => {
      const id = mode === 'status' ? 8003 : 8004;
      record(id);
      stack.ado.setFaults({ routes: { create: { commitThenFail: { next: 1, mode, status: 503 } } } });
      const before = stack.ado.counters().byKind.create;
      const first = await syncTicket(stack.runtime.syncDeps(quietLogger()), String(id), { runId: `ctf-${mode}` });
      stack.ado.setFaults({});
      // Either it adopted right away, or it failed and a later run adopts.
      if (first.action === 'fail') {
        offset += DEFAULT_SYNC_OPTIONS.leaseMs + 1_000;
        await syncTicket(stack.runtime.syncDeps(quietLogger()), String(id), { runId: `ctf-${mode}-retry` });
      }
      await stack.runtime.runCatchUp(quietLogger());
      expect(bugsFor(stack, id)).toHaveLength(1);
      expect(stack.ado.requests().some((r) => r.kind === 'create' && r.fault === 'commit-then-fail')).toBe(true);
      expect(stack.ado.counters().byKind.create - before).toBe(1);
      const audit = (await auditRows(stack.runtime)).filter((r) => r.srId === String(id) && (r.action === 'create' || r.action === 'adopt'));
      expect(audit).toHaveLength(1);
    });
  }
});

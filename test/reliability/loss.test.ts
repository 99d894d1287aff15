import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import { STACK_SECRETS, type Stack } from '../../tools/stack/startStack.js';
import { createSysAidClient } from '../../shared/sysaid/createSysAidClient.js';
import { runCatchUp } from '../../shared/sync/runCatchUp.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import { sessionStoreOf } from '../../shared/app/sessionStoreOf.js';
import type { SyncDeps } from '../../shared/sync/syncContext.js';
import { bugsFor, mismatches, quietLogger } from './reliabilityKit.js';

let stack: Stack;
beforeAll(async () => {
  stack = await stackForTest({ webhook: { retryDelaysMs: [] } });
});
afterAll(async () => {
  await stack?.close();
});

let small: ReturnType<typeof createSysAidClient> | undefined;

/** Sync deps whose SysAid reader pages three records at a time, so page boundaries are easy to hit. */
function smallPages(runtime: Runtime): SyncDeps {
  const deps = runtime.syncDeps(quietLogger());
  // Shares the instance's stored session, as every instance does (SysAid allows 2 logins per 5 min).
  small ??= createSysAidClient({
    baseUrl: stack.sysaid.url,
    username: STACK_SECRETS.sysaidUser,
    getPassword: async () => STACK_SECRETS.sysaidPassword,
    sessionStore: sessionStoreOf(runtime.state),
    pageSize: 3,
  });
  return { ...deps, source: small };
}

const add = (id: number, extra: Record<string, unknown> = {}) =>
  stack.sysaid.upsertRecord({ id, title: `Loss case ${id}`, description: 'Lab printer.', status: 'Open', priority: 'Low', urgency: 'Low', ...extra });

describe('loss', () => {
  it('webhooks dropped for a period are caught up by the timer within two runs', async () => {
    await stack.runtime.runCatchUp(quietLogger());
    stack.sysaid.setWebhook({ url: stack.webhookUrl, secret: STACK_SECRETS.webhookSecret, retryDelaysMs: [], behaviour: { dropProbability: 1 } });
    const ids = Array.from({ length: 8 }, (_, i) => 9700 + i);
    for (const id of ids) add(id);
    add(9700, { title: 'Loss case 9700 edited while webhooks were down' });
    await stack.sysaid.webhooksSettled();
    expect(ids.every((id) => bugsFor(stack, id).length === 0)).toBe(true);
    stack.sysaid.setWebhook({ url: stack.webhookUrl, secret: STACK_SECRETS.webhookSecret, retryDelaysMs: [] });
    await stack.runtime.runCatchUp(quietLogger());
    await stack.runtime.runCatchUp(quietLogger());
    expect(await mismatches(stack, stack.runtime, ids)).toEqual([]);
  });

  it('equal update_time values across a page boundary, and records changing while paged, miss nothing', async () => {
    const same = Date.now() - 60_000;
    const ids = Array.from({ length: 10 }, (_, i) => 9720 + i);
    for (const id of ids) add(id, { updateTime: same, insertTime: same });
    stack.sysaid.setWebhook(undefined);
    // While the run pages (ADO made slow), earlier-listed records change and move to the end.
    stack.ado.setFaults({ routes: { create: { latencyMs: 30 } } });
    const run = runCatchUp(smallPages(stack.runtime), { ...stack.runtime.catchUpOptions, concurrency: 1 }, { sinceMs: same - 1000 });
    await new Promise((r) => setTimeout(r, 60));
    stack.sysaid.updateFields(9720, { title: 'Changed while paging A' });
    stack.sysaid.updateFields(9721, { title: 'Changed while paging B' });
    await run;
    stack.ado.setFaults({});
    // Those that did not change were all seen by this run, page boundary or not; the changed two
    // may be left to the next run (their update_time moved past this run's window).
    expect(ids.slice(2).filter((id) => bugsFor(stack, id).length !== 1)).toEqual([]);
    // The next ordinary run picks up whatever changed after its listing.
    await runCatchUp(smallPages(stack.runtime), stack.runtime.catchUpOptions, {});
    expect(await mismatches(stack, stack.runtime, ids)).toEqual([]);
  });

  it('five minutes of clock skew between SysAid and us miss nothing', async () => {
    await stack.runtime.runCatchUp(quietLogger());
    stack.sysaid.setClockOffset(-5 * 60_000);
    try {
      add(9740);
      add(9741);
      await stack.runtime.runCatchUp(quietLogger());
      stack.sysaid.updateFields(9740, { title: 'Skewed edit' });
      await stack.runtime.runCatchUp(quietLogger());
      expect(await mismatches(stack, stack.runtime, [9740, 9741])).toEqual([]);
    } finally {
      stack.sysaid.setClockOffset(0);
    }
  });

  it('a run longer than its interval or a past-due schedule does not overlap another run', async () => {
    const other = await stack.newInstance();
    for (let i = 0; i < 4; i++) add(9760 + i);
    stack.ado.setFaults({ routes: { create: { latencyMs: 50 } } });
    const [a, b, c] = await Promise.all([stack.runtime.runCatchUp(quietLogger()), other.runCatchUp(quietLogger()), other.runCatchUp(quietLogger())]);
    stack.ado.setFaults({});
    const ran = [a, b, c].filter((s) => s.skipped === undefined);
    expect(ran).toHaveLength(1);
    expect([a, b, c].filter((s) => s.skipped === 'another-run-active')).toHaveLength(2);
    // The lease is released at the end: the next run goes ahead.
    const next = await other.runCatchUp(quietLogger());
    expect(next.skipped).toBeUndefined();
    expect(await mismatches(stack, stack.runtime, [9760, 9761, 9762, 9763])).toEqual([]);
  });
});

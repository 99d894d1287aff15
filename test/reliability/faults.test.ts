import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { syncTicket } from '../../shared/sync/syncTicket.js';
import { bugsFor, canaries, deliver, failureRows, mismatches, quietLogger } from './reliabilityKit.js';

let stack: Stack;
/** Real sleeps, recorded: the gateway must wait out every hint before its next request. */
const slept: number[] = [];
let realSleeps = true;
const sleep = async (ms: number): Promise<void> => {
  slept.push(ms);
  if (realSleeps) await new Promise((r) => setTimeout(r, ms));
};
beforeAll(async () => {
  stack = await stackForTest({ webhook: false, overrides: { sleep } });
});
afterAll(async () => {
  await stack?.close();
});

const add = (id: number, title = `Fault case ${id}`) => stack.sysaid.upsertRecord({ id, title, description: 'Pager silent.', status: 'Open', priority: 'Normal', urgency: 'Normal' });

/** Gaps between an answer carrying Retry-After and the next ADO request. */
function gapsAfterHints(predicate: (status: number) => boolean): Array<{ gap: number; wantMs: number }> {
  const log = stack.ado.requests();
  const out: Array<{ gap: number; wantMs: number }> = [];
  log.forEach((entry, i) => {
    const next = log[i + 1];
    if (!next || !predicate(entry.status)) return;
    out.push({ gap: next.at - (entry.at + entry.latencyMs), wantMs: 1000 });
  });
  return out;
}

describe('ADO and SysAid faults', () => {
  it('ADO 429 with Retry-After: no request before it elapses, and the write still lands once', async () => {
    add(9601);
    stack.ado.resetCounters();
    stack.ado.setFaults({ routes: { create: { failNext: 1, errorStatus: 429, retryAfterSeconds: 1 } } });
    const outcome = await syncTicket(stack.runtime.syncDeps(quietLogger()), '9601', { runId: 'r429' });
    stack.ado.setFaults({});
    expect(outcome.action).toBe('create');
    expect(bugsFor(stack, 9601)).toHaveLength(1);
    expect(stack.ado.requests().filter((r) => r.status === 429)).toHaveLength(1);
    expect(slept.some((ms) => ms >= 1000)).toBe(true);
    for (const { gap, wantMs } of gapsAfterHints((s) => s === 429)) expect(gap).toBeGreaterThanOrEqual(wantMs - 25);
  });

  it('Retry-After on a 200 holds the next request back too', async () => {
    add(9602);
    add(9603);
    stack.ado.resetCounters();
    slept.length = 0;
    stack.ado.setRateLimit({ limit: 1000, windowMs: 1000, nearRatio: 1, retryAfterWhenNear: true });
    await syncTicket(stack.runtime.syncDeps(quietLogger()), '9602', { runId: 'near-1' });
    await syncTicket(stack.runtime.syncDeps(quietLogger()), '9603', { runId: 'near-2' });
    stack.ado.setRateLimit(undefined);
    const log = stack.ado.requests();
    expect(log.length).toBeGreaterThanOrEqual(2);
    expect(slept.length).toBeGreaterThan(0);
    for (let i = 1; i < log.length; i++) expect(log[i]!.at).toBeGreaterThanOrEqual(log[i - 1]!.at + log[i - 1]!.latencyMs + Math.min(...slept) - 25);
  });

  it('a 5xx storm backs off and defers without dropping anything', async () => {
    for (let i = 0; i < 6; i++) add(9610 + i);
    stack.ado.setFaults({ routes: { '*': { errorRate: 1, errorStatus: 503 } } });
    slept.length = 0;
    realSleeps = false;
    const stormy = await stack.runtime.runCatchUp(quietLogger()).finally(() => {
      realSleeps = true;
    });
    expect(slept.length).toBeGreaterThan(0);
    expect(stormy.created).toBe(0);
    const failed = (await failureRows(stack.runtime)).filter((f) => f.srId.startsWith('961'));
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) expect(f.poison).toBe(false);
    stack.ado.setFaults({});
    // Later (past every back-off and claim lease), the timer picks the deferred SRs up again.
    const later = await stack.newInstance({ clock: { now: () => Date.now() + 30 * 60_000 } });
    await later.runCatchUp(quietLogger());
    expect(await mismatches(stack, stack.runtime, [9610, 9611, 9612, 9613, 9614, 9615])).toEqual([]);
  });

  it('a 400 validation error is not retried and is recorded in failures with a reason free of ticket text', async () => {
    const c = canaries('faults-400');
    add(9620, `Locked out: ${c.name} ${c.ssn}`);
    stack.ado.resetCounters();
    stack.ado.setFaults({ routes: { create: { failNext: 5, errorStatus: 400 } } });
    const response = await deliver(stack.runtime, '{"id":"9620"}');
    stack.ado.setFaults({});
    expect(stack.ado.counters().byKind.create).toBe(1);
    const failure = await stack.runtime.state.getFailure('9620');
    expect(failure?.lastErrorCode).toMatch(/^[A-Za-z0-9_:]+$/);
    expect(failure?.lastErrorCode).toContain('400');
    expect(JSON.stringify(failure) + JSON.stringify(response)).not.toMatch(/Quixtanner|523-/);
    expect(bugsFor(stack, 9620)).toHaveLength(0);
  });

  // With no session stored yet, the instances take turns through the login lease in the state store.
  it('8 truly cold instances (no stored session) stay within 2 logins per 5 minutes', async () => {
    const fresh = await stackForTest({ webhook: false });
    try {
      fresh.sysaid.upsertRecord({ id: 1, title: 'Cold', description: 'x', status: 'Open', priority: 'Low', urgency: 'Low' });
      fresh.sysaid.setLimits({ windowMs: 300_000, logins: 2, requests: 1000 });
      fresh.sysaid.resetCounters();
      const instances = await Promise.all(Array.from({ length: 8 }, () => fresh.newInstance()));
      await Promise.allSettled(instances.map((rt) => rt.syncDeps(quietLogger()).source.getTicket('1')));
      const loginCalls = fresh.sysaid.requests().filter((r) => r.route === 'login').length;
      expect(loginCalls).toBeLessThanOrEqual(2);
    } finally {
      await fresh.close();
    }
  });

  it('a cold instance that finds another one mid-login defers the SR as retryable, and the timer picks it up', async () => {
    const fresh = await stackForTest({ webhook: false, overrides: { sleep: async () => undefined } });
    try {
      fresh.sysaid.upsertRecord({ id: 2, title: 'Waits', description: 'x', status: 'Open', priority: 'Low', urgency: 'Low' });
      // An instance took the login lease and crashed before storing a session.
      await fresh.runtime.state.putLoginLease({ owner: 'crashed', until: Date.now() + 1_000, loginTimes: [Date.now()] }, null);
      const cold = await fresh.newInstance();
      const outcome = await syncTicket(cold.syncDeps(quietLogger()), '2', { runId: 'mid-login' });
      expect(outcome).toMatchObject({ action: 'fail', errorCode: 'SysAidError:SESSION_UNAVAILABLE' });
      expect(await cold.state.getFailure('2')).toMatchObject({ poison: false, lastErrorCode: 'SysAidError:SESSION_UNAVAILABLE' });
      expect(fresh.sysaid.requests().filter((r) => r.route === 'login')).toHaveLength(0);

      await new Promise((resolve) => setTimeout(resolve, 1_100)); // the crashed holder's lease expires
      const later = await fresh.newInstance({ clock: { now: () => Date.now() + 30 * 60_000 } });
      await later.runCatchUp(quietLogger());
      expect(bugsFor(fresh, 2)).toHaveLength(1);
      expect(fresh.sysaid.requests().filter((r) => r.route === 'login')).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('SysAid 429 with 8 cold instances (session stored, expired at SysAid) stays within 2 logins per 5 minutes', async () => {
    add(9630);
    stack.sysaid.setLimits({ windowMs: 300_000, logins: 2, requests: 1000 });
    stack.sysaid.expireAllSessions();
    stack.sysaid.resetCounters();
    const instances = await Promise.all(Array.from({ length: 8 }, () => stack.newInstance()));
    const outcomes = await Promise.all(instances.map((rt, i) => syncTicket(rt.syncDeps(quietLogger()), '9630', { runId: `cold-${i}` })));
    stack.sysaid.setLimits(undefined);
    expect(stack.sysaid.counters().logins + stack.sysaid.counters().failedLogins).toBeLessThanOrEqual(2);
    expect(outcomes.some((o) => o.action === 'create')).toBe(true);
    expect(bugsFor(stack, 9630)).toHaveLength(1);
  });
});

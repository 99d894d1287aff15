import { afterEach, describe, expect, it } from 'vitest';
import type { SysAidSimulator } from '../../tools/sim/sysaid/index.js';
import { SysAidError } from '../../shared/sysaid/SysAidError.js';
import { client, fakeTime, memorySessionStore, startSim } from './fixtures.js';

let sim: SysAidSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('SysAid client sessions', () => {
  it('logs in once and shares the session with a second instance through the store', async () => {
    sim = await startSim({ records: [{ id: 1 }, { id: 2 }] });
    const store = memorySessionStore();
    const first = client(sim, { sessionStore: store });
    await first.getTicket('1');
    await first.getTicket('2');
    const second = client(sim, { sessionStore: store });
    await second.getTicket('1');
    expect(sim.counters().logins).toBe(1);
    expect(first.loginCount() + second.loginCount()).toBe(1);
    expect(store.row()).not.toBeNull();
  });

  it('concurrent first calls on a cold instance share one login', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const c = client(sim);
    await Promise.all(Array.from({ length: 5 }, () => c.getTicket('1')));
    expect(sim.counters().logins).toBe(1);
  });

  it('logs in again once when the session expires, and stores the new session', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const c = client(sim, { sessionStore: store });
    await c.getTicket('1');
    const before = store.row()?.jsessionId;
    sim.expireAllSessions();
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(sim.counters().logins).toBe(2);
    expect(store.row()?.jsessionId).not.toBe(before);
    expect(sim.requests().filter((r) => r.status === 401)).toHaveLength(1);
  });

  it('adopts a newer session another instance stored instead of logging in', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const a = client(sim, { sessionStore: store });
    const b = client(sim, { sessionStore: store });
    await a.getTicket('1');
    await b.getTicket('1');
    sim.expireAllSessions();
    await a.getTicket('1'); // a logs in and stores the new session
    await b.getTicket('1'); // b's session is rejected; it finds a's in the store
    expect(sim.counters().logins).toBe(2);
    expect(b.loginCount()).toBe(0);
  });

  it('does not storm logins when SysAid keeps rejecting sessions', async () => {
    sim = await startSim({ records: [{ id: 1 }], sessionTtlMs: -1, limits: { enabled: false } });
    const c = client(sim, { sessionStore: memorySessionStore() });
    for (let i = 0; i < 5; i += 1) await expect(c.getTicket('1')).rejects.toBeInstanceOf(SysAidError);
    expect(sim.counters().logins).toBe(2);
    const error = await c.getTicket('1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'LOGIN_BUDGET_EXHAUSTED' });
  });

  it('reports a rejected password as LOGIN_REJECTED without the password in the message', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const c = client(sim, { getPassword: async () => 'wrong-secret-value' });
    const error = await c.getTicket('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SysAidError);
    expect(error).toMatchObject({ code: 'LOGIN_REJECTED', status: 401 });
    expect(String((error as Error).message)).not.toContain('wrong-secret-value');
  });

  it('sends the account id at login', async () => {
    sim = await startSim({ users: [{ userName: 'api', password: 'pw-123', accountId: 'acme' }], records: [{ id: 1 }] });
    await expect(client(sim, { accountId: 'other' }).getTicket('1')).rejects.toMatchObject({ code: 'LOGIN_REJECTED' });
    expect(await client(sim, { accountId: 'acme' }).getTicket('1')).toMatchObject({ id: '1' });
  });
});

describe('SysAid client back-off', () => {
  it('honours Retry-After on 429 and then succeeds', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now, limits: { windowMs: 20_000, requests: 2 } });
    const c = client(sim, { now: time.now, sleep: time.sleep });
    for (let i = 0; i < 3; i += 1) expect(await c.getTicket('1')).not.toBeNull();
    expect(time.state.sleeps).toEqual([20_000]);
    expect(sim.counters().byStatus[429]).toBe(1);
  });

  it('backs off exponentially with jitter when no Retry-After is given, bounded by maxAttempts', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now, limits: { windowMs: 10 * 60_000, requests: 1, retryAfter: false } });
    const c = client(sim, { now: time.now, sleep: time.sleep, retry: { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 60_000, random: () => 0.5 } });
    await c.getTicket('1');
    const error = await c.getTicket('1').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(time.state.sleeps).toEqual([750, 1500, 3000]);
  });

  it('fails fast with retryAfterMs when SysAid asks for a longer wait than allowed', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now, limits: { requests: 1 } });
    const c = client(sim, { now: time.now, sleep: time.sleep });
    await c.getTicket('1');
    await expect(c.getTicket('1')).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 300_000 });
    expect(time.state.sleeps).toEqual([]);
  });
});

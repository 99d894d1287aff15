import { afterEach, describe, expect, it } from 'vitest';
import type { SysAidSimulator } from '../../tools/sim/sysaid/index.js';
import { SysAidError } from '../../shared/sysaid/SysAidError.js';
import type { SysAidSessionStore } from '../../shared/sysaid/SysAidSessionStore.js';
import { captureLogger } from '../e2e/stackForTest.js';
import { client, fakeTime, memorySessionStore, startSim } from './fixtures.js';

let sim: SysAidSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const loginRequests = (s: SysAidSimulator) => s.requests().filter((r) => r.route === 'login').length;
const MINUTE = 60_000;
/** Waiters must really wait here: the holder's login takes real time. */
const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('SysAid login lease', () => {
  it('8 cold instances with no stored session log in once and all read the ticket', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const clients = Array.from({ length: 8 }, (_, i) => client(sim!, { sessionStore: store, instanceId: `i${i}`, sleep: realSleep }));
    const tickets = await Promise.all(clients.map((c) => c.getTicket('1')));
    expect(tickets.every((t) => t?.id === '1')).toBe(true);
    expect(loginRequests(sim)).toBe(1);
    expect(clients.reduce((sum, c) => sum + c.loginCount(), 0)).toBe(1);
    expect(store.lease()).toMatchObject({ owner: '', until: 0 });
    expect(store.lease()?.loginTimes).toHaveLength(1);
  });

  it('8 instances whose stored session expired at SysAid renew it with one login', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const clients = Array.from({ length: 8 }, (_, i) => client(sim!, { sessionStore: store, instanceId: `i${i}`, sleep: realSleep }));
    await clients[0]!.getTicket('1');
    sim.expireAllSessions();
    const tickets = await Promise.all(clients.map((c) => c.getTicket('1')));
    expect(tickets.every((t) => t?.id === '1')).toBe(true);
    expect(loginRequests(sim)).toBe(2);
  });

  it('a waiter uses the session the lease holder stores, without logging in', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now });
    const store = memorySessionStore();
    const holder = client(sim, { sessionStore: store, instanceId: 'holder', now: time.now });
    await holder.getTicket('1'); // a valid session to hand over later
    const valid = store.row()!.jsessionId;
    // Start over as if the holder were in the middle of its login: lease held, no session row.
    const held = memorySessionStore();
    await held.putLease({ owner: 'holder', until: time.now() + 30_000, loginTimes: [time.now()] }, null);
    let polls = 0;
    const waiter = client(sim, {
      sessionStore: held,
      instanceId: 'waiter',
      now: time.now,
      sleep: async (ms) => {
        await time.sleep(ms);
        if (++polls === 3) await held.put(valid, null);
      },
    });
    expect(await waiter.getTicket('1')).toMatchObject({ id: '1' });
    expect(waiter.loginCount()).toBe(0);
    expect(loginRequests(sim)).toBe(1);
    expect(time.state.sleeps).toEqual([100, 200, 400]);
  });

  it('defers with a content-free retryable error when no session appears in time, and takes over once the lease expires', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now });
    const store = memorySessionStore();
    await store.putLease({ owner: 'crashed', until: time.now() + 30_000, loginTimes: [time.now()] }, null);
    const logger = captureLogger();
    const c = client(sim, { sessionStore: store, instanceId: 'me', now: time.now, sleep: time.sleep, logger });
    const error = await c.getTicket('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SysAidError);
    expect(error).toMatchObject({ code: 'SESSION_UNAVAILABLE', retryable: true, permanent: false });
    expect(time.state.sleeps.reduce((a, b) => a + b, 0)).toBe(10_000);
    expect(loginRequests(sim)).toBe(0);

    time.state.now += 20_000; // past the crashed holder's lease
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(loginRequests(sim)).toBe(1);
    const session = store.row()!.jsessionId;
    expect(JSON.stringify(store.lease()) + (error as Error).message + logger.lines.join('\n')).not.toContain(session);
  });

  it('never starts a third login inside the window, counting logins by every instance', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now });
    const store = memorySessionStore();
    await store.putLease({ owner: '', until: 0, loginTimes: [time.now() - 4 * MINUTE, time.now() - MINUTE] }, null);
    const c = client(sim, { sessionStore: store, now: time.now, sleep: time.sleep });
    await expect(c.getTicket('1')).rejects.toMatchObject({ code: 'LOGIN_BUDGET_EXHAUSTED', retryable: true, retryAfterMs: MINUTE });
    expect(loginRequests(sim)).toBe(0);
    time.state.now += MINUTE; // the older login leaves the window
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(recentTimes(store, time.now())).toHaveLength(2);
  });

  it('a 429 on login is not retried and pauses every instance until SysAid allows logins again', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now, limits: { logins: 0 } });
    const store = memorySessionStore();
    const first = client(sim, { sessionStore: store, now: time.now, sleep: time.sleep });
    await expect(first.getTicket('1')).rejects.toMatchObject({ code: 'RATE_LIMITED', retryable: true });
    expect(loginRequests(sim)).toBe(1);
    expect(store.lease()).toMatchObject({ owner: '', until: time.now() + 300_000 });

    const second = client(sim, { sessionStore: store, now: time.now, sleep: time.sleep });
    await expect(second.getTicket('1')).rejects.toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 300_000 });
    expect(loginRequests(sim)).toBe(1);
    expect(time.state.sleeps).toEqual([]);
  });

  it('a lease or login times from a clock far ahead do not lock the others out', async () => {
    const time = fakeTime();
    sim = await startSim({ records: [{ id: 1 }], now: time.now });
    const store = memorySessionStore();
    const ahead = time.now() + 60 * MINUTE;
    await store.putLease({ owner: 'skewed', until: ahead + 30_000, loginTimes: [ahead, ahead] }, null);
    const c = client(sim, { sessionStore: store, now: time.now, sleep: time.sleep });
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(loginRequests(sim)).toBe(1);
  });

  it('does not log in again when another instance finished its login between our lease and session reads', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const other = client(sim, { sessionStore: store, instanceId: 'other' });
    let interleaved = false;
    const racing: SysAidSessionStore = {
      ...store,
      getLease: async () => {
        const lease = await store.getLease();
        if (!interleaved) {
          interleaved = true;
          await other.getTicket('1'); // takes the lease, logs in, stores, releases
        }
        return lease;
      },
    };
    const c = client(sim, { sessionStore: racing, instanceId: 'me' });
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(c.loginCount()).toBe(0);
    expect(loginRequests(sim)).toBe(1);
  });

  it('loses the take to an instance that logged in after our reads, and adopts its session', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const store = memorySessionStore();
    const other = client(sim, { sessionStore: store, instanceId: 'other' });
    let reads = 0;
    const racing: SysAidSessionStore = {
      ...store,
      get: async () => {
        const row = await store.get();
        if (++reads === 2) await other.getTicket('1'); // right before our conditional take
        return row;
      },
    };
    const c = client(sim, { sessionStore: racing, instanceId: 'me' });
    expect(await c.getTicket('1')).toMatchObject({ id: '1' });
    expect(c.loginCount()).toBe(0);
    expect(loginRequests(sim)).toBe(1);
  });

  it('defers instead of logging in when the shared store cannot be read', async () => {
    sim = await startSim({ records: [{ id: 1 }] });
    const logger = captureLogger();
    const broken: SysAidSessionStore = {
      get: async () => null,
      put: async () => undefined,
      getLease: async () => {
        throw new Error('ECONNREFUSED table endpoint');
      },
      putLease: async () => {
        throw new Error('unreachable');
      },
    };
    const c = client(sim, { sessionStore: broken, logger });
    await expect(c.getTicket('1')).rejects.toMatchObject({ code: 'SESSION_UNAVAILABLE', retryable: true });
    expect(loginRequests(sim)).toBe(0);
    expect(logger.lines.join('\n')).not.toMatch(/ECONNREFUSED/);
  });
});

function recentTimes(store: ReturnType<typeof memorySessionStore>, now: number): number[] {
  return (store.lease()?.loginTimes ?? []).filter((t) => now - t < 5 * MINUTE);
}

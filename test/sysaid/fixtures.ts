import { startSysAidSimulator, type SimRecordInput, type SysAidSimulator, type SysAidSimulatorOptions } from '../../tools/sim/sysaid/index.js';
import { createSysAidClient, type SysAidClientOptions } from '../../shared/sysaid/createSysAidClient.js';
import type { LoginLease, SysAidSessionStore } from '../../shared/sysaid/SysAidSessionStore.js';

export const USER = { userName: 'api', password: 'pw-123' };

type MemoryStore = SysAidSessionStore & {
  row(): { jsessionId: string; etag: string } | null;
  lease(): LoginLease | null;
  writes: number;
  leaseWrites: number;
};

/** An in-memory session store with the same ETag rules as the Table Storage one (session and login lease rows). */
export function memorySessionStore(): MemoryStore {
  let row: { jsessionId: string; etag: string } | null = null;
  let lease: LoginLease | null = null;
  let version = 0;
  const store: MemoryStore = {
    writes: 0,
    leaseWrites: 0,
    row: () => row,
    lease: () => (lease ? { ...lease, loginTimes: [...lease.loginTimes] } : null),
    get: async () => (row ? { ...row } : null),
    put: async (jsessionId: string, etag: string | null) => {
      if ((row?.etag ?? null) !== etag) throw new Error('conflict');
      version += 1;
      store.writes += 1;
      row = { jsessionId, etag: `W/"${version}"` };
      return { ...row };
    },
    getLease: async () => store.lease(),
    putLease: async (next, etag) => {
      if ((lease?.etag ?? null) !== etag) throw new Error('conflict');
      version += 1;
      store.leaseWrites += 1;
      lease = { ...next, loginTimes: [...next.loginTimes], etag: `W/"${version}"` };
      return store.lease() as LoginLease;
    },
  };
  return store;
}

/** A fake clock shared by the simulator and the client; sleeping advances it. */
export function fakeTime(start = Date.UTC(2026, 5, 1)) {
  const state = { now: start, sleeps: [] as number[] };
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
      state.now += ms;
    },
  };
}

export async function startSim(options: SysAidSimulatorOptions = {}): Promise<SysAidSimulator> {
  return startSysAidSimulator({ users: [USER], ...options });
}

export function client(sim: SysAidSimulator, options: Partial<SysAidClientOptions> = {}) {
  return createSysAidClient({
    baseUrl: sim.url,
    username: USER.userName,
    getPassword: async () => USER.password,
    sleep: async () => undefined,
    ...options,
  });
}

/** Records 1..n with the given update times. */
export function recordsAt(times: number[], start = 1): SimRecordInput[] {
  return times.map((updateTime, i) => ({ id: start + i, title: `Title ${start + i}`, insertTime: updateTime - 1000, updateTime }));
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

import { generateTickets } from '../tools/sim/sysaid/index.js';
import { startStack, type Stack } from '../tools/stack/startStack.js';
import type { CountingProxy } from './countingProxy.js';
import { deliver } from './deliver.js';
import { percentile } from './stats.js';

export interface CallCounts {
  adoWrites: number;
  adoReads: number;
  sysaid: number;
  table: number;
}

export interface CallsResult {
  discovery: number;
  /** Discovery requests over the whole run: unchanged means once per process. */
  discoveryTotal: number;
  scenarios: Record<'create' | 'update' | 'unchanged' | 'duplicate' | 'parentChange', CallCounts & { status?: number; tickets?: number; totals?: CallCounts }>;
  webhook: { n: number; p50Ms: number; p95Ms: number; p99Ms: number };
}

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

/** Calls per scenario, counted by the simulators and the table proxy; then webhook latency on the same stack. */
export async function measureCalls(proxy: CountingProxy, tableUrl: string, webhookN: number): Promise<CallsResult> {
  // Generated update times fall up to 3 days after insert: start early enough that all are in the past.
  const start = Date.now() - 5 * 24 * 3600_000;
  const records = generateTickets({ seed: 7, count: 40 + webhookN, startTime: start, gapMs: 1000, parentRate: 0 });
  const stack = await startStack({
    azuriteTableUrl: proxy.urlFor(tableUrl),
    sysaid: { records, limits: { enabled: false } },
    webhook: false,
    log: quiet,
  });
  try {
    const ids = records.map((r) => Number(r.id));
    const id = (i: number): number => ids[i] ?? 0;
    // Warm the process (runtime, SysAid login, ADO location discovery) on an SR not measured.
    await deliver(stack, id(0), 'sr.created');
    const discovery = stack.ado.counters().byKind.discovery;

    const measure = async (action: () => Promise<number | undefined>, per = 1): Promise<CallCounts & { status?: number }> => {
      const a0 = stack.ado.counters();
      const s0 = sysaidCalls(stack);
      const t0 = proxy.count();
      const status = await action();
      const a1 = stack.ado.counters();
      return {
        adoWrites: (a1.writes - a0.writes) / per,
        adoReads: (a1.reads - a0.reads - (a1.byKind.discovery - a0.byKind.discovery)) / per,
        sysaid: (sysaidCalls(stack) - s0) / per,
        table: (proxy.count() - t0) / per,
        ...(status === undefined ? {} : { status }),
      };
    };
    const create = await measure(async () => (await deliver(stack, id(1), 'sr.created')).status);
    stack.sysaid.updateFields(id(1), { title: 'Printer on 3rd floor jams again', status: 'Pending' });
    const update = await measure(async () => (await deliver(stack, id(1), 'sr.updated')).status);
    stack.sysaid.updateFields(id(1), { title: 'Printer on 3rd floor jams (again)' });
    await deliver(stack, id(1), 'sr.updated');
    const duplicate = await measure(async () => (await deliver(stack, id(1), 'sr.updated')).status);
    await deliver(stack, id(2), 'sr.created');
    stack.sysaid.updateFields(id(2), { parentId: id(1) });
    const parentChange = await measure(async () => (await deliver(stack, id(2), 'sr.updated')).status);

    for (let i = 3; i < 40; i++) await deliver(stack, id(i), 'sr.created');
    const webhook = await webhookLatency(stack, ids.slice(40, 40 + webhookN));

    // Unchanged: a catch-up over every SR, all already in ADO and none changed since; per listed SR.
    let listed = 0;
    const unchanged = await measure(async () => {
      listed = (await stack.runtime.runCatchUp(quiet, { sinceMs: start - 60_000 })).listed;
      return undefined;
    });
    const perSr = (v: number): number => v / Math.max(1, listed);
    const unchangedPerSr = { adoWrites: perSr(unchanged.adoWrites), adoReads: perSr(unchanged.adoReads), sysaid: perSr(unchanged.sysaid), table: perSr(unchanged.table), tickets: listed, totals: unchanged };
    const discoveryTotal = stack.ado.counters().byKind.discovery;
    return { discovery, discoveryTotal, scenarios: { create, update, unchanged: unchangedPerSr, duplicate, parentChange }, webhook };
  } finally {
    await stack.close();
  }
}

function sysaidCalls(stack: Stack): number {
  const c = stack.sysaid.counters();
  return c.requests + c.logins + c.failedLogins;
}

/** End-to-end POST → response for new SRs, one at a time, no simulated latency. */
async function webhookLatency(stack: Stack, ids: number[]): Promise<CallsResult['webhook']> {
  const times: number[] = [];
  for (const srId of ids) {
    const { status, ms } = await deliver(stack, srId, 'sr.created');
    if (status >= 300) throw new Error(`webhook answered ${status}`);
    times.push(ms);
  }
  return { n: times.length, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), p99Ms: percentile(times, 99) };
}

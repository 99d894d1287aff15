import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { iterateTickets } from '../tools/sim/sysaid/index.js';
import { startStack } from '../tools/stack/startStack.js';
import { round } from './stats.js';

export interface BackfillSettings {
  tickets: number;
  latencyMs: number;
  concurrency: number;
  /** ADO request budget enforced by the simulator: `limit` requests per `windowMs`. */
  rateLimit: { limit: number; windowMs: number };
  timeBudgetSeconds: number;
}

export interface BackfillResult {
  tickets: number;
  seconds: number;
  boundSeconds: number;
  efficiency: number;
  throttled: number;
  failed: number;
  peakRssMb: number;
  settings: BackfillSettings & { sysaidLatency: string; nodeArguments: string[] };
  adoCalls: number;
  engineCpuSeconds: number;
  /** False when the run's time budget ended it early (then `seconds` covers fewer SRs). */
  complete: boolean;
  synced: number;
}

/**
 * One catch-up over `tickets` new SRs: simulators in this process, the engine in a child process
 * (so only its memory is measured), 20 ms latency on every ADO route and a request budget.
 */
export async function measureBackfill(tableUrl: string, settings: BackfillSettings): Promise<BackfillResult> {
  const stack = await startStack({
    azuriteTableUrl: tableUrl,
    sysaid: { records: [], limits: { enabled: false } },
    webhook: false,
    env: {
      BACKFILL_CONCURRENCY: String(settings.concurrency),
      BACKFILL_TIME_BUDGET_SECONDS: String(settings.timeBudgetSeconds),
    },
  });
  try {
    stack.sysaid.loadRecords(
      iterateTickets({ seed: 11, count: settings.tickets, startTime: Date.now() - 30 * 24 * 3600_000, gapMs: 60_000, parentRate: 0 }),
    );
    stack.ado.setFaults({ routes: { '*': { latencyMs: settings.latencyMs } } });
    stack.ado.setRateLimit({ limit: settings.rateLimit.limit, windowMs: settings.rateLimit.windowMs });
    stack.ado.resetCounters();
    const nodeArguments = deployedNodeArguments();
    const child = await runChild(stack.env, nodeArguments);
    const requests = stack.ado.requests();
    const throttled = requests.filter((r) => r.status === 429).length;
    const adoCalls = requests.length;
    // Lower bound for the SRs actually synced (all of them unless the time budget stopped the run):
    // the slower of (a) latency: each SR needs at least one ADO round trip of latencyMs and at
    // most `concurrency` are in flight; (b) budget: one write per SR at limit/window, the first
    // window's worth free.
    const boundSeconds = lowerBoundSeconds(child.summary.created, settings);
    return {
      tickets: settings.tickets,
      seconds: round(child.seconds),
      boundSeconds: round(boundSeconds),
      efficiency: round(boundSeconds / child.seconds, 3),
      throttled,
      failed: child.summary.failed,
      peakRssMb: round(child.peakRssMb, 1),
      settings: { ...settings, sysaidLatency: 'none: the SysAid simulator has no latency fault', nodeArguments },
      adoCalls,
      engineCpuSeconds: round(child.cpuSeconds),
      complete: child.summary.complete,
      synced: child.summary.created,
    };
  } finally {
    await stack.close();
  }
}

interface ChildReport {
  summary: { failed: number; created: number; listed: number; complete: boolean };
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/**
 * The Node worker's arguments in the deployment (`languageWorkers__node__arguments`, which
 * infra/app/function.bicep loads from this file), so the engine runs as it does in Azure.
 */
export function deployedNodeArguments(): string[] {
  const file = new URL('../infra/app/nodeWorker.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { arguments: string }).arguments.split(/\s+/).filter(Boolean);
}

/**
 * Diagnostics, off by default: BENCH_PROF=1 (CPU profile), BENCH_NODE_FLAGS='--trace-gc ...' (more
 * node flags after the deployed ones), BENCH_DIAG=/tmp/x (the engine writes /tmp/x.json with its
 * memory breakdown at peak RSS and the child's stdout goes to /tmp/x.stdout; see backfillEngine.mjs).
 */
function runChild(env: Record<string, string>, nodeArguments: string[]): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const diagnostics = [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/bench-prof'] : []),
      ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
    ];
    const child = spawn(process.execPath, [...nodeArguments, ...diagnostics, 'bench/backfillEngine.mjs'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (process.env.BENCH_DIAG) writeFileSync(`${process.env.BENCH_DIAG}.stdout`, out);
      if (code !== 0) return reject(new Error(`backfill engine exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '{}') as ChildReport);
    });
  });
}

/** See README: max(latency bound, request-budget bound) for `synced` SRs. */
export function lowerBoundSeconds(synced: number, settings: BackfillSettings): number {
  const latencyBound = (Math.ceil(synced / settings.concurrency) * settings.latencyMs) / 1000;
  const { limit, windowMs } = settings.rateLimit;
  const budgetBound = ((Math.max(0, synced - limit) / limit) * windowMs) / 1000;
  return Math.max(latencyBound, budgetBound);
}

import { startStack, type Stack } from '../stack/startStack.js';
import { runCatchUp } from '../../shared/sync/runCatchUp.js';
import { buildDesiredWorkItem, redactionInput } from '../../shared/sync/desiredWorkItem.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import type { Logger } from '../../shared/sync/ports.js';
import type { SoakOptions } from './soakOptions.js';
import { killAfter } from './killSwitch.js';

export interface SoakResult {
  faults: number;
  duplicates: number;
  lost: number;
  leaks: number;
}

const NAME = 'Zebulon Quixtanner';
/** Shapes of every planted canary; none may appear in any sink. */
const LEAK = /Quixtanner|soak\.canary\d+@|\b9\d\d-\d\d-\d{4}\b|\(617\) 555-\d{4}/;

function canaryText(n: number): string {
  const ssn = `9${String(n % 100).padStart(2, '0')}-${String(10 + (n % 89))}-${String(1000 + (n % 9000))}`;
  return `Patient ${NAME} (SSN ${ssn}) emailed from soak.canary${n}@example.org, call (617) 555-${String(1000 + (n % 9000))}.`;
}

class Random {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return this.state / 2_147_483_648;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
}

function collector(lines: string[]): Logger & { debug(...a: unknown[]): void } {
  const push = (...args: unknown[]): void => {
    lines.push(args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? `${a.message} ${a.stack ?? ''}` : JSON.stringify(a))).join(' '));
  };
  return { debug: push, info: push, warn: push, error: push };
}

/** Runs the soak and counts duplicates, lost updates and leaked canaries. */
export async function runSoak(options: SoakOptions, progress: (line: string) => void): Promise<SoakResult> {
  // The detector must see what it is meant to find, or a zero would prove nothing.
  if (!LEAK.test(canaryText(0)) || !LEAK.test(canaryText(9999))) throw new Error('leak pattern does not match the canaries');
  const lines: string[] = [];
  const log = collector(lines);
  const random = new Random(options.seed);
  const f = options.faultRate;
  const stack = await startStack({
    log,
    webhook: {
      seed: options.seed,
      batchWindowMs: 25,
      retryDelaysMs: [200, 1000],
      behaviour: { duplicateProbability: options.duplicateRate / 2, reorderProbability: options.duplicateRate / 2 },
    },
    env: { BACKFILL_CONCURRENCY: '4' },
  });
  try {
    stack.sysaid.setLimits({ enabled: false });
    const instances: Runtime[] = [stack.runtime];
    for (let i = 0; i < 3; i++) instances.push(await stack.newInstance());
    stack.ado.setFaults({
      seed: options.seed,
      routes: {
        '*': { errorRate: f * 0.6, errorStatus: 503, resetRate: f * 0.2 },
        create: { errorRate: f * 0.4, errorStatus: 503, resetRate: f * 0.2, commitThenFail: { rate: f * 0.4, mode: 'reset' } },
        update: { errorRate: f * 0.4, errorStatus: 429, retryAfterSeconds: 0, commitThenFail: { rate: f * 0.4, mode: 'status', status: 503 } },
      },
    });

    const ids: number[] = [];
    const batch = 50;
    let kills = 0;
    for (let start = 0; start < options.tickets; start += batch) {
      for (let i = start; i < Math.min(options.tickets, start + batch); i++) {
        const id = 100_000 + i;
        ids.push(id);
        stack.sysaid.upsertRecord({ id, title: `Soak ${id}: ${NAME} cannot print`, description: canaryText(i), status: 'Open', priority: 'Normal', urgency: 'Normal' });
        if (ids.length > 10 && random.next() < 0.2) {
          const other = ids[random.int(ids.length)] as number;
          stack.sysaid.updateFields(other, { title: `Soak ${other} edit ${random.int(1000)}`, description: canaryText(other + i) });
        }
      }
      // A timer run on a random instance meanwhile; a quarter of them are killed part-way.
      const instance = instances[random.int(instances.length)] as Runtime;
      const killed = random.next() < 0.25;
      const deps = instance.syncDeps(log);
      const timer = killed
        ? runCatchUp(killAfter(deps, 1 + random.int(200), random.next() < 0.5), instance.catchUpOptions).catch(() => undefined)
        : instance.runCatchUp(log).catch(() => undefined);
      if (killed) kills++;
      await stack.sysaid.webhooksSettled();
      await timer;
      if ((start / batch) % 10 === 0) progress(`soak fed=${Math.min(options.tickets, start + batch)} kills=${kills} bugs=${stack.ado.workItems().length}`);
    }

    const faults = stack.ado.requests().filter((r) => r.fault !== undefined || r.status === 429 || r.status >= 500).length;
    stack.ado.setFaults({});
    stack.sysaid.setWebhook(undefined);
    // The timer once things are quiet: later instances, past every lease and back-off.
    for (const hours of [1, 2, 4]) {
      const later = await stack.newInstance({ clock: { now: () => Date.now() + hours * 3_600_000 } });
      const summary = await later.runCatchUp(log, { sinceMs: 0 });
      progress(`soak settle+${hours}h created=${summary.created} updated=${summary.updated} failed=${summary.failed} complete=${summary.complete}`);
    }
    return { faults, ...(await verify(stack, ids, lines)) };
  } finally {
    await stack.close();
  }
}

async function verify(stack: Stack, ids: number[], lines: string[]): Promise<Omit<SoakResult, 'faults'>> {
  const byTag = new Map<string, Array<ReturnType<Stack['ado']['workItems']>[number]>>();
  let adoText = '';
  for (const item of stack.ado.workItems()) {
    for (const tag of tagText(item.fields['System.Tags']).split(/;\s*/)) {
      if (/^sysaid-\d+$/.test(tag)) byTag.set(tag, [...(byTag.get(tag) ?? []), item]);
    }
    adoText += JSON.stringify(item) + JSON.stringify(stack.ado.revisions(item.id)) + JSON.stringify(stack.ado.comments(item.id));
  }
  const deps = stack.runtime.syncDeps(collector(lines));
  let duplicates = 0;
  let lost = 0;
  for (const id of ids) {
    const bugs = byTag.get(`sysaid-${id}`) ?? [];
    duplicates += Math.max(0, bugs.length - 1);
    const ticket = await deps.source.getTicket(String(id));
    const bug = bugs[0];
    if (!ticket || !bug) {
      lost++;
      continue;
    }
    const desired = buildDesiredWorkItem(ticket, deps.redactor.redact(redactionInput(ticket), { budgetMs: 10_000 }).fields, deps.mapping, undefined);
    const tags = tagText(bug.fields['System.Tags']).split(/;\s*/).filter((t) => t.startsWith('sysaid-')).sort();
    const same = Object.entries(desired.fields).every(([k, v]) => bug.fields[k] === v) && JSON.stringify(tags) === JSON.stringify(desired.managedTags);
    if (!same) lost++;
  }
  const sinks: string[] = [adoText, lines.join('\n')];
  for await (const row of stack.runtime.state.listAudit()) sinks.push(JSON.stringify(row));
  for await (const row of stack.runtime.state.listFailures()) sinks.push(JSON.stringify(row));
  let leaks = 0;
  const global = new RegExp(LEAK.source, 'g');
  for (const text of sinks) leaks += text.match(global)?.length ?? 0;
  return { duplicates, lost, leaks };
}

function tagText(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

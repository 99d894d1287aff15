import { generateTickets } from '../sim/sysaid/index.js';
import { startStack } from '../stack/startStack.js';
import { leakedValues, plantedPii } from './plantedPii.js';
import { formatSummary } from '../../shared/cli/formatSummary.js';
import type { AuditRecord } from '../../shared/state/types.js';
import type { LogSink } from '../../shared/log/safeLogger.js';

export interface DemoOptions {
  tickets?: number;
  seed?: number;
  out?: (line: string) => void;
}

export interface DemoResult {
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  workItems: number;
  leaks: number;
  plantedValues: number;
  adoWrites: number;
  changedTickets: number;
}

/**
 * The main job on the embedded default: Azurite and both simulators, SysAid seeded with
 * realistic tickets full of PII, the timer path, then webhooks for edits and new SRs, then a
 * quiet catch-up. Ends with the summary line and a scan of ADO for every planted value.
 */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const out = options.out ?? ((line: string) => console.log(line));
  const count = options.tickets ?? 40;
  const now = Date.now();
  const records = generateTickets({ seed: options.seed ?? 42, count, startTime: now - 5 * 24 * 3600_000, gapMs: 60_000 });
  const quiet: LogSink = { debug: () => undefined, info: () => undefined, warn: (m) => out(`  warn: ${String(m)}`), error: (m) => out(`  error: ${String(m)}`) };
  out(`Starting Azurite, the SysAid simulator (${count} tickets) and the ADO simulator...`);
  const stack = await startStack({ sysaid: { records }, log: quiet });
  const started = Date.now() - 1;
  try {
    const logger = { debug: () => undefined, info: () => undefined, warn: (m: string) => quiet.warn(m), error: (m: string) => quiet.error(m) };
    out(`Webhook function listening on ${stack.webhookUrl}`);

    out('1. Timer path: first catch-up over every ticket changed since the look-back...');
    const first = await stack.runtime.runCatchUp(logger);
    out(`   ${formatSummary(first)}`);

    out('2. Webhook path: 5 tickets edited in SysAid, 3 new tickets submitted...');
    const ids = stack.sysaid.records().map((r) => r.id);
    for (const id of ids.slice(0, 5)) {
      stack.sysaid.updateFields(id, { status: 'Pending', notes: [{ userName: 'Maria Gonzalez', createDate: Date.now(), text: 'Called Maria Gonzalez back at 555-201-7788; reset done on pc-lab-04.' }] });
    }
    const fresh = generateTickets({ seed: (options.seed ?? 42) + 1, count: 3, startId: 9000, startTime: Date.now() - 60_000, gapMs: 1000 });
    for (const record of fresh) stack.sysaid.upsertRecord({ ...record, updateTime: undefined, insertTime: undefined });
    await stack.sysaid.webhooksSettled();
    const deliveries = stack.sysaid.webhookDeliveries();
    out(`   ${deliveries.length} webhook deliveries, answers: ${countBy(deliveries.map((d) => String(d.outcome)))}`);

    out('3. Timer path again: a catch-up with nothing new must write nothing...');
    const writesBefore = stack.ado.counters().writes;
    const third = await stack.runtime.runCatchUp(logger);
    out(`   ${formatSummary(third)}; ADO writes during this run: ${stack.ado.counters().writes - writesBefore}`);

    const audit: AuditRecord[] = [];
    for await (const record of stack.runtime.state.listAudit({ sinceMs: started })) audit.push(record);
    const tally = countActions(audit);

    const texts = stack.sysaid.records().flatMap((r) => [r.title, r.description, ...r.notes.map((n) => n.text)]);
    const planted = plantedPii(texts);
    const items = stack.ado.workItems();
    const adoText = items.flatMap((item) => stack.ado.revisions(item.id).map((rev) => JSON.stringify(rev.fields))).join('\n');
    const leaks = leakedValues(planted, adoText);
    const counters = stack.ado.counters();
    const changedTickets = tally.created + tally.updated;

    out('');
    out(`ADO simulator: ${items.length} Bugs; ${counters.writes} writes for ${changedTickets} changed tickets; ${counters.byKind.get ?? 0} work item reads.`);
    out(`PII check: ${planted.size} personal values planted in SysAid; found in ADO fields or revisions: ${leaks.length}.`);
    const sample = items[0];
    if (sample) out(`Example Bug #${sample.id}: "${String(sample.fields['System.Title'])}"`);
    out(formatSummary({ ...tally, stale: 0, busy: 0 }));
    return { ...tally, workItems: items.length, leaks: leaks.length, plantedValues: planted.size, adoWrites: counters.writes, changedTickets };
  } finally {
    await stack.close();
  }
}

function countActions(audit: AuditRecord[]): { created: number; updated: number; unchanged: number; failed: number } {
  const result = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const record of audit) {
    if (record.action === 'create' || record.action === 'adopt') result.created++;
    else if (record.action === 'update') result.updated++;
    else if (record.action === 'fail') result.failed++;
    else result.unchanged++;
  }
  return result;
}

function countBy(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, n]) => `${value}×${n}`).join(', ');
}

import { afterEach, describe, expect, it } from 'vitest';
import { stackForTest, captureLogger, HOUR } from './stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import type { AuditRecord } from '../../shared/state/types.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const base = Date.now() - 2 * HOUR;
const records = [
  { id: 100, title: 'Parent outage: Epic login down', description: 'All of 3 West cannot log in.', status: 'Open', priority: 'High', urgency: 'High', insertTime: base, updateTime: base + 1000 },
  { id: 101, title: 'Login failed for John Smith', description: 'John Smith (MRN 4851400) cannot log in on pc-lab-04.', status: 'Open', priority: 'Low', urgency: 'Low', parentId: 100, insertTime: base, updateTime: base + 2000 },
  { id: 102, title: 'Printer jam', description: 'Printer on 4 North jams.', status: 'Open', priority: 'Normal', urgency: 'Normal', insertTime: base, updateTime: base + 3000 },
];

async function audit(s: Stack): Promise<AuditRecord[]> {
  const rows: AuditRecord[] = [];
  for await (const row of s.runtime.state.listAudit()) rows.push(row);
  return rows;
}

describe('catch-up path (timer) against the simulators and Azurite', () => {
  it('creates exactly one Bug per SR in one write each, with parent, link back and tags', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    stack.ado.resetCounters();
    const summary = await stack.runtime.runCatchUp(captureLogger());
    expect(summary).toMatchObject({ created: 3, updated: 0, failed: 0, complete: true });

    const items = stack.ado.workItems();
    expect(items).toHaveLength(3);
    const counters = stack.ado.counters();
    expect(counters.byKind.create).toBe(3);
    expect(counters.byKind.update).toBe(0);
    expect(counters.byKind.get + counters.byKind.batch + counters.byKind.wiql).toBe(0);

    const byTag = (id: number) => items.find((item) => String(item.fields['System.Tags']).includes(`sysaid-${id}`));
    const parent = byTag(100);
    const child = byTag(101);
    expect(parent && child).toBeTruthy();
    expect(child?.relations.filter((r) => r.rel === 'System.LinkTypes.Hierarchy-Reverse').map((r) => r.url.split('/').pop())).toEqual([String(parent?.id)]);
    expect(child?.relations.some((r) => r.rel === 'Hyperlink' && r.url.includes('101'))).toBe(true);
    expect(child?.fields['System.State']).toBe('New');
    expect(child?.fields['Microsoft.VSTS.Common.Priority']).toBe(4);
    expect(String(child?.fields['System.Tags'])).toContain('sysaid-status-open');

    const rows = await audit(stack);
    expect(rows.filter((r) => r.action === 'create').map((r) => r.srId).sort()).toEqual(['100', '101', '102']);
  });

  it('writes nothing to and reads nothing from ADO when nothing changed', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    await stack.runtime.runCatchUp(captureLogger());
    stack.ado.resetCounters();
    const summary = await stack.runtime.runCatchUp(captureLogger());
    expect(summary).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(summary.unchanged).toBeGreaterThanOrEqual(3);
    expect(stack.ado.counters().total).toBe(0);
  });

  it('updates only the changed owned fields in one write and keeps what engineers changed', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    await stack.runtime.runCatchUp(captureLogger());
    const bug = stack.ado.workItems().find((item) => String(item.fields['System.Tags']).includes('sysaid-102'));
    if (!bug) throw new Error('no bug');
    stack.ado.editAsEngineer(bug.id, { 'System.State': 'Active', 'System.AssignedTo': 'dev@example.com', 'System.Tags': `${String(bug.fields['System.Tags'])}; needs-triage` });
    stack.sysaid.updateFields(102, { title: 'Printer jam on 4 North, all trays' });
    stack.ado.resetCounters();

    const summary = await stack.runtime.runCatchUp(captureLogger());
    expect(summary).toMatchObject({ updated: 1, created: 0, failed: 0 });
    const after = stack.ado.workItem(bug.id);
    expect(after?.fields['System.Title']).toBe('Printer jam on 4 North, all trays');
    expect(after?.fields['System.State']).toBe('Active');
    expect(after?.fields['System.AssignedTo']).toBe('dev@example.com');
    expect(String(after?.fields['System.Tags'])).toContain('needs-triage');
    // The engineer's edit moved the rev: one refused patch (412), one read, one accepted patch.
    const writes = stack.ado.requests().filter((r) => r.kind === 'update');
    expect(writes.map((r) => r.status)).toEqual([412, 200]);
  });

  it('moves the Bug to a new parent in one patch', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    await stack.runtime.runCatchUp(captureLogger());
    stack.sysaid.updateFields(101, { parentId: 102 });
    stack.ado.resetCounters();
    const summary = await stack.runtime.runCatchUp(captureLogger());
    expect(summary).toMatchObject({ updated: 1, failed: 0 });
    const items = stack.ado.workItems();
    const child = items.find((item) => String(item.fields['System.Tags']).includes('sysaid-101'));
    const newParent = items.find((item) => String(item.fields['System.Tags']).includes('sysaid-102'));
    const parents = child?.relations.filter((r) => r.rel === 'System.LinkTypes.Hierarchy-Reverse') ?? [];
    expect(parents.map((r) => r.url.split('/').pop())).toEqual([String(newParent?.id)]);
    expect(stack.ado.counters().byKind.update).toBe(1);
  });

  it('plans without writing anything in a dry run', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    const planned: string[] = [];
    const summary = await stack.runtime.runCatchUp(captureLogger(), { dryRun: true, onOutcome: (o) => planned.push(`${o.srId}:${o.planned ?? ''}`) });
    expect(summary.created).toBe(3);
    expect(planned.sort()).toEqual(['100:create', '101:create', '102:create']);
    expect(stack.ado.counters().writes).toBe(0);
    expect(await audit(stack)).toEqual([]);
    expect(await stack.runtime.state.getWatermark()).toBeNull();
  });

  it('advances the watermark only past committed work and keeps failures for retry', async () => {
    stack = await stackForTest({ sysaid: { records }, webhook: false });
    stack.ado.setFaults({ seed: 1, routes: { create: { errorRate: 1, errorStatus: 400 } } });
    const summary = await stack.runtime.runCatchUp(captureLogger());
    expect(summary.failed).toBe(3);
    const failures = [];
    for await (const row of stack.runtime.state.listFailures()) failures.push(row);
    expect(failures.map((f) => f.srId).sort()).toEqual(['100', '101', '102']);
    expect(failures.every((f) => f.poison && !/Smith|4851400/.test(f.lastErrorCode))).toBe(true);
  });

  it('backfills further back than the watermark on request, without moving the watermark backwards', async () => {
    const old = Date.now() - 72 * HOUR;
    stack = await stackForTest({
      sysaid: { records: [{ id: 150, title: 'Old ticket', description: 'x', insertTime: old, updateTime: old }, ...records] },
      webhook: false,
      env: { BACKFILL_INITIAL_LOOKBACK_HOURS: '24' },
    });
    expect(await stack.runtime.runCatchUp(captureLogger())).toMatchObject({ created: 3 });
    const watermark = (await stack.runtime.state.getWatermark())?.updateTime;
    const summary = await stack.runtime.runCatchUp(captureLogger(), { sinceMs: old - HOUR });
    expect(summary).toMatchObject({ created: 1, failed: 0 });
    expect(summary.unchanged).toBe(3);
    expect((await stack.runtime.state.getWatermark())?.updateTime).toBe(watermark);
  });
});

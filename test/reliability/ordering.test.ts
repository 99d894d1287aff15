import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { bugsFor, deliver, mismatches } from './reliabilityKit.js';

let stack: Stack;
beforeAll(async () => {
  stack = await stackForTest({ webhook: false });
});
afterAll(async () => {
  await stack?.close();
});

const notice = (id: number, version?: number) => JSON.stringify({ event: 'sr.updated', id: String(id), ...(version !== undefined ? { sr_version: version } : {}) });

describe('ordering', () => {
  it('v5 then v4, and v5 twice, leave ADO at v5', async () => {
    stack.sysaid.upsertRecord({ id: 9001, title: 'Title v1', description: 'd', status: 'Open', priority: 'Low', urgency: 'Low' });
    await deliver(stack.runtime, notice(9001, 1));
    for (let v = 2; v <= 5; v++) stack.sysaid.updateFields(9001, { title: `Title v${v}` });
    const version = stack.sysaid.record(9001)?.version;
    await deliver(stack.runtime, notice(9001, version));
    await deliver(stack.runtime, notice(9001, (version ?? 5) - 1));
    await deliver(stack.runtime, notice(9001, version));
    const bug = bugsFor(stack, 9001)[0];
    expect(bug?.fields['System.Title']).toBe('Title v5');
    expect(await mismatches(stack, stack.runtime, [9001])).toEqual([]);
    // One create plus one update: the stale and the duplicate notice wrote nothing.
    expect(stack.ado.revisions(bug!.id)).toHaveLength(2);
  });

  it('a person editing the Bug between our read and PATCH keeps their fields, ours are re-applied', async () => {
    stack.sysaid.upsertRecord({ id: 9002, title: 'Before', description: 'd', status: 'Open', priority: 'Low', urgency: 'Low' });
    await deliver(stack.runtime, notice(9002));
    const bug = bugsFor(stack, 9002)[0]!;
    stack.sysaid.updateFields(9002, { title: 'After' });
    // The engineer's edit lands while our update is in flight (the PATCH is slow to arrive).
    stack.ado.setFaults({ routes: { update: { latencyMs: 150 } } });
    const inFlight = deliver(stack.runtime, notice(9002));
    await new Promise((r) => setTimeout(r, 40));
    stack.ado.editAsEngineer(bug.id, { 'System.AssignedTo': 'eng@example.com', 'System.State': 'Active' });
    const response = await inFlight;
    stack.ado.setFaults({});
    expect(response.status).toBe(200);
    const after = stack.ado.workItem(bug.id)!;
    expect(after.fields['System.Title']).toBe('After');
    expect(after.fields['System.AssignedTo']).toBe('eng@example.com');
    expect(after.fields['System.State']).toBe('Active');
    expect(stack.ado.requests().some((r) => r.kind === 'update' && r.status === 412)).toBe(true);
  });

  it('a burst of ten per-field notices then a full one gives at most two revisions and the redacted final state', async () => {
    stack.sysaid.upsertRecord({ id: 9003, title: 'Start', description: 'Start', status: 'Open', priority: 'Low', urgency: 'Low' });
    await deliver(stack.runtime, notice(9003));
    const bug = bugsFor(stack, 9003)[0]!;
    const revsBefore = stack.ado.revisions(bug.id).length;
    stack.sysaid.updateFields(9003, { title: 'Final title for Oskar Brandvold', description: 'Call (617) 555-0142 about the pump', priority: 'High', urgency: 'High', status: 'Pending' });
    const burst = Array.from({ length: 10 }, () => deliver(stack.runtime, notice(9003)));
    await Promise.all(burst);
    await deliver(stack.runtime, notice(9003, stack.sysaid.record(9003)?.version));
    expect(stack.ado.revisions(bug.id).length - revsBefore).toBeLessThanOrEqual(2);
    expect(await mismatches(stack, stack.runtime, [9003])).toEqual([]);
    expect(JSON.stringify(stack.ado.workItem(bug.id))).not.toMatch(/Brandvold|555-0142/);
  });
});

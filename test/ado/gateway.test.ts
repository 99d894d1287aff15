import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdoError, externalIdTag, RevisionConflictError } from '../../shared/ado/index.js';
import type { WorkItemGateway } from '../../shared/sync/ports.js';
import { bugOps, PROJECT, rejection, startHarness, type Harness } from './gatewayHarness.js';

let h: Harness;
let gateway: WorkItemGateway;

beforeAll(async () => {
  h = await startHarness();
  gateway = h.gateway();
});
afterAll(async () => {
  await h.sim.close();
});

describe('ADO gateway against the simulator', () => {
  it('creates with fields, tag, parent and hyperlink, then reads it back with relations', async () => {
    const parent = await gateway.create(bugOps('Parent epic'));
    const created = await gateway.create(
      bugOps('Printer broken', [
        { op: 'add', path: '/fields/System.Tags', value: externalIdTag('41') },
        { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: gateway.workItemUrl(parent.id) } },
        { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: 'https://acct.sysaidit.com/SREdit.jsp?id=41' } },
      ]),
    );
    expect(created).toMatchObject({ rev: 1, fields: { 'System.Title': 'Printer broken', 'System.WorkItemType': 'Bug', 'System.Tags': 'sysaid-41' } });
    expect(created.relations.map((r) => r.rel)).toEqual(['System.LinkTypes.Hierarchy-Reverse', 'Hyperlink']);
    const read = await gateway.get(created.id);
    expect(read).toEqual(created);
    expect(Object.keys(read!)).toEqual(['id', 'rev', 'fields', 'relations']);
    expect(gateway.workItemUrl(created.id)).toBe(`${h.sim.url}/_apis/wit/workItems/${created.id}`);
  });

  it('reuses one keep-alive connection across calls instead of opening one per call', async () => {
    await gateway.get(1);
    const before = h.sim.connectionsAccepted();
    for (let i = 0; i < 10; i += 1) await gateway.create(bugOps(`keep-alive ${i}`));
    expect(h.sim.connectionsAccepted() - before).toBeLessThanOrEqual(1);
  });

  it('returns null for a missing work item', async () => {
    expect(await gateway.get(99_999)).toBeNull();
  });

  it('updates with test /rev and surfaces a stale rev as RevisionConflictError', async () => {
    const item = await gateway.create(bugOps('v1'));
    const updated = await gateway.update(item.id, [
      { op: 'test', path: '/rev', value: item.rev },
      { op: 'replace', path: '/fields/System.Title', value: 'v2' },
    ]);
    expect(updated).toMatchObject({ rev: 2, fields: { 'System.Title': 'v2' } });
    h.sim.editAsEngineer(item.id, { 'System.State': 'Active' });
    const error = await rejection(
      gateway.update(item.id, [
        { op: 'test', path: '/rev', value: 2 },
        { op: 'replace', path: '/fields/System.Title', value: 'v3' },
      ]),
    );
    expect(error).toBeInstanceOf(RevisionConflictError);
    expect(error).toMatchObject({ status: 412, code: 'VS403351', retryable: false, afterRetry: false });
    expect(h.sim.workItem(item.id)!.fields['System.Title']).toBe('v2');
  });

  it('reports validation failures with the ADO code and without field values', async () => {
    const error = await rejection(gateway.create(bugOps('secret title 4711', [{ op: 'add', path: '/fields/Custom.Missing', value: 'secret value 4711' }])));
    expect(error).toBeInstanceOf(AdoError);
    expect(error).toMatchObject({ status: 400, code: 'TF51535', retryable: false });
    expect((error as Error).message).not.toContain('4711');
    const area = await rejection(gateway.create(bugOps('t', [{ op: 'add', path: '/fields/System.AreaPath', value: 'Elsewhere' }])));
    expect(area).toMatchObject({ status: 400, code: 'TF401347' });
    const missing = await rejection(gateway.update(123_456, [{ op: 'test', path: '/rev', value: 1 }]));
    expect(missing).toMatchObject({ status: 404 });
  });

  it('finds by tag with exact matching (sysaid-12 is not sysaid-123), oldest first', async () => {
    const a = await gateway.create(bugOps('a', [{ op: 'add', path: '/fields/System.Tags', value: 'sysaid-12' }]));
    await gateway.create(bugOps('b', [{ op: 'add', path: '/fields/System.Tags', value: 'sysaid-123; x' }]));
    const c = await gateway.create(bugOps('c', [{ op: 'add', path: '/fields/System.Tags', value: 'other; SYSAID-12' }]));
    const found = await gateway.findByExternalId('12');
    expect(found.map((w) => w.id)).toEqual([a.id, c.id]);
    expect(await gateway.findByExternalId('999')).toEqual([]);
  });

  it('finds by the external id field when configured', async () => {
    const byField = h.gateway({ externalIdField: 'Custom.SysAidId' });
    const item = await byField.create(bugOps('field', [{ op: 'add', path: '/fields/Custom.SysAidId', value: '777' }]));
    await byField.create(bugOps('other', [{ op: 'add', path: '/fields/Custom.SysAidId', value: '7770' }]));
    const found = await byField.findByExternalId('777');
    expect(found.map((w) => w.id)).toEqual([item.id]);
    const wiql = h.sim.requests().filter((r) => r.kind === 'wiql');
    expect(wiql.at(-1)!.path).toBe(`/org/${encodeURIComponent(PROJECT)}/_apis/wit/wiql`);
  });

  it('fetches more than 200 matches in batches of 200', async () => {
    for (let i = 0; i < 201; i++) await gateway.create(bugOps(`many ${i}`, [{ op: 'add', path: '/fields/System.Tags', value: 'sysaid-500' }]));
    h.sim.resetCounters();
    const found = await gateway.findByExternalId('500');
    expect(found).toHaveLength(201);
    expect(found.map((w) => w.id)).toEqual([...found.map((w) => w.id)].sort((x, y) => x - y));
    expect(h.sim.counters().byKind.batch).toBe(2);
  });

  it('rejects an SR id that could break out of the query', async () => {
    await expect(gateway.findByExternalId("1' OR 1=1")).rejects.toThrow(TypeError);
  });
});

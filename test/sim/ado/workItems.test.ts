import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdoSimulator } from '../../../tools/sim/ado/index.js';
import { ops, PROJECT, startWithClient, statusOf, title } from './simClient.js';

let sim: AdoSimulator;
let wit: IWorkItemTrackingApi;

beforeAll(async () => {
  ({ sim, wit } = await startWithClient({ areaPaths: [`${PROJECT}\\Support`], extraFields: ['Custom.SysAidId'] }));
});
afterAll(async () => {
  await sim.close();
});

const link = (id: number) => `${sim.url}/_apis/wit/workItems/${id}`;

describe('create', () => {
  it('creates any type with defaults, rev 1 and the fields of the patch', async () => {
    const bug = await wit.createWorkItem(
      undefined,
      ops(
        { op: 'add', path: '/fields/System.Title', value: 'Printer on fire' },
        { op: 'add', path: '/fields/Microsoft.VSTS.TCM.ReproSteps', value: '<p>steps</p>' },
        { op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: 2 },
        { op: 'add', path: '/fields/Microsoft.VSTS.Common.Severity', value: '3 - Medium' },
        { op: 'add', path: '/fields/System.Tags', value: 'sysaid-7; imported' },
        { op: 'add', path: '/fields/Custom.SysAidId', value: '7' },
      ),
      PROJECT,
      'Bug',
    );
    expect(bug.rev).toBe(1);
    expect(bug.url).toBe(link(bug.id!));
    expect(bug.fields).toMatchObject({
      'System.Title': 'Printer on fire',
      'System.WorkItemType': 'Bug',
      'System.State': 'New',
      'System.TeamProject': PROJECT,
      'System.AreaPath': PROJECT,
      'System.IterationPath': PROJECT,
      'Microsoft.VSTS.Common.Priority': 2,
      'System.Tags': 'imported; sysaid-7',
      'Custom.SysAidId': '7',
    });
    expect(Date.parse(String(bug.fields!['System.CreatedDate']))).not.toBeNaN();
    const story = await wit.createWorkItem(undefined, title('A story'), PROJECT, 'User Story');
    expect(story.fields!['System.WorkItemType']).toBe('User Story');
    expect(story.id).toBeGreaterThan(bug.id!);
  });

  it('accepts the client enum numbers for op as well as names', async () => {
    const item = await wit.createWorkItem(undefined, title('numeric op'), PROJECT, 'Bug');
    expect(item.fields!['System.Title']).toBe('numeric op');
  });

  it.each([
    ['unknown field', ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/fields/Custom.Nope', value: 1 }), 'TF51535'],
    ['unknown area path', ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/fields/System.AreaPath', value: 'Nowhere' }), 'TF401347'],
    ['unknown iteration path', ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/fields/System.IterationPath', value: 'Nowhere' }), 'TF401347'],
    ['missing title', ops({ op: 'add', path: '/fields/System.Tags', value: 'x' }), 'TF401320'],
    ['priority out of range', ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/fields/Microsoft.VSTS.Common.Priority', value: 9 }), 'TF401320'],
    ['parent that does not exist', ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: 'http://x/org/_apis/wit/workItems/99999' } }), 'TF201063'],
  ])('rejects %s with 400 and stores nothing', async (_name, patch, code) => {
    const before = sim.workItems().length;
    const failure = await statusOf(wit.createWorkItem(undefined, patch, PROJECT, 'Bug'));
    expect(failure.status).toBe(400);
    expect(failure.message.startsWith(`${code}:`)).toBe(true);
    expect(sim.workItems()).toHaveLength(before);
  });

  it('accepts a configured area path', async () => {
    const item = await wit.createWorkItem(
      undefined,
      ops({ op: 'add', path: '/fields/System.Title', value: 't' }, { op: 'add', path: '/fields/System.AreaPath', value: `${PROJECT}\\Support` }),
      PROJECT,
      'Bug',
    );
    expect(item.fields!['System.AreaPath']).toBe(`${PROJECT}\\Support`);
  });
});

describe('update', () => {
  it('applies a patch guarded by test /rev and bumps rev and ChangedDate', async () => {
    const created = await wit.createWorkItem(undefined, title('before'), PROJECT, 'Bug');
    const updated = await wit.updateWorkItem(
      undefined,
      ops(
        { op: 'test', path: '/rev', value: 1 },
        { op: 'replace', path: '/fields/System.Title', value: 'after' },
        { op: 'add', path: '/fields/System.Tags', value: 'x' },
      ),
      created.id!,
      PROJECT,
    );
    expect(updated.rev).toBe(2);
    expect(updated.fields!['System.Title']).toBe('after');
    expect(Date.parse(String(updated.fields!['System.ChangedDate']))).toBeGreaterThan(
      Date.parse(String(created.fields!['System.ChangedDate'])),
    );
    const removed = await wit.updateWorkItem(
      undefined,
      ops({ op: 'test', path: '/rev', value: 2 }, { op: 'remove', path: '/fields/System.Tags' }),
      created.id!,
      PROJECT,
    );
    expect(removed.fields!['System.Tags']).toBeUndefined();
    expect(sim.revisions(created.id!).map((r) => r.rev)).toEqual([1, 2, 3]);
  });

  it('answers 412 VS403351 on a stale rev and changes nothing', async () => {
    const created = await wit.createWorkItem(undefined, title('mine'), PROJECT, 'Bug');
    sim.editAsEngineer(created.id!, { 'System.State': 'Active' });
    const failure = await statusOf(
      wit.updateWorkItem(undefined, ops({ op: 'test', path: '/rev', value: 1 }, { op: 'replace', path: '/fields/System.Title', value: 'x' }), created.id!, PROJECT),
    );
    expect(failure.status).toBe(412);
    expect(failure.message).toMatch(/^VS403351:/);
    const stored = sim.workItem(created.id!)!;
    expect(stored.rev).toBe(2);
    expect(stored.fields['System.Title']).toBe('mine');
  });

  it('applies nothing when a later operation fails', async () => {
    const created = await wit.createWorkItem(undefined, title('keep'), PROJECT, 'Bug');
    const failure = await statusOf(
      wit.updateWorkItem(
        undefined,
        ops({ op: 'test', path: '/rev', value: 1 }, { op: 'replace', path: '/fields/System.Title', value: 'lost' }, { op: 'add', path: '/fields/Bogus.Field', value: 1 }),
        created.id!,
        PROJECT,
      ),
    );
    expect(failure.status).toBe(400);
    expect(failure.message).toMatch(/^TF51535:/);
    expect(sim.workItem(created.id!)).toMatchObject({ rev: 1, fields: { 'System.Title': 'keep' } });
  });

  it('answers 404 for an unknown id (which the client turns into null)', async () => {
    expect(await wit.updateWorkItem(undefined, ops({ op: 'test', path: '/rev', value: 1 }), 424242, PROJECT)).toBeNull();
    expect(sim.requests().at(-1)).toMatchObject({ kind: 'update', status: 404 });
  });
});

describe('get', () => {
  it('returns null for an unknown id, with the real error body on the wire', async () => {
    expect(await wit.getWorkItem(123456, undefined, undefined, 1, PROJECT)).toBeNull();
    const res = await fetch(`${sim.url}/_apis/wit/workItems/123456`, { headers: { Authorization: `Basic ${Buffer.from(':test-pat-not-a-secret').toString('base64')}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      $id: '1',
      innerException: null,
      message: 'TF401232: Work item 123456 does not exist, or you do not have permissions to read it.',
      typeName: expect.stringContaining('WorkItemUnauthorizedAccessException'),
      typeKey: 'WorkItemUnauthorizedAccessException',
      errorCode: 0,
      eventId: 3200,
    });
  });

  it('includes relations only when expanded, and rejects fields together with $expand', async () => {
    const parent = await wit.createWorkItem(undefined, title('parent'), PROJECT, 'Feature');
    const child = await wit.createWorkItem(
      undefined,
      ops({ op: 'add', path: '/fields/System.Title', value: 'child' }, { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(parent.id!) } }),
      PROJECT,
      'Bug',
    );
    expect((await wit.getWorkItem(child.id!, undefined, undefined, undefined, PROJECT)).relations).toBeUndefined();
    expect((await wit.getWorkItem(child.id!, undefined, undefined, 1, PROJECT)).relations).toEqual([
      { rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(parent.id!) },
    ]);
    expect((await wit.getWorkItem(child.id!, undefined, undefined, 4, PROJECT)).relations).toHaveLength(1);
    const failure = await statusOf(wit.getWorkItem(child.id!, ['System.Title'], undefined, 1, PROJECT));
    expect(failure.status).toBe(400);
    const onlyTitle = await wit.getWorkItem(child.id!, ['System.Title'], undefined, undefined, PROJECT);
    expect(Object.keys(onlyTitle.fields!)).toEqual(['System.Title']);
  });

  it('lists by ids and batches up to 200 ids', async () => {
    const a = await wit.createWorkItem(undefined, title('a'), PROJECT, 'Bug');
    const b = await wit.createWorkItem(undefined, title('b'), PROJECT, 'Bug');
    const listed = await wit.getWorkItems([b.id!, a.id!], undefined, undefined, undefined, undefined, PROJECT);
    expect(listed.map((w) => w.id)).toEqual([b.id, a.id]);
    const batch = await wit.getWorkItemsBatch({ ids: [a.id!, b.id!], fields: ['System.Id', 'System.Title'] }, PROJECT);
    expect(batch.map((w) => w.fields)).toEqual([
      { 'System.Id': a.id, 'System.Title': 'a' },
      { 'System.Id': b.id, 'System.Title': 'b' },
    ]);
    const tooMany = Array.from({ length: 201 }, (_, i) => i + 1);
    expect((await statusOf(wit.getWorkItemsBatch({ ids: tooMany }, PROJECT))).status).toBe(400);
    expect(await wit.getWorkItemsBatch({ ids: [a.id!, 987654] }, PROJECT)).toBeNull();
    expect(sim.requests().at(-1)).toMatchObject({ kind: 'batch', status: 404 });
    const omitted = await wit.getWorkItemsBatch({ ids: [a.id!, 987654], errorPolicy: 2 }, PROJECT);
    expect(omitted.map((w) => w?.id ?? null)).toEqual([a.id, null]);
  });
});

describe('relations', () => {
  it('allows one parent: a second fails the whole patch with TF201036', async () => {
    const p1 = await wit.createWorkItem(undefined, title('p1'), PROJECT, 'Feature');
    const p2 = await wit.createWorkItem(undefined, title('p2'), PROJECT, 'Feature');
    const child = await wit.createWorkItem(
      undefined,
      ops({ op: 'add', path: '/fields/System.Title', value: 'c' }, { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(p1.id!) } }),
      PROJECT,
      'Bug',
    );
    const failure = await statusOf(
      wit.updateWorkItem(
        undefined,
        ops(
          { op: 'test', path: '/rev', value: 1 },
          { op: 'replace', path: '/fields/System.Title', value: 'changed' },
          { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(p2.id!) } },
        ),
        child.id!,
        PROJECT,
      ),
    );
    expect(failure.status).toBe(400);
    expect(failure.message).toMatch(/^TF201036:/);
    expect(sim.workItem(child.id!)).toMatchObject({ rev: 1, fields: { 'System.Title': 'c' } });
    // The parent shows the child link too.
    expect(sim.workItem(p1.id!)!.relations).toEqual([
      expect.objectContaining({ rel: 'System.LinkTypes.Hierarchy-Forward', url: link(child.id!) }),
    ]);
    // Re-parenting: remove the old relation by index, then add the new one.
    const moved = await wit.updateWorkItem(
      undefined,
      ops(
        { op: 'test', path: '/rev', value: 1 },
        { op: 'remove', path: '/relations/0' },
        { op: 'add', path: '/relations/-', value: { rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(p2.id!) } },
      ),
      child.id!,
      PROJECT,
    );
    expect(moved.relations).toEqual([{ rel: 'System.LinkTypes.Hierarchy-Reverse', url: link(p2.id!) }]);
    expect(sim.workItem(p1.id!)!.relations).toEqual([]);
  });

  it('adds a hyperlink and removes relations by index', async () => {
    const item = await wit.createWorkItem(
      undefined,
      ops(
        { op: 'add', path: '/fields/System.Title', value: 'linked' },
        { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: 'https://acct.sysaidit.com/SREdit.jsp?id=7' } },
        { op: 'add', path: '/relations/-', value: { rel: 'Hyperlink', url: 'https://example.com/second' } },
      ),
      PROJECT,
      'Bug',
    );
    expect(item.relations?.map((r) => r.url)).toEqual(['https://acct.sysaidit.com/SREdit.jsp?id=7', 'https://example.com/second']);
    const after = await wit.updateWorkItem(undefined, ops({ op: 'test', path: '/rev', value: 1 }, { op: 'remove', path: '/relations/0' }), item.id!, PROJECT);
    expect(after.relations?.map((r) => r.url)).toEqual(['https://example.com/second']);
    const outOfRange = await statusOf(
      wit.updateWorkItem(undefined, ops({ op: 'test', path: '/rev', value: 2 }, { op: 'remove', path: '/relations/5' }), item.id!, PROJECT),
    );
    expect(outOfRange.status).toBe(400);
  });
});

describe('wiql', () => {
  it('finds by tag (substring, as ADO does), by field and by project, ordered by id', async () => {
    const t12 = await wit.createWorkItem(undefined, ops({ op: 'add', path: '/fields/System.Title', value: 'x' }, { op: 'add', path: '/fields/System.Tags', value: 'sysaid-12' }), PROJECT, 'Bug');
    const t123 = await wit.createWorkItem(undefined, ops({ op: 'add', path: '/fields/System.Title', value: 'y' }, { op: 'add', path: '/fields/System.Tags', value: 'sysaid-123; other' }), PROJECT, 'Bug');
    const field = await wit.createWorkItem(undefined, ops({ op: 'add', path: '/fields/System.Title', value: 'z' }, { op: 'add', path: '/fields/Custom.SysAidId', value: '555' }), PROJECT, 'Bug');
    const byTag = await wit.queryByWiql(
      { query: "SELECT [System.Id] FROM WorkItems WHERE [System.TeamProject] = @project AND [System.Tags] CONTAINS 'sysaid-12' ORDER BY [System.Id]" },
      { project: PROJECT },
    );
    expect(byTag.workItems?.map((w) => w.id)).toEqual([t12.id, t123.id]);
    const byField = await wit.queryByWiql({ query: "SELECT [System.Id] FROM WorkItems WHERE [Custom.SysAidId] = '555'" }, { project: PROJECT });
    expect(byField.workItems?.map((w) => w.id)).toEqual([field.id]);
    expect(byField.workItems?.[0]?.url).toBe(link(field.id!));
    const desc = await wit.queryByWiql(
      { query: "SELECT [System.Id] FROM WorkItems WHERE [System.Tags] CONTAINS 'sysaid-12' ORDER BY [System.Id] DESC" },
      { project: PROJECT },
    );
    expect(desc.workItems?.map((w) => w.id)).toEqual([t123.id, t12.id]);
    const none = await wit.queryByWiql({ query: "SELECT [System.Id] FROM WorkItems WHERE [System.Title] = 'no such title'" }, { project: PROJECT });
    expect(none.workItems).toEqual([]);
  });

  it('rejects unknown fields and bad syntax with 400', async () => {
    expect((await statusOf(wit.queryByWiql({ query: "SELECT [System.Id] FROM WorkItems WHERE [Nope.X] = '1'" }, { project: PROJECT }))).status).toBe(400);
    expect((await statusOf(wit.queryByWiql({ query: 'SELEKT nothing' }, { project: PROJECT }))).status).toBe(400);
  });
});

describe('comments', () => {
  it('adds comments and pages through them with continuationToken', async () => {
    const item = await wit.createWorkItem(undefined, title('talk'), PROJECT, 'Bug');
    for (const text of ['one', 'two', 'three']) await wit.addComment({ text }, PROJECT, item.id!);
    const first = await wit.getComments(PROJECT, item.id!, 2);
    expect(first.totalCount).toBe(3);
    expect(first.comments?.map((c) => c.text)).toEqual(['three', 'two']);
    expect(first.continuationToken).toBeTruthy();
    const second = await wit.getComments(PROJECT, item.id!, 2, first.continuationToken);
    expect(second.comments?.map((c) => c.text)).toEqual(['one']);
    expect(second.continuationToken).toBeUndefined();
    // A comment is a revision in ADO's history.
    expect(sim.workItem(item.id!)!.rev).toBe(4);
    expect(await wit.addComment({ text: 'x' }, PROJECT, 999999)).toBeNull();
    expect(sim.requests().at(-1)).toMatchObject({ kind: 'comments', status: 404 });
  });
});

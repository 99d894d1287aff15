import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCreatePatch, buildUpdatePatch, mergeTags } from '../../shared/sync/buildPatch.js';
import { buildDesiredWorkItem } from '../../shared/sync/desiredWorkItem.js';
import { hashDesired } from '../../shared/sync/desiredHash.js';
import { knownStateFromSnapshot } from '../../shared/sync/knownState.js';
import type { PatchOp, WorkItemSnapshot } from '../../shared/sync/ports.js';
import { mapping, ticket, workItemUrl } from './fixtures.js';

/** Applies a patch the way ADO does, enough to check what a patch achieves. */
function apply(item: WorkItemSnapshot, ops: PatchOp[]): WorkItemSnapshot {
  const next: WorkItemSnapshot = { ...item, fields: { ...item.fields }, relations: [...item.relations], rev: item.rev + 1 };
  for (const op of ops) {
    if (op.op === 'test') {
      if (op.path === '/rev' && op.value !== item.rev) throw new Error('412');
    } else if (op.path.startsWith('/fields/')) {
      const name = op.path.slice('/fields/'.length);
      if (op.op === 'remove') delete next.fields[name];
      else next.fields[name] = op.value;
    } else if (op.path === '/relations/-') {
      next.relations.push(op.value as WorkItemSnapshot['relations'][number]);
    } else if (op.op === 'remove' && op.path.startsWith('/relations/')) {
      next.relations.splice(Number(op.path.split('/')[2]), 1);
    }
  }
  const parents = next.relations.filter((r) => r.rel === 'System.LinkTypes.Hierarchy-Reverse');
  if (parents.length > 1) throw new Error('TF201036');
  return next;
}

const text = fc.string({ maxLength: 60 });
const ticketArb = fc.record({
  title: text,
  description: text,
  status: fc.constantFrom('Open', 'Closed', 'In Progress', ''),
  priority: fc.constantFrom('High', 'Low', 'Unknown'),
  urgency: fc.constantFrom('Normal', 'Very High', ''),
  parent: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
});

describe('buildCreatePatch', () => {
  it('creates fields, tags, parent and the link back in one patch', () => {
    const desired = buildDesiredWorkItem(ticket(), { title: 'T', description: 'D' }, { ...mapping, areaPath: 'P\\A' }, 42);
    const ops = buildCreatePatch('101', desired, { ...mapping, areaPath: 'P\\A' }, workItemUrl);
    const paths = ops.map((op) => `${op.op} ${op.path}`);
    expect(paths).toEqual(
      expect.arrayContaining(['add /fields/System.Title', 'add /fields/System.Tags', 'add /fields/System.AreaPath', 'add /relations/-']),
    );
    expect(ops.filter((op) => op.path === '/relations/-').map((op) => (op.value as { rel: string }).rel)).toEqual([
      'System.LinkTypes.Hierarchy-Reverse',
      'Hyperlink',
    ]);
    expect(ops.find((op) => op.path === '/fields/System.Tags')?.value).toBe('sysaid-101; sysaid-status-open');
  });
});

describe('buildUpdatePatch', () => {
  it('brings any work item to the desired state, keeps engineer fields and tags, and never has two parents', () => {
    fc.assert(
      fc.property(ticketArb, ticketArb, fc.array(fc.constantFrom('needs-triage', 'team-a'), { maxLength: 2 }), (before, after, engineerTags) => {
        const toDesired = (t: typeof before) =>
          buildDesiredWorkItem(
            ticket({ status: t.status, priority: t.priority, urgency: t.urgency }),
            { title: t.title, description: t.description },
            mapping,
            t.parent,
          );
        const first = toDesired(before);
        let item: WorkItemSnapshot = { id: 9, rev: 0, fields: { 'System.State': 'New' }, relations: [] };
        item = apply(item, buildCreatePatch('101', first, mapping, workItemUrl));
        // An engineer edits state and tags.
        item = {
          ...item,
          rev: item.rev + 1,
          fields: { ...item.fields, 'System.State': 'Active', 'System.Tags': mergeTags(String(item.fields['System.Tags']), []) + (engineerTags.length ? `; ${engineerTags.join('; ')}` : '') },
        };
        item = { ...item, fields: { ...item.fields, 'System.Tags': mergeTags(String(item.fields['System.Tags']), first.managedTags) } };

        const second = toDesired(after);
        const hashes = hashDesired(second);
        const known = knownStateFromSnapshot(item, mapping.ownedFields);
        const patch = buildUpdatePatch(known, second, hashes, workItemUrl);
        const updated = patch.ops.length ? apply(item, patch.ops) : item;

        for (const [name, value] of Object.entries(second.fields)) expect(updated.fields[name]).toEqual(value);
        expect(updated.fields['System.State']).toBe('Active');
        const tags = String(updated.fields['System.Tags']).split('; ');
        for (const tag of [...engineerTags, ...second.managedTags]) expect(tags).toContain(tag);
        const parents = updated.relations.filter((r) => r.rel === 'System.LinkTypes.Hierarchy-Reverse');
        expect(parents.map((r) => r.url)).toEqual(after.parent ? [workItemUrl(after.parent)] : []);
        if (patch.ops.length) expect(patch.ops[0]).toEqual({ op: 'test', path: '/rev', value: item.rev });
        // Once applied, the same desired state needs no further write.
        expect(buildUpdatePatch(knownStateFromSnapshot(updated, mapping.ownedFields), second, hashes, workItemUrl).ops).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('sends only the fields whose redacted value changed', () => {
    const one = buildDesiredWorkItem(ticket(), { title: 'A', description: 'D' }, mapping, undefined);
    const two = buildDesiredWorkItem(ticket(), { title: 'B', description: 'D' }, mapping, undefined);
    const item = apply({ id: 1, rev: 0, fields: {}, relations: [] }, buildCreatePatch('101', one, mapping, workItemUrl));
    const patch = buildUpdatePatch(knownStateFromSnapshot(item, mapping.ownedFields), two, hashDesired(two), workItemUrl);
    expect(patch.changedFields).toEqual(['System.Title']);
    expect(patch.ops).toHaveLength(2);
  });
});

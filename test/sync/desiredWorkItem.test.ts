import { describe, expect, it } from 'vitest';
import { buildDesiredWorkItem, redactionInput } from '../../shared/sync/desiredWorkItem.js';
import { hashDesired } from '../../shared/sync/desiredHash.js';
import { mapping, ticket } from './fixtures.js';

describe('buildDesiredWorkItem', () => {
  it('maps priority and urgency captions and tags the status', () => {
    const desired = buildDesiredWorkItem(ticket({ status: 'In Progress' }), { title: 'T', description: 'x' }, mapping, undefined);
    expect(desired.fields['Microsoft.VSTS.Common.Priority']).toBe(2);
    expect(desired.fields['Microsoft.VSTS.Common.Severity']).toBe('3 - Medium');
    expect(desired.managedTags).toEqual(['sysaid-101', 'sysaid-status-in-progress']);
  });

  it('escapes HTML in repro steps and includes the notes', () => {
    const t = ticket({ notes: [{ userName: 'u', createDate: 1, text: 'n' }] });
    const desired = buildDesiredWorkItem(t, { title: 'T', description: '<b>x</b>\nline', 'note:0': 'called & fixed' }, mapping, undefined);
    const html = String(desired.fields['Microsoft.VSTS.TCM.ReproSteps']);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;<br>line');
    expect(html).toContain('called &amp; fixed');
  });

  it('writes only owned fields', () => {
    const desired = buildDesiredWorkItem(ticket(), { title: 'T', description: 'D' }, { ...mapping, ownedFields: ['System.Title'] }, undefined);
    expect(Object.keys(desired.fields)).toEqual(['System.Title']);
  });

  it('sends every text that leaves SysAid through redaction', () => {
    const t = ticket({ notes: [{ userName: 'u', createDate: 1, text: 'a' }, { userName: 'v', createDate: 2, text: 'b' }] });
    expect(Object.keys(redactionInput(t)).sort()).toEqual(['description', 'note:0', 'note:1', 'title']);
  });

  it('hashes change with any written value and not otherwise', () => {
    const a = hashDesired(buildDesiredWorkItem(ticket(), { title: 'T', description: 'D' }, mapping, 3));
    const b = hashDesired(buildDesiredWorkItem(ticket({ updateTime: 5 }), { title: 'T', description: 'D' }, mapping, 3));
    const c = hashDesired(buildDesiredWorkItem(ticket(), { title: 'T', description: 'D' }, mapping, 4));
    expect(a.hash).toBe(b.hash);
    expect(a.hash).not.toBe(c.hash);
  });
});

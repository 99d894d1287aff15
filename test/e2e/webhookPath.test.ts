import { afterEach, describe, expect, it } from 'vitest';
import { stackForTest, captureLogger, HOUR } from './stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { STACK_SECRETS } from '../../tools/stack/startStack.js';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const base = Date.now() - HOUR;
const seed = [{ id: 200, title: 'VPN drops every hour', description: 'Reported by Dana Whitfield, ext 4417.', status: 'Open', priority: 'High', urgency: 'Normal', insertTime: base, updateTime: base }];

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-sysaid-webhook-secret': STACK_SECRETS.webhookSecret, ...headers },
    body,
  });
  return { status: response.status, body: await response.text() };
}

describe('webhook path over HTTP', () => {
  it('creates the Bug for a new SR from SysAid’s own notice, and updates it on an edit, one write each', async () => {
    stack = await stackForTest({ sysaid: { records: seed } });
    stack.sysaid.upsertRecord({ id: 201, title: 'Badge reader at ED entrance rejects badges', description: 'Security desk says since 07:00.', status: 'Open', priority: 'High', urgency: 'High' });
    await stack.sysaid.webhooksSettled();
    expect(stack.sysaid.webhookDeliveries().map((d) => d.outcome)).toEqual([200]);
    const created = stack.ado.workItems();
    expect(created).toHaveLength(1);
    expect(stack.ado.counters().byKind.create).toBe(1);

    stack.ado.resetCounters();
    stack.sysaid.updateFields(201, { title: 'Badge reader at ED entrance rejects all badges' });
    await stack.sysaid.webhooksSettled();
    expect(stack.ado.counters().byKind.update).toBe(1);
    expect(stack.ado.counters().reads).toBe(0);
    expect(stack.ado.workItems()[0]?.fields['System.Title']).toBe('Badge reader at ED entrance rejects all badges');
  });

  it('treats a duplicate delivery as a no-op without touching ADO', async () => {
    stack = await stackForTest({ sysaid: { records: seed }, webhook: false });
    const first = await post(stack.webhookUrl, '{"id":"200"}');
    expect(first.status).toBe(200);
    stack.ado.resetCounters();
    const counts = stack.sysaid.counters();
    const second = await post(stack.webhookUrl, '{"event":"sr.updated","id":"200"}');
    expect(second.status).toBe(200);
    expect(JSON.parse(second.body)).toMatchObject({ srId: '200', action: 'skip-unchanged' });
    expect(stack.ado.counters().total).toBe(0);
    expect(stack.sysaid.counters().requests - counts.requests).toBeLessThanOrEqual(1);
  });

  it('refuses forged and malformed calls without any ADO write', async () => {
    stack = await stackForTest({ sysaid: { records: seed }, webhook: false });
    const cases: Array<[string, Record<string, string>, number]> = [
      ['{"id":"200"}', { 'x-sysaid-webhook-secret': 'forged' }, 401],
      ['{"id":"200"}', { 'content-type': 'text/plain' }, 415],
      ['{"id":', {}, 400],
      ['{"id":"999999"}', {}, 404],
      [JSON.stringify({ id: '200', pad: 'x'.repeat(100_000) }), {}, 413],
    ];
    for (const [body, headers, status] of cases) {
      const response = await post(stack.webhookUrl, body, headers);
      expect(response.status).toBe(status);
      expect(response.body).not.toContain('xxxx');
    }
    expect(stack.ado.counters().writes).toBe(0);
  });

  it('sends no personal data to ADO and logs none', async () => {
    const logger = captureLogger();
    stack = await stackForTest({ sysaid: { records: seed }, webhook: false });
    await stack.runtime.runCatchUp(logger);
    const bug = stack.ado.workItems()[0];
    const text = JSON.stringify(bug?.fields);
    expect(text).not.toMatch(/Whitfield|4417/);
    expect(logger.lines.join('\n')).not.toMatch(/Whitfield|4417|VPN/);
  });
});

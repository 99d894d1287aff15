import { describe, expect, it } from 'vitest';
import { HttpRequest, InvocationContext } from '@azure/functions';
import { createWebhookHandler } from '../../functions/webhook.js';
import type { Runtime } from '../../shared/app/Runtime.js';
import type { WebhookDeps } from '../../shared/webhook/handleWebhook.js';
import type { SyncOutcome } from '../../shared/sync/syncOutcome.js';
import type { PendingRow } from '../../shared/state/types.js';

const SECRET = 'test-webhook-secret';

/** The real function handler over a runtime whose sync is scripted: this tests the HTTP edge. */
function setup(sync: (srId: string) => Promise<SyncOutcome>, secrets: () => Promise<string[]> = async () => [SECRET]) {
  const pending: PendingRow[] = [];
  const lines: string[] = [];
  const deps = (logger: WebhookDeps['logger']): WebhookDeps => ({
    secrets,
    syncTicket: sync,
    recordPending: async (row) => {
      pending.push(row);
    },
    clock: { now: () => Date.now() },
    logger,
    options: { secretHeader: 'x-sysaid-webhook-secret', requireSignature: false, inlineBudgetMs: 50, maxBodyBytes: 1024 },
  });
  const runtime = { webhookDeps: deps } as unknown as Runtime;
  const handler = createWebhookHandler(async () => runtime);
  const call = async (body: string, headers: Record<string, string> = {}) => {
    const context = new InvocationContext({ functionName: 'sysaidWebhook', logHandler: (_level, ...args) => lines.push(args.join(' ')) });
    const request = new HttpRequest({
      method: 'POST',
      url: 'http://localhost/api/sysaid/webhook',
      headers: { 'content-type': 'application/json', 'x-sysaid-webhook-secret': SECRET, ...headers },
      body: { string: body },
    });
    const response = await handler(request, context);
    return { status: response.status, body: response.jsonBody as Record<string, unknown> };
  };
  return { call, pending, lines };
}

const done = (srId: string): SyncOutcome => ({ srId, action: 'update', workItemId: 5, changedFields: ['System.Title'], redactionCounts: {} });

describe('webhook function', () => {
  it('syncs inline and answers with the action', async () => {
    const { call } = setup(async (id) => done(id));
    expect(await call('{"event":"sr.updated","id":"12"}')).toEqual({ status: 200, body: { srId: '12', action: 'update', workItemId: 5 } });
  });

  it('answers 202 and records the SR as pending when the sync exceeds its budget', async () => {
    const { call, pending } = setup(() => new Promise((resolve) => setTimeout(() => resolve(done('12')), 500)));
    const response = await call('{"id":"12"}');
    expect(response.status).toBe(202);
    expect(pending.map((row) => row.srId)).toEqual(['12']);
  });

  it.each([
    ['wrong content type', '{"id":"1"}', { 'content-type': 'text/plain' }, 415],
    ['missing secret', '{"id":"1"}', { 'x-sysaid-webhook-secret': '' }, 401],
    ['wrong secret', '{"id":"1"}', { 'x-sysaid-webhook-secret': 'nope' }, 401],
    ['oversized body', JSON.stringify({ id: '1', pad: 'x'.repeat(5000) }), {}, 413],
    ['malformed JSON', '{"id":', {}, 400],
    ['non-numeric id', '{"id":"DROP TABLE"}', {}, 400],
  ])('refuses %s with %#', async (_name, body, headers, status) => {
    let synced = 0;
    const { call, lines } = setup(async (id) => {
      synced++;
      return done(id);
    });
    const response = await call(body, headers);
    expect(response.status).toBe(status);
    expect(synced).toBe(0);
    expect(JSON.stringify(response.body)).not.toContain('DROP');
    expect(lines.join('\n')).not.toContain('DROP');
  });

  it('answers 404 for an SR SysAid does not have', async () => {
    const { call } = setup(async (id) => ({ srId: id, action: 'not-found', changedFields: [], redactionCounts: {} }));
    expect((await call('{"id":"999"}')).status).toBe(404);
  });

  it('fails closed with 503 when the secrets cannot be read', async () => {
    let synced = 0;
    const { call } = setup(
      async (id) => {
        synced++;
        return done(id);
      },
      async () => {
        throw new Error('vault down');
      },
    );
    expect((await call('{"id":"1"}')).status).toBe(503);
    expect(synced).toBe(0);
  });
});

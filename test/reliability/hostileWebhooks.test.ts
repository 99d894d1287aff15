import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stackForTest } from '../e2e/stackForTest.js';
import type { Stack } from '../../tools/stack/startStack.js';
import { STACK_SECRETS } from '../../tools/stack/startStack.js';
import { handleWebhook, type WebhookDeps } from '../../shared/webhook/handleWebhook.js';
import type { SyncOutcome } from '../../shared/sync/syncOutcome.js';
import { deliver, quietLogger, webhookRequest } from './reliabilityKit.js';

let stack: Stack;
beforeAll(async () => {
  stack = await stackForTest({ webhook: false, sysaid: { records: [{ id: 300, title: 'Pump alarm', description: 'Alarm on bed 4.', status: 'Open', priority: 'High', urgency: 'High' }] } });
});
afterAll(async () => {
  await stack?.close();
});

const sign = (ts: string, body: string, secret: string = STACK_SECRETS.webhookSecret) => createHmac('sha256', secret).update(`${ts}.${body}`).digest('hex');
const nested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

describe('hostile webhooks', () => {
  it('each gets a 4xx with a clear error, no ADO write, and never a 500', async () => {
    const body = '{"id":"300"}';
    const now = Math.floor(Date.now() / 1000);
    const old = String(now - 3600);
    const cases: Array<{ name: string; body: string; headers: Record<string, string>; status: number }> = [
      { name: 'missing secret', body, headers: { 'x-sysaid-webhook-secret': '' }, status: 401 },
      { name: 'wrong secret', body, headers: { 'x-sysaid-webhook-secret': 'guess' }, status: 401 },
      { name: 'bad signature', body, headers: { 'x-sysaid-signature': 'sha256=' + 'ab'.repeat(32), 'x-sysaid-timestamp': String(now) }, status: 401 },
      { name: 'replayed signature', body, headers: { 'x-sysaid-signature': sign(old, body), 'x-sysaid-timestamp': old }, status: 401 },
      { name: 'signature by another key', body, headers: { 'x-sysaid-signature': sign(String(now), body, 'other'), 'x-sysaid-timestamp': String(now) }, status: 401 },
      { name: 'oversized body', body: JSON.stringify({ id: '300', pad: 'p'.repeat(200_000) }), headers: {}, status: 413 },
      { name: 'wrong content type', body, headers: { 'content-type': 'text/plain' }, status: 415 },
      { name: 'no content type', body, headers: { 'content-type': '' }, status: 415 },
      { name: 'malformed JSON', body: '{"id":', headers: {}, status: 400 },
      { name: 'deeply nested JSON', body: nested(10_000), headers: {}, status: 400 },
      { name: 'array body', body: '[1,2]', headers: {}, status: 400 },
      { name: 'non-numeric id', body: '{"id":"300; DROP TABLE"}', headers: {}, status: 400 },
      { name: 'negative id', body: '{"id":-300}', headers: {}, status: 400 },
      { name: 'float id', body: '{"id":300.5}', headers: {}, status: 400 },
      { name: 'unknown SR', body: '{"id":"987654321"}', headers: {}, status: 404 },
      { name: 'unknown event', body: '{"id":"300","event":"sr.deleted"}', headers: {}, status: 400 },
    ];
    // The missing-secret case must not send the header at all.
    stack.ado.resetCounters();
    for (const c of cases) {
      const headers = { ...c.headers };
      const response = c.name === 'missing secret' ? await handleWebhook(missingSecret(c.body), stack.runtime.webhookDeps(quietLogger())) : await deliver(stack.runtime, c.body, quietLogger(), headers);
      expect(response.status, c.name).toBe(c.status);
      const error = (response.body as { error?: { code?: string; message?: string } }).error;
      expect(error?.code, c.name).toMatch(/^[A-Z_]+$/);
      expect(error?.message, c.name).toBeTruthy();
      expect(JSON.stringify(response.body)).not.toMatch(/DROP|pppp|guess/);
    }
    expect(stack.ado.counters().writes).toBe(0);
  });

  it('a valid signed notice inside the window is accepted', async () => {
    const body = '{"id":"300"}';
    const ts = String(Math.floor(Date.now() / 1000));
    const response = await deliver(stack.runtime, body, quietLogger(), { 'x-sysaid-signature': `sha256=${sign(ts, body)}`, 'x-sysaid-timestamp': ts });
    expect(response.status).toBe(200);
  });

  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  it(`${runs} random bodies and headers never crash the handler nor reach ADO unauthenticated`, async () => {
    let syncCalls = 0;
    const deps: WebhookDeps = {
      ...stack.runtime.webhookDeps(quietLogger()),
      // No SR is synced for real in the fuzz: count what got through.
      syncTicket: async (srId): Promise<SyncOutcome> => {
        syncCalls++;
        return { srId, action: 'skip-unchanged', changedFields: [], redactionCounts: {} };
      },
      recordPending: async () => undefined,
    };
    const jsonish = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify({ id: v })),
      fc.jsonValue().map((v) => JSON.stringify({ data: { id: v }, event: 'sr.updated' })),
      fc.integer({ min: 1, max: 400 }).map((d) => nested(d)),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b).toString('latin1')),
    );
    const headerValue = fc.oneof(fc.string(), fc.constant(STACK_SECRETS.webhookSecret), fc.constant('application/json'));
    await fc.assert(
      fc.asyncProperty(jsonish, fc.dictionary(fc.constantFrom('content-type', 'x-sysaid-webhook-secret', 'x-sysaid-signature', 'x-sysaid-timestamp', 'x-other'), headerValue), fc.boolean(), async (body, headers, keepSecret) => {
        const all = keepSecret ? { 'content-type': 'application/json', 'x-sysaid-webhook-secret': STACK_SECRETS.webhookSecret, ...headers } : headers;
        const before = syncCalls;
        const response = await handleWebhook(rawRequest(body, all), deps);
        expect(response.status).toBeLessThan(500);
        expect(response.status).not.toBe(0);
        if (syncCalls > before) {
          expect(all['x-sysaid-webhook-secret'] === STACK_SECRETS.webhookSecret || all['x-sysaid-signature'] !== undefined).toBe(true);
          expect(response.status).toBe(200);
        } else {
          expect(response.status).toBeGreaterThanOrEqual(400);
        }
      }),
      { numRuns: runs },
    );
  });
});

function missingSecret(body: string) {
  return rawRequest(body, { 'content-type': 'application/json' });
}

function rawRequest(body: string, headers: Record<string, string>) {
  const req = webhookRequest(body, {});
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { header: (name: string) => lower[name.toLowerCase()] ?? null, readBody: (limit: number) => req.readBody(limit) };
}

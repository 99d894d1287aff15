import { describe, expect, it } from 'vitest';
import { authenticateWebhook, signBody } from '../../shared/webhook/authenticateWebhook.js';
import { WebhookError } from '../../shared/webhook/WebhookError.js';

const now = 1_800_000_000_000;
const body = '{"id":"1"}';
const options = { secretHeader: 'x-sysaid-webhook-secret', secrets: ['current-secret', 'next-secret'], requireSignature: false, now };
const headers = (map: Record<string, string>) => (name: string) => map[name] ?? null;

function status(fn: () => void): number | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (error) {
    if (error instanceof WebhookError) return error.status;
    throw error;
  }
}

describe('authenticateWebhook', () => {
  it('accepts the current and the next secret', () => {
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': 'current-secret' }), body, options))).toBe('ok');
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': 'next-secret' }), body, options))).toBe('ok');
  });

  it('refuses a missing or wrong secret', () => {
    expect(status(() => authenticateWebhook(headers({}), body, options))).toBe(401);
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': 'current-secreT' }), body, options))).toBe(401);
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': '' }), body, options))).toBe(401);
  });

  it('fails closed when no secret is configured', () => {
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': '' }), body, { ...options, secrets: [''] }))).toBe(503);
  });

  it('verifies an HMAC signature over timestamp and body within five minutes', () => {
    const ts = String(now - 60_000);
    const good = { 'x-sysaid-timestamp': ts, 'x-sysaid-signature': `sha256=${signBody('next-secret', ts, body)}` };
    expect(status(() => authenticateWebhook(headers(good), body, { ...options, requireSignature: true }))).toBe('ok');
    expect(status(() => authenticateWebhook(headers(good), '{"id":"2"}', options))).toBe(401);
    const old = String(now - 6 * 60_000);
    const replayed = { 'x-sysaid-timestamp': old, 'x-sysaid-signature': signBody('next-secret', old, body) };
    expect(status(() => authenticateWebhook(headers(replayed), body, options))).toBe(401);
    const seconds = String(Math.floor(now / 1000));
    const inSeconds = { 'x-sysaid-timestamp': seconds, 'x-sysaid-signature': signBody('current-secret', seconds, body) };
    expect(status(() => authenticateWebhook(headers(inSeconds), body, options))).toBe('ok');
  });

  it('requires a signature when configured to', () => {
    expect(status(() => authenticateWebhook(headers({ 'x-sysaid-webhook-secret': 'current-secret' }), body, { ...options, requireSignature: true }))).toBe(401);
  });
});

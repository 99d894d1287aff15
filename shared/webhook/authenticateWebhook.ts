import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { WebhookError } from './WebhookError.js';

export interface WebhookAuthOptions {
  /** Header carrying the shared secret (lower case). */
  secretHeader: string;
  /** Current and next secrets; either is accepted so rotation needs no downtime. */
  secrets: string[];
  requireSignature: boolean;
  now: number;
  /** Allowed distance between the signature's timestamp and now. */
  toleranceMs?: number;
}

export const SIGNATURE_HEADER = 'x-sysaid-signature';
export const TIMESTAMP_HEADER = 'x-sysaid-timestamp';
const DEFAULT_TOLERANCE_MS = 5 * 60_000;

/**
 * Authenticates a webhook before its body is parsed: the shared secret header (constant time,
 * against every active secret), and an HMAC-SHA256 over `<timestamp>.<body>` when the sender
 * signs or when signatures are required. Throws WebhookError(401) on any mismatch.
 */
export function authenticateWebhook(headers: (name: string) => string | null, rawBody: string, options: WebhookAuthOptions): void {
  const secrets = options.secrets.filter((s) => s.length > 0);
  if (secrets.length === 0) throw new WebhookError(503, 'AUTH_UNAVAILABLE', 'Webhook authentication is not configured');

  const presented = headers(options.secretHeader);
  const signature = headers(SIGNATURE_HEADER);
  if (presented === null && signature === null) throw unauthorized('Missing webhook secret');
  if (presented !== null && !secrets.some((secret) => constantTimeEqual(presented, secret))) throw unauthorized('Wrong webhook secret');

  if (signature === null) {
    if (options.requireSignature) throw unauthorized('Missing webhook signature');
    return;
  }
  const timestamp = headers(TIMESTAMP_HEADER);
  const sentAt = timestamp !== null && /^\d{10,13}$/.test(timestamp) ? toMs(Number(timestamp)) : undefined;
  if (sentAt === undefined) throw unauthorized('Missing or malformed signature timestamp');
  if (Math.abs(options.now - sentAt) > (options.toleranceMs ?? DEFAULT_TOLERANCE_MS)) throw unauthorized('Signature timestamp outside the allowed window');
  const given = signature.replace(/^sha256=/i, '').trim().toLowerCase();
  const valid = secrets.some((secret) => constantTimeEqual(given, signBody(secret, timestamp as string, rawBody)));
  if (!valid) throw unauthorized('Bad webhook signature');
}

/** Hex HMAC-SHA256 of `<timestamp>.<body>`; what a sender puts in x-sysaid-signature. */
export function signBody(secret: string, timestamp: string, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');
}

/** Compares digests, so neither length nor content leaks through timing. */
function constantTimeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right);
}

function toMs(value: number): number {
  return value < 1e12 ? value * 1000 : value;
}

function unauthorized(message: string): WebhookError {
  return new WebhookError(401, 'UNAUTHORIZED', message);
}

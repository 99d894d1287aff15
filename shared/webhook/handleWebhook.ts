import { randomUUID } from 'node:crypto';
import { errorCode } from '../errors/errorCode.js';
import type { PendingRow } from '../state/types.js';
import type { Clock, Logger } from '../sync/ports.js';
import type { SyncRequest } from '../sync/syncContext.js';
import type { SyncOutcome } from '../sync/syncOutcome.js';
import { authenticateWebhook } from './authenticateWebhook.js';
import { parseNotice } from './parseNotice.js';
import { WebhookError } from './WebhookError.js';

/** The request as the handler needs it, whatever the hosting framework. */
export interface WebhookRequest {
  header(name: string): string | null;
  /** Reads the raw body once; rejects with WebhookError(413) past `limit` bytes. */
  readBody(limit: number): Promise<string>;
}

export interface WebhookResponse {
  status: number;
  body: Record<string, unknown>;
}

export interface WebhookDeps {
  /** Active secrets (current, then next); throws when they cannot be had (fail closed). */
  secrets(): Promise<string[]>;
  syncTicket(srId: string, request: SyncRequest): Promise<SyncOutcome>;
  recordPending(row: PendingRow): Promise<void>;
  clock: Clock;
  logger: Logger;
  options: WebhookOptions;
}

export interface WebhookOptions {
  secretHeader: string;
  requireSignature: boolean;
  /** SysAid gives up after 10 s; answer well before. */
  inlineBudgetMs: number;
  maxBodyBytes: number;
}

export const DEFAULT_MAX_BODY_BYTES = 64 * 1024;

/**
 * Authenticate, parse, then sync inline under a time budget. Over budget, the SR is recorded
 * as pending for the timer and the answer is 202. Bad input gets a 4xx with a fixed message.
 */
export async function handleWebhook(request: WebhookRequest, deps: WebhookDeps): Promise<WebhookResponse> {
  const started = deps.clock.now();
  try {
    const contentType = request.header('content-type') ?? '';
    if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType.trim())) {
      throw new WebhookError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Content-Type must be application/json');
    }
    const rawBody = await request.readBody(deps.options.maxBodyBytes);
    const secrets = await deps.secrets().catch(() => {
      throw new WebhookError(503, 'AUTH_UNAVAILABLE', 'Webhook authentication is temporarily unavailable');
    });
    authenticateWebhook((name) => request.header(name), rawBody, {
      secretHeader: deps.options.secretHeader,
      secrets,
      requireSignature: deps.options.requireSignature,
      now: deps.clock.now(),
    });
    const notice = parseNotice(rawBody);
    const response = await syncWithinBudget(notice.srId, notice.srVersion, deps);
    deps.logger.info(`webhook sr=${notice.srId} status=${response.status} ms=${deps.clock.now() - started}`);
    return response;
  } catch (error) {
    if (error instanceof WebhookError) {
      deps.logger.warn(`webhook rejected status=${error.status} code=${error.code}`);
      return { status: error.status, body: { error: { code: error.code, message: error.message } } };
    }
    deps.logger.error(`webhook error=${errorCode(error)}`);
    return { status: 503, body: { error: { code: 'UNAVAILABLE', message: 'Temporarily unable to accept the notice; it will be retried' } } };
  }
}

async function syncWithinBudget(srId: string, srVersion: number | undefined, deps: WebhookDeps): Promise<WebhookResponse> {
  const runId = `webhook-${randomUUID()}`;
  const sync = deps.syncTicket(srId, { runId, ...(srVersion !== undefined ? { hintVersion: srVersion } : {}) });
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), deps.options.inlineBudgetMs);
  });
  const winner = await Promise.race([sync, timeout]).finally(() => clearTimeout(timer));
  if (winner === 'timeout') {
    sync.catch(() => undefined);
    await deps.recordPending({ srId, receivedAt: deps.clock.now(), ...(srVersion !== undefined ? { srVersion } : {}) });
    return { status: 202, body: { srId, status: 'pending' } };
  }
  if (winner.action === 'not-found') {
    throw new WebhookError(404, 'SR_NOT_FOUND', 'No such service request in SysAid');
  }
  if (winner.action === 'fail') {
    // Recorded in failures; the timer retries it, so the sender need not.
    return { status: 202, body: { srId, status: 'retry-scheduled', code: winner.errorCode } };
  }
  return { status: 200, body: { srId, action: winner.action, ...(winner.workItemId !== undefined ? { workItemId: winner.workItemId } : {}) } };
}

import { AdoError } from './AdoError.js';

/** What the retry logic needs to know about a failure, beyond the AdoError itself. */
export interface ClassifiedError {
  error: AdoError;
  /** True when the request may have reached the service (so a write may have happened). */
  maybeSent: boolean;
}

const RETRYABLE_STATUS = new Set([408, 429, 500, 502, 503, 504]);
/** Socket errors that happen before any byte of the request reached the service. */
const NOT_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);

/**
 * Normalises whatever azure-devops-node-api threw (an Error with `statusCode`, `result`, `rateLimit`,
 * or a socket error) into an AdoError, keeping only the status, ADO's error code and the wait hint.
 */
export function toAdoError(operation: string, thrown: unknown): ClassifiedError {
  if (thrown instanceof AdoError) return { error: thrown, maybeSent: thrown.status !== 0 };
  const e = (thrown ?? {}) as {
    statusCode?: unknown;
    code?: unknown;
    result?: { message?: unknown } | null;
    rateLimit?: { retryAfter?: unknown; delay?: unknown };
    responseHeaders?: Record<string, unknown>;
  };
  if (typeof e.statusCode === 'number') {
    const status = e.statusCode;
    const code = errorCode(e.result?.message);
    const retryAfterMs = waitHintMs(e.rateLimit, e.responseHeaders);
    return {
      error: new AdoError({ operation, status, retryable: RETRYABLE_STATUS.has(status), ...(code ? { code } : {}), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) }),
      maybeSent: true,
    };
  }
  // typed-rest-client reports its own timeout as a bare Error('Request timeout: ...').
  const code = typeof e.code === 'string' ? e.code : thrown instanceof Error && thrown.message.startsWith('Request timeout') ? 'ETIMEDOUT' : undefined;
  return {
    error: new AdoError({ operation, status: 0, retryable: true, ...(code ? { code } : {}) }),
    maybeSent: code === undefined || !NOT_SENT.has(code),
  };
}

/** 'TF401347: Invalid tree name ...' → 'TF401347'. */
export function errorCode(message: unknown): string | undefined {
  if (typeof message !== 'string') return undefined;
  return /^([A-Z]{2,3}\d{3,})\s*:/.exec(message)?.[1];
}

/** Retry-After (seconds) or X-RateLimit-Delay (seconds, fractional), whichever asks for longer. */
export function waitHintMs(
  rateLimit: { retryAfter?: unknown; delay?: unknown } | undefined,
  headers?: Record<string, unknown>,
): number | undefined {
  const seconds = [rateLimit?.retryAfter, rateLimit?.delay, headers?.['retry-after'], headers?.['x-ratelimit-delay']]
    .map((v) => (typeof v === 'number' ? v : typeof v === 'string' ? Number.parseFloat(v) : Number.NaN))
    .filter((v) => Number.isFinite(v) && v >= 0);
  return seconds.length === 0 ? undefined : Math.ceil(Math.max(...seconds) * 1000);
}

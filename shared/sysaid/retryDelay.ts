export interface RetryPolicy {
  /** Tries per call, the first included (default 5). */
  maxAttempts: number;
  /** First back-off step (default 1 s), doubled per retry. */
  baseDelayMs: number;
  /** Longest single wait (default 30 s); a longer Retry-After fails the call instead. */
  maxDelayMs: number;
  /** Jitter source (default Math.random). */
  random: () => number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 1_000, maxDelayMs: 30_000, random: Math.random };

/** Milliseconds asked for by a Retry-After header (seconds or an HTTP date), if it says. */
export function parseRetryAfter(header: string | null, nowMs: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  if (/^\d{1,9}$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Exponential back-off with jitter after `failures` failed tries: between half and all of the step. */
export function backoffDelayMs(failures: number, policy: RetryPolicy): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, failures - 1));
  return Math.round(step / 2 + (policy.random() * step) / 2);
}

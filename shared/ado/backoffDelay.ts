export interface RetryOptions {
  maxAttempts?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A longer wait asked for by ADO is not slept inside a call: the error goes back to the caller. */
  maxServiceWaitMs?: number;
}

export const DEFAULT_RETRY: Required<RetryOptions> = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxServiceWaitMs: 60_000 };

/**
 * Exponential back-off with full jitter (a uniform draw up to the capped exponential), but never
 * shorter than what the service asked for.
 * @param failures how many attempts have failed so far (1 after the first failure)
 */
export function backoffDelay(failures: number, options: Required<RetryOptions>, random: () => number, serviceWaitMs?: number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (failures - 1));
  const jittered = Math.floor(random() * ceiling);
  return Math.max(jittered, serviceWaitMs ?? 0);
}

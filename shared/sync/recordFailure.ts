import { errorCode, isPermanent } from '../errors/errorCode.js';
import type { SyncDeps } from './syncContext.js';

/**
 * Remembers a failed SR for the timer: attempts, when to retry (exponential back-off), and a
 * content-free code. Permanent errors and SRs past the attempt limit become poison.
 * Throws when the row cannot be written, so the catch-up holds its watermark.
 */
export async function recordFailure(deps: SyncDeps, srId: string, error: unknown): Promise<void> {
  const now = deps.clock.now();
  const { maxAttempts, retryBaseMs, retryMaxMs } = deps.options;
  try {
    const previous = await deps.state.getFailure(srId);
    const attempts = (previous?.attempts ?? 0) + 1;
    const delay = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(attempts - 1, 20));
    await deps.state.putFailure({
      srId,
      attempts,
      nextRetryAt: now + delay,
      lastErrorCode: errorCode(error),
      poison: isPermanent(error) || attempts >= maxAttempts,
      updatedAt: now,
    });
  } catch (stateError) {
    // Unrecorded, the SR would be lost once the watermark passes it: let the caller know.
    deps.logger.error(`failure-record sr=${srId} write-failed error=${errorCode(stateError)}`);
    throw stateError;
  }
}

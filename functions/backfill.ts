import type { InvocationContext, Timer } from '@azure/functions';
import type { Runtime } from '../shared/app/Runtime.js';
import { safeLogger } from '../shared/log/safeLogger.js';
import { errorCode } from '../shared/errors/errorCode.js';

/** The catch-up timer: one run of the shared catch-up, logged as a summary. */
export function createBackfillHandler(getRuntime: () => Promise<Runtime>) {
  return async function sysaidBackfill(timer: Timer, context: InvocationContext): Promise<void> {
    const logger = safeLogger(context);
    if (timer.isPastDue) logger.warn('catch-up past-due=true');
    try {
      const runtime = await getRuntime();
      await runtime.runCatchUp(logger, { runId: context.invocationId });
    } catch (error) {
      // Fail the invocation so the host records it, with a content-free error: the host logs
      // a thrown error's message, and an SDK's message may quote a URL or a response.
      const code = errorCode(error);
      logger.error(`catch-up failed error=${code}`);
      // eslint-disable-next-line preserve-caught-error -- a cause would carry the original message along
      throw new Error(`catch-up failed: ${code}`);
    }
  };
}

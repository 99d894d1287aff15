import { RestError, type TableServiceClientOptions } from '@azure/data-tables';

type PipelinePolicy = NonNullable<TableServiceClientOptions['additionalPolicies']>[number]['policy'];

/**
 * Bounds each HTTP try. The SDK turns its own timeout into an AbortError, which its retry policy
 * does not retry; re-raising it as ETIMEDOUT lets the retry policy treat a hung request like any
 * other transient network failure. A caller's own abort is passed through untouched.
 */
export function perTryTimeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'perTryTimeout',
    async sendRequest(request, next) {
      request.timeout = timeoutMs;
      try {
        return await next(request);
      } catch (error) {
        const callerAborted = request.abortSignal?.aborted === true;
        if (!callerAborted && error instanceof Error && error.name === 'AbortError') {
          throw new RestError(`Table request timed out after ${timeoutMs} ms`, { code: 'ETIMEDOUT', request });
        }
        throw error;
      }
    },
  };
}

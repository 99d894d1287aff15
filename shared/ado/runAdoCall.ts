import type { IWorkItemTrackingApi } from 'azure-devops-node-api/WorkItemTrackingApi.js';
import { AdoCredentialError } from './AdoCredentialError.js';
import type { AdoError } from './AdoError.js';
import { acquireClient, invalidateToken, type ConnectionOptions } from './AdoConnection.js';
import { AmbiguousWriteError } from './AmbiguousWriteError.js';
import { backoffDelay, type RetryOptions } from './backoffDelay.js';
import { RevisionConflictError } from './RevisionConflictError.js';
import { toAdoError, waitHintMs } from './toAdoError.js';

/**
 * How a call may be repeated:
 * - 'read': retried on 429, 5xx and network errors.
 * - 'guarded-write': an update starting with `test /rev`; a repeat of an update that did land meets 412.
 * - 'unguarded-write': retried only when the request surely was not processed (429, connection refused).
 */
export type CallMode = 'read' | 'guarded-write' | 'unguarded-write';

export interface CallEnvironment {
  connection: ConnectionOptions;
  retry: Required<RetryOptions>;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  now: () => number;
}

/** Runs one gateway operation against ADO with discovery, auth refresh, throttling and retries. */
export async function runAdoCall<T>(
  env: CallEnvironment,
  operation: string,
  mode: CallMode,
  call: (wit: IWorkItemTrackingApi) => Promise<T>,
): Promise<T> {
  let failures = 0;
  let reauthenticated = false;
  let mayHaveLanded = false;
  for (;;) {
    let sent = false;
    let client: Awaited<ReturnType<typeof acquireClient>> | undefined;
    try {
      client = await acquireClient(env.connection);
      await client.gate.wait(env.sleep);
      sent = true;
      const result = await call(client.wit);
      client.gate.defer(waitHintMs({ retryAfter: (result as { rateLimit?: { retryAfter?: unknown } } | null)?.rateLimit?.retryAfter }));
      return result;
    } catch (thrown) {
      if (thrown instanceof AdoCredentialError) throw thrown;
      const classified = toAdoError(sent ? operation : 'connect', thrown);
      const error = classified.error;
      client?.gate.defer(error.retryAfterMs);
      // A 401 may mean the token expired early or the PAT was rotated: fetch credentials again, once.
      if (error.status === 401 && !reauthenticated) {
        reauthenticated = true;
        invalidateToken(env.connection);
        continue;
      }
      if (sent && mode === 'guarded-write' && (error.status === 412 || error.status === 409)) {
        throw new RevisionConflictError({ status: error.status, ...(error.code ? { code: error.code } : {}), afterRetry: mayHaveLanded });
      }
      if (!error.retryable) throw error;
      // Minutes of throttling would outlast the function's timeout: give up now, the sync's
      // failure back-off retries later and the gate still holds the next request back.
      if ((error.retryAfterMs ?? 0) > env.retry.maxServiceWaitMs) throw mayHaveLanded ? ambiguous(operation, error) : error;
      const landed = sent && classified.maybeSent && error.status !== 429;
      if (landed && mode === 'unguarded-write') throw ambiguous(operation, error);
      mayHaveLanded ||= landed && mode === 'guarded-write';
      failures += 1;
      if (failures >= env.retry.maxAttempts) throw mayHaveLanded ? ambiguous(operation, error) : error;
      const delay = backoffDelay(failures, env.retry, env.random, error.retryAfterMs);
      const until = env.now() + delay;
      await env.sleep(delay);
      client?.gate.release(until);
    }
  }
}

function ambiguous(operation: string, error: AdoError): AmbiguousWriteError {
  return new AmbiguousWriteError({
    operation: operation === 'create' ? 'create' : 'update',
    status: error.status,
    ...(error.code ? { code: error.code } : {}),
  });
}

import type { TokenCredential } from '@azure/identity';
import { AzureNamedKeyCredential, TableClient, type TableServiceClientOptions } from '@azure/data-tables';
import { AZURITE_DEV_ACCOUNT, AZURITE_DEV_KEY, isAzuriteEndpoint } from './azuriteDevAccount.js';
import { perTryTimeoutPolicy } from './perTryTimeoutPolicy.js';

export interface TableConnection {
  endpoint: string;
  /** Required for Azure; ignored for an Azurite loopback endpoint (which uses the dev account key). */
  credential?: TokenCredential;
  /** Per-try HTTP timeout; default 10 s. */
  requestTimeoutMs?: number;
  /** Transient-failure retries (5xx, 408, network, per-try timeout); default 3. */
  maxRetries?: number;
}

export class TableConnectionError extends Error {
  override readonly name = 'TableConnectionError';
}

/**
 * One TableClient. Transient failures are retried by the SDK's exponential policy with small,
 * bounded delays; 409/412 are never retried here (they are answers, not failures).
 */
export function createTableClient(connection: TableConnection, tableName: string): TableClient {
  const options: TableServiceClientOptions = {
    retryOptions: { maxRetries: connection.maxRetries ?? 3, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
    additionalPolicies: [{ policy: perTryTimeoutPolicy(connection.requestTimeoutMs ?? 10_000), position: 'perRetry' }],
  };
  if (isAzuriteEndpoint(connection.endpoint)) {
    const credential = new AzureNamedKeyCredential(AZURITE_DEV_ACCOUNT, AZURITE_DEV_KEY);
    return new TableClient(connection.endpoint, tableName, credential, {
      ...options,
      allowInsecureConnection: connection.endpoint.startsWith('http:'),
    });
  }
  if (!connection.credential) {
    throw new TableConnectionError('A TokenCredential is required for a Table endpoint that is not Azurite');
  }
  if (!connection.endpoint.startsWith('https://')) {
    throw new TableConnectionError('The Table endpoint must be https unless it is a loopback Azurite');
  }
  return new TableClient(connection.endpoint, tableName, connection.credential, options);
}

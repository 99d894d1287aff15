import type { TokenCredential } from '@azure/identity';
import { SecretClient, type SecretClientOptions } from '@azure/keyvault-secrets';
import { createCachedSecrets } from './createCachedSecrets.js';
import type { SecretProvider } from './SecretProvider.js';
import { requireSecret } from './requireSecret.js';
import { SecretUnavailableError } from './secretErrors.js';

export interface KeyVaultSecretsOptions {
  /** e.g. https://acme-kv.vault.azure.net */
  vaultUrl: string;
  /** The app's identity (see createAzureCredential). */
  credential: TokenCredential;
  /** When set, values are cached for this long (see createCachedSecrets). */
  ttlMs?: number;
  now?: () => number;
  /** Pipeline options for the SecretClient (retries, TLS); tests use them to reach a loopback stand-in. */
  clientOptions?: SecretClientOptions;
}

/**
 * Secrets from Azure Key Vault through the SDK's SecretClient (challenge-based auth, retries).
 * A missing secret (404) is `undefined`; any other failure is SecretUnavailableError naming the
 * secret, with the SDK error as `cause` (it never carries the value).
 */
export function createKeyVaultSecrets(options: KeyVaultSecretsOptions): SecretProvider {
  const client = new SecretClient(options.vaultUrl, options.credential, {
    retryOptions: { maxRetries: 3, retryDelayInMs: 200, maxRetryDelayInMs: 2_000 },
    ...options.clientOptions,
  });
  const getOptional = async (name: string): Promise<string | undefined> => {
    try {
      const secret = await client.getSecret(name);
      return secret.value;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw new SecretUnavailableError(name, { cause: error });
    }
  };
  const provider: SecretProvider = { getOptional, get: (name) => requireSecret(name, getOptional(name)) };
  return options.ttlMs === undefined ? provider : createCachedSecrets(provider, { ttlMs: options.ttlMs, ...(options.now ? { now: options.now } : {}) });
}

function statusOf(error: unknown): number | undefined {
  if (typeof error === 'object' && error !== null && 'statusCode' in error) {
    const status = (error as { statusCode?: unknown }).statusCode;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}

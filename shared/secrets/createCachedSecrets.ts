import type { SecretProvider } from './SecretProvider.js';
import { requireSecret } from './requireSecret.js';
import { SecretUnavailableError } from './secretErrors.js';

export interface SecretCacheOptions {
  /** How long a value (or its absence) is trusted; a rotated secret is picked up after this. */
  ttlMs: number;
  now?: () => number;
}

interface Entry {
  value: string | undefined;
  expiresAt: number;
}

/**
 * Caches each secret (and each "no such secret") for `ttlMs`. While an entry is fresh the inner
 * provider is not asked, so a Key Vault outage is invisible until the entry expires; after that a
 * failed refresh fails closed with SecretUnavailableError rather than serving an old value for ever.
 * Concurrent reads of the same name share one request to the inner provider.
 */
export function createCachedSecrets(inner: SecretProvider, options: SecretCacheOptions): SecretProvider {
  const now = options.now ?? Date.now;
  const cache = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<string | undefined>>();

  const refresh = (name: string): Promise<string | undefined> => {
    const startedAt = now();
    const request = inner
      .getOptional(name)
      .then(
        (value) => {
          // Expiry counts from the request, so a value is never trusted longer than ttlMs after it was read.
          cache.set(name, { value, expiresAt: startedAt + options.ttlMs });
          return value;
        },
        (error: unknown) => {
          cache.delete(name);
          throw error instanceof SecretUnavailableError ? error : new SecretUnavailableError(name, { cause: error });
        },
      )
      .finally(() => inFlight.delete(name));
    inFlight.set(name, request);
    return request;
  };

  const getOptional = async (name: string): Promise<string | undefined> => {
    const entry = cache.get(name);
    if (entry && now() < entry.expiresAt) return entry.value;
    return inFlight.get(name) ?? refresh(name);
  };

  return {
    getOptional,
    get: (name) => requireSecret(name, getOptional(name)),
  };
}

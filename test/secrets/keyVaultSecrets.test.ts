import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/identity';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeyVaultSecrets, type KeyVaultSecretsOptions } from '../../shared/secrets/createKeyVaultSecrets.js';
import { SecretNotFoundError, SecretUnavailableError } from '../../shared/secrets/secretErrors.js';
import { STANDIN_TENANT, startKeyVaultStandIn, type KeyVaultStandIn } from './keyVaultStandIn.js';

const TOKEN = 'test-token-7f3a';

/** A real TokenCredential, not a mock of the SDK: records what the SDK asked for. */
class FixedTokenCredential implements TokenCredential {
  readonly requests: { scopes: string[]; tenantId: string | undefined }[] = [];
  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken> {
    this.requests.push({ scopes: [scopes].flat(), tenantId: options?.tenantId });
    return { token: TOKEN, expiresOnTimestamp: Date.now() + 3_600_000 };
  }
}

describe('Key Vault secrets through the real SecretClient', () => {
  let vault: KeyVaultStandIn;
  let credential: FixedTokenCredential;
  let clock: number;

  const provider = (extra: Partial<KeyVaultSecretsOptions> = {}) =>
    createKeyVaultSecrets({
      vaultUrl: vault.url,
      credential,
      // The stand-in's host is 127.0.0.1, not *.vault.azure.net, and its certificate is our own.
      clientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca: vault.ca }, retryOptions: { maxRetries: 1, retryDelayInMs: 10, maxRetryDelayInMs: 20 } },
      ...extra,
    });

  beforeEach(async () => {
    vault = await startKeyVaultStandIn(TOKEN);
    credential = new FixedTokenCredential();
    clock = 1_000_000;
  });
  afterEach(async () => {
    await vault.close();
  });

  it('answers the challenge, then reads the secret with the bearer token', async () => {
    vault.setSecret('ado-pat', 'pat-value-1');
    const secrets = provider();
    expect(await secrets.get('ado-pat')).toBe('pat-value-1');

    expect(vault.seen.map((r) => [r.status, r.authorization])).toEqual([
      [401, undefined],
      [200, `Bearer ${TOKEN}`],
    ]);
    const read = new URL(vault.seen[1]!.path, vault.url);
    expect(read.pathname).toMatch(/^\/secrets\/ado-pat\/?$/);
    expect(read.searchParams.get('api-version')).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(credential.requests).toContainEqual({ scopes: ['https://vault.azure.net/.default'], tenantId: STANDIN_TENANT });
  });

  it('treats a missing secret as absent: getOptional gives undefined, get throws naming it', async () => {
    const secrets = provider();
    expect(await secrets.getOptional('webhook-secret-next')).toBeUndefined();
    const error = await secrets.get('webhook-secret-next').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretNotFoundError);
    expect((error as SecretNotFoundError).secretName).toBe('webhook-secret-next');
    expect(vault.seen.at(-1)?.status).toBe(404);
  });

  it('fails closed on a refusal instead of treating it as absent', async () => {
    vault.setSecret('sysaid-password', 'pw-value');
    vault.forbid('sysaid-password');
    const secrets = provider();
    await expect(secrets.getOptional('sysaid-password')).rejects.toBeInstanceOf(SecretUnavailableError);
    const error = await secrets.get('sysaid-password').catch((e: unknown) => e);
    expect((error as Error).message).toContain('sysaid-password');
    expect((error as Error).message).not.toContain('pw-value');
  });

  it('picks up a rotated secret once the TTL has passed, and not before', async () => {
    vault.setSecret('ado-pat', 'old-pat');
    const secrets = provider({ ttlMs: 300_000, now: () => clock });
    expect(await secrets.get('ado-pat')).toBe('old-pat');
    const requestsAfterFirstRead = vault.seen.length;

    vault.setSecret('ado-pat', 'new-pat');
    clock += 299_999;
    expect(await secrets.get('ado-pat')).toBe('old-pat');
    expect(vault.seen).toHaveLength(requestsAfterFirstRead);

    clock += 1;
    expect(await secrets.get('ado-pat')).toBe('new-pat');
    expect(vault.seen.length).toBeGreaterThan(requestsAfterFirstRead);
  });

  it('keeps serving a cached value while the vault is down, then fails closed at expiry, then recovers', async () => {
    vault.setSecret('webhook-secret', 'hook-value');
    const secrets = provider({ ttlMs: 60_000, now: () => clock });
    expect(await secrets.get('webhook-secret')).toBe('hook-value');

    vault.setDown(true);
    clock += 59_000;
    expect(await secrets.get('webhook-secret')).toBe('hook-value');

    clock += 1_000;
    const error = await secrets.get('webhook-secret').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretUnavailableError);
    expect((error as SecretUnavailableError).secretName).toBe('webhook-secret');
    expect((error as Error).message).not.toContain('hook-value');
    // Still closed on the next call: the stale value is gone, not resurrected.
    await expect(secrets.getOptional('webhook-secret')).rejects.toBeInstanceOf(SecretUnavailableError);

    vault.setDown(false);
    expect(await secrets.get('webhook-secret')).toBe('hook-value');
  });

  it('refuses a vault whose certificate it does not trust', async () => {
    vault.setSecret('ado-pat', 'pat-value-1');
    const untrusting = createKeyVaultSecrets({
      vaultUrl: vault.url,
      credential,
      clientOptions: { disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } },
    });
    await expect(untrusting.get('ado-pat')).rejects.toBeInstanceOf(SecretUnavailableError);
    expect(vault.seen).toHaveLength(0);
  });
});

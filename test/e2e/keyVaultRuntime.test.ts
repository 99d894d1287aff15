import { afterEach, describe, expect, it } from 'vitest';
import type { AccessToken, TokenCredential } from '@azure/identity';
import { startKeyVaultStandIn, type KeyVaultStandIn } from '../secrets/keyVaultStandIn.js';
import { stackForTest, HOUR } from './stackForTest.js';
import { STACK_SECRETS, type Stack } from '../../tools/stack/startStack.js';

const TOKEN = 'kv-test-token';
class FixedCredential implements TokenCredential {
  async getToken(): Promise<AccessToken> {
    return { token: TOKEN, expiresOnTimestamp: Date.now() + HOUR };
  }
}

let stack: Stack | undefined;
let vault: KeyVaultStandIn | undefined;
afterEach(async () => {
  await stack?.close();
  await vault?.close();
  stack = vault = undefined;
});

describe('runtime with Key Vault', () => {
  it('reads every secret from the vault (none from the environment), and fails webhooks closed once the cache expires with the vault down', async () => {
    vault = await startKeyVaultStandIn(TOKEN);
    vault.setSecret('sysaid-password', STACK_SECRETS.sysaidPassword);
    vault.setSecret('ado-pat', STACK_SECRETS.adoPat);
    vault.setSecret('webhook-secret', STACK_SECRETS.webhookSecret);
    let now = Date.now();
    stack = await stackForTest({
      sysaid: { records: [{ id: 500, title: 'Monitor flickers', description: 'x', insertTime: now - HOUR, updateTime: now - HOUR }] },
      webhook: false,
      env: { KEY_VAULT_URL: vault.url, SYSAID_PASSWORD: '', ADO_PAT: '', WEBHOOK_SECRET: '', SECRET_CACHE_TTL_SECONDS: '60' },
      overrides: {
        credential: new FixedCredential(),
        clock: { now: () => now },
        keyVaultClientOptions: { disableChallengeResourceVerification: true, tlsOptions: { ca: vault.ca }, retryOptions: { maxRetries: 0 } },
      },
    });
    const post = () =>
      fetch(stack!.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-sysaid-webhook-secret': STACK_SECRETS.webhookSecret }, body: '{"id":"500"}' });

    expect((await post()).status).toBe(200);
    expect(stack.ado.workItems()).toHaveLength(1);
    expect(vault.seen.some((r) => r.authorization === `Bearer ${TOKEN}` && r.path.startsWith('/secrets/webhook-secret'))).toBe(true);

    vault.setDown(true);
    now += 30_000;
    expect((await post()).status).toBe(200); // cached secrets still valid
    now += 60_000;
    const refused = await post();
    expect(refused.status).toBe(503); // expired and unreadable: fail closed
    expect(await refused.text()).not.toContain(STACK_SECRETS.webhookSecret);
  });
});

import type { TokenCredential } from '@azure/identity';
import type { AppConfig } from '../config/loadConfig.js';
import type { Clock, Redactor, TicketSource, WorkItemGateway } from '../sync/ports.js';
import type { StateStore } from '../state/types.js';
import type { SecretProvider } from '../secrets/SecretProvider.js';
import { sessionStoreOf } from './sessionStoreOf.js';
import type { KeyVaultSecretsOptions } from '../secrets/createKeyVaultSecrets.js';

export interface Adapters {
  state: StateStore;
  source: TicketSource;
  gateway: WorkItemGateway;
  redactor: Redactor;
  secrets: SecretProvider;
  /** Current then next webhook secret; throws when they cannot be read (fail closed). */
  webhookSecrets(): Promise<string[]>;
}

export interface AdapterOverrides {
  /** Credential for Key Vault, Table Storage and ADO in entra mode (default: DefaultAzureCredential). */
  credential?: TokenCredential;
  /** Waits between retries; tests pass a recorder instead of real sleeps. */
  sleep?: (ms: number) => Promise<void>;
  /** Extra SecretClient options (tests: trust a loopback stand-in's certificate). */
  keyVaultClientOptions?: KeyVaultSecretsOptions['clientOptions'];
}

/** ADO's Entra ID application id: tokens for this scope work in place of a PAT. */
const ADO_SCOPE = '499b84ac-1321-427f-aa17-267ca6975798/.default';

/** Wires the one real implementation of each port from validated configuration. */
export async function createAdapters(
  config: AppConfig,
  env: Record<string, string | undefined>,
  clock: Clock,
  overrides: AdapterOverrides,
): Promise<Adapters> {
  const needsAzureCredential = Boolean(config.secrets.keyVaultUrl) || config.ado.authMode === 'entra' || !isLoopback(config.state.tableEndpoint);
  const credential = overrides.credential ?? (needsAzureCredential ? await azureCredential(config) : undefined);

  const secrets = await createSecrets(config, env, clock, credential, overrides.keyVaultClientOptions);
  const { createTableStateStore } = await import('../state/createTableStateStore.js');
  const state = createTableStateStore({
    endpoint: config.state.tableEndpoint,
    tablePrefix: config.state.tablePrefix,
    now: () => clock.now(),
    ...(credential ? { credential } : {}),
  });
  await state.ensureTables();

  const { createSysAidClient } = await import('../sysaid/createSysAidClient.js');
  const source = createSysAidClient({
    baseUrl: config.sysaid.baseUrl,
    username: config.sysaid.username,
    ...(config.sysaid.accountId ? { accountId: config.sysaid.accountId } : {}),
    getPassword: () => secrets.get(config.sysaid.passwordSecretName),
    sessionStore: sessionStoreOf(state),
    ...(overrides.sleep ? { sleep: overrides.sleep } : {}),
  });

  const { createAdoGateway } = await import('../ado/createAdoGateway.js');
  const gateway = createAdoGateway({
    orgUrl: config.ado.orgUrl,
    project: config.ado.project,
    workItemType: config.ado.workItemType,
    ...(config.ado.externalIdField ? { externalIdField: config.ado.externalIdField } : {}),
    auth:
      config.ado.authMode === 'pat'
        ? { kind: 'pat', getPat: () => secrets.get(config.ado.patSecretName) }
        : { kind: 'bearer', getToken: () => bearerToken(credential) },
    ...(overrides.sleep ? { sleep: overrides.sleep } : {}),
  });

  const { createRedactor } = await import('../redaction/redactor.js');
  const redactor = createRedactor({
    internalDomains: config.redaction.internalDomains,
    internalCidrs: config.redaction.internalCidrs,
    budgetMs: config.redaction.budgetMs,
  });

  return {
    state,
    source,
    gateway,
    redactor,
    secrets,
    webhookSecrets: async () => {
      const [current, next] = await Promise.all([
        secrets.get(config.webhook.secretName),
        secrets.getOptional(config.webhook.nextSecretName),
      ]);
      return next ? [current, next] : [current];
    },
  };
}

async function createSecrets(
  config: AppConfig,
  env: Record<string, string | undefined>,
  clock: Clock,
  credential: TokenCredential | undefined,
  clientOptions: KeyVaultSecretsOptions['clientOptions'],
): Promise<SecretProvider> {
  if (config.secrets.keyVaultUrl && credential) {
    const { createKeyVaultSecrets } = await import('../secrets/createKeyVaultSecrets.js');
    return createKeyVaultSecrets({
      vaultUrl: config.secrets.keyVaultUrl,
      credential,
      // Cached so a Key Vault outage is survived until the TTL, and a rotation is seen after it.
      ttlMs: config.secrets.cacheTtlSeconds * 1000,
      now: () => clock.now(),
      ...(clientOptions ? { clientOptions } : {}),
    });
  }
  const { createEnvSecrets } = await import('../secrets/createEnvSecrets.js');
  return createEnvSecrets(env);
}

async function azureCredential(config: AppConfig): Promise<TokenCredential> {
  const { createAzureCredential } = await import('../secrets/createAzureCredential.js');
  return createAzureCredential(config.secrets.managedIdentityClientId);
}

async function bearerToken(credential: TokenCredential | undefined): Promise<{ token: string; expiresOnTimestamp: number }> {
  if (!credential) throw new Error('ADO auth mode entra needs an Azure credential');
  const token = await credential.getToken(ADO_SCOPE);
  if (!token) throw new Error('No Entra ID token for Azure DevOps');
  return { token: token.token, expiresOnTimestamp: token.expiresOnTimestamp };
}

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
  } catch {
    return false;
  }
}

import { loadConfig } from '../config/loadConfig.js';
import { createRuntime } from '../app/createRuntime.js';
import { errorCode } from '../errors/errorCode.js';

interface Probe {
  name: string;
  run(): Promise<string | void>;
  /** What to do when it fails. */
  hint: string;
}

/**
 * `check`: validate settings, then reach each dependency once, printing OK or an actionable
 * FAIL per component. Exit code 1 when anything failed.
 */
export async function checkCommand(): Promise<number> {
  try {
    loadConfig(process.env);
    console.log('OK   configuration');
  } catch (error) {
    console.log(`FAIL configuration\n     ${error instanceof Error ? error.message : 'invalid'}`);
    return 1;
  }
  let runtime: Awaited<ReturnType<typeof createRuntime>>;
  try {
    runtime = await createRuntime(process.env);
  } catch (error) {
    console.log(`FAIL start-up (${errorCode(error)})\n     Table Storage or Key Vault could not be reached: check STATE_TABLE_ENDPOINT, KEY_VAULT_URL and the identity's roles.`);
    return 1;
  }
  const { adapters, config } = runtime;
  const probes: Probe[] = [
    {
      name: 'secrets',
      run: async () => {
        await adapters.secrets.get(config.sysaid.passwordSecretName);
        if (config.ado.authMode === 'pat') await adapters.secrets.get(config.ado.patSecretName);
        const webhook = await adapters.webhookSecrets();
        return webhook.length > 1 ? 'current and next webhook secrets present (rotation in progress)' : undefined;
      },
      hint: `Put the secrets ${config.sysaid.passwordSecretName}, ${config.webhook.secretName}${config.ado.authMode === 'pat' ? `, ${config.ado.patSecretName}` : ''} into ${config.secrets.keyVaultUrl ? 'the Key Vault' : 'environment variables (upper-snake names)'}; the identity needs Key Vault Secrets User.`,
    },
    {
      name: 'Table Storage',
      run: async () => {
        const watermark = await adapters.state.getWatermark();
        return watermark ? `watermark ${new Date(watermark.updateTime).toISOString()}` : 'no watermark yet';
      },
      hint: 'Check STATE_TABLE_ENDPOINT and that the identity has Storage Table Data Contributor.',
    },
    {
      name: 'SysAid',
      run: async () => {
        const now = Date.now();
        for await (const _ticket of adapters.source.listChanged(now - 60_000, now)) break;
      },
      hint: 'Check SYSAID_BASE_URL, SYSAID_USERNAME, SYSAID_ACCOUNT_ID and the password secret; SysAid allows 2 logins per 5 minutes.',
    },
    {
      name: 'Azure DevOps',
      run: async () => {
        await adapters.gateway.findByExternalId('0');
      },
      hint: `Check ADO_ORG_URL and ADO_PROJECT; in ${config.ado.authMode} mode ${config.ado.authMode === 'pat' ? 'the PAT needs Work Items (Read & write)' : 'the managed identity must be a user of the organisation with access to the project'}.`,
    },
  ];
  let failed = 0;
  for (const probe of probes) {
    try {
      const detail = await probe.run();
      console.log(`OK   ${probe.name}${detail ? ` (${detail})` : ''}`);
    } catch (error) {
      failed++;
      console.log(`FAIL ${probe.name} (${errorCode(error)})\n     ${probe.hint}`);
    }
  }
  if (!config.webhook.requireSignature) {
    console.log('WARN webhook signatures are not required: the function key and the shared secret header protect the endpoint; set WEBHOOK_REQUIRE_SIGNATURE=true if SysAid can sign.');
  }
  return failed > 0 ? 1 : 0;
}

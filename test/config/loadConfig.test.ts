import { describe, expect, it } from 'vitest';
import { ConfigError, buildConfig, loadConfig } from '../../shared/config/loadConfig.js';
import { SettingReader } from '../../shared/config/settingReader.js';
import { SETTINGS } from '../../shared/config/settings.js';
import { REQUIRED_ENV } from './validEnv.js';

function problemsOf(env: Record<string, string | undefined>): Map<string, string> {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return new Map((error as ConfigError).problems.map((p) => [p.name, p.reason]));
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('builds typed, nested config from the required settings and the defaults', () => {
    const config = loadConfig({ ...REQUIRED_ENV });
    expect(config).toEqual({
      sysaid: { baseUrl: 'https://acme.sysaidit.com', username: 'api-user', passwordSecretName: 'sysaid-password' },
      ado: {
        orgUrl: 'https://dev.azure.com/acme',
        project: 'Support',
        workItemType: 'Bug',
        authMode: 'pat',
        patSecretName: 'ado-pat',
      },
      sync: {
        priorityMap: { 'Very High': 1, Urgent: 1, High: 2, Medium: 3, Normal: 3, Low: 4, 'Very Low': 4 },
        severityMap: {
          'Very High': '1 - Critical',
          Urgent: '1 - Critical',
          High: '2 - High',
          Medium: '3 - Medium',
          Normal: '3 - Medium',
          Low: '4 - Low',
          'Very Low': '4 - Low',
        },
        statusTags: true,
        ownedFields: ['System.Title', 'Microsoft.VSTS.TCM.ReproSteps', 'Microsoft.VSTS.Common.Priority', 'Microsoft.VSTS.Common.Severity', 'System.Tags'],
      },
      backfill: { schedule: '0 */5 * * * *', initialLookbackHours: 24, overlapSeconds: 600, concurrency: 4, timeBudgetSeconds: 240, maxAttempts: 8 },
      state: { tableEndpoint: 'https://acmestate.table.core.windows.net', tablePrefix: 'sysaidado' },
      secrets: { cacheTtlSeconds: 300 },
      webhook: {
        secretHeader: 'x-sysaid-webhook-secret',
        secretName: 'webhook-secret',
        nextSecretName: 'webhook-secret-next',
        requireSignature: false,
        inlineBudgetMs: 7000,
      },
      redaction: { internalDomains: [], internalCidrs: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'], budgetMs: 2000 },
    });
  });

  it('reads every optional setting and overrides defaults', () => {
    const config = loadConfig({
      ...REQUIRED_ENV,
      SYSAID_ACCOUNT_ID: 'acme',
      ADO_AREA_PATH: 'Support\\Intake',
      ADO_ITERATION_PATH: 'Support\\Sprint 1',
      ADO_AUTH_MODE: 'Entra',
      ADO_EXTERNAL_ID_FIELD: 'Custom.SysAidId',
      SYNC_STATUS_TAGS: 'FALSE',
      SYNC_OWNED_FIELDS: ' System.Title , System.Tags,System.Title ',
      KEY_VAULT_URL: 'https://acme-kv.vault.azure.net/',
      AZURE_CLIENT_ID: '00000000-1111-2222-3333-444444444444',
      STATE_TABLE_ENDPOINT: 'http://127.0.0.1:10002/devstoreaccount1',
      WEBHOOK_SECRET_HEADER: 'X-Hook-Secret',
      REDACTION_INTERNAL_DOMAINS: 'Corp.Example.com, .lan',
      REDACTION_INTERNAL_CIDRS: '10.0.0.0/8, fd00::/8, 192.0.2.7',
      BACKFILL_CONCURRENCY: ' 8 ',
    });
    expect(config.sysaid.accountId).toBe('acme');
    expect(config.ado).toMatchObject({ areaPath: 'Support\\Intake', iterationPath: 'Support\\Sprint 1', authMode: 'entra', externalIdField: 'Custom.SysAidId' });
    expect(config.sync.statusTags).toBe(false);
    expect(config.sync.ownedFields).toEqual(['System.Title', 'System.Tags']);
    expect(config.secrets).toEqual({ keyVaultUrl: 'https://acme-kv.vault.azure.net/', managedIdentityClientId: '00000000-1111-2222-3333-444444444444', cacheTtlSeconds: 300 });
    expect(config.state.tableEndpoint).toBe('http://127.0.0.1:10002/devstoreaccount1');
    expect(config.webhook.secretHeader).toBe('x-hook-secret');
    expect(config.redaction.internalDomains).toEqual(['corp.example.com', '.lan']);
    expect(config.redaction.internalCidrs).toEqual(['10.0.0.0/8', 'fd00::/8', '192.0.2.7']);
    expect(config.backfill.concurrency).toBe(8);
  });

  it('treats blank values as unset', () => {
    const config = loadConfig({ ...REQUIRED_ENV, ADO_WORK_ITEM_TYPE: '  ', KEY_VAULT_URL: '' });
    expect(config.ado.workItemType).toBe('Bug');
    expect(config.secrets.keyVaultUrl).toBeUndefined();
  });

  it('lists every missing required setting at once', () => {
    const problems = problemsOf({});
    expect([...problems.keys()].sort()).toEqual(Object.keys(REQUIRED_ENV).sort());
    for (const reason of problems.values()) expect(reason).toBe('missing (required)');
  });

  it('reports each invalid setting by name with a reason, and never echoes a value', () => {
    const secretish = 'Sup3rS3cretV@lue';
    const env = {
      ...REQUIRED_ENV,
      SYSAID_BASE_URL: `ftp://${secretish}`,
      ADO_ORG_URL: `http://dev.azure.com/${secretish}`,
      STATE_TABLE_ENDPOINT: `https://user:${secretish}@acct.table.core.windows.net`,
      KEY_VAULT_URL: secretish,
      ADO_AUTH_MODE: secretish,
      ADO_PAT_SECRET_NAME: `${secretish}!`,
      ADO_EXTERNAL_ID_FIELD: secretish,
      SYNC_PRIORITY_MAP: `High=${secretish}`,
      SYNC_SEVERITY_MAP: secretish,
      SYNC_STATUS_TAGS: secretish,
      SYNC_OWNED_FIELDS: `System.Title,${secretish}`,
      BACKFILL_SCHEDULE: secretish,
      BACKFILL_CONCURRENCY: '0',
      BACKFILL_OVERLAP_SECONDS: '-5',
      BACKFILL_MAX_ATTEMPTS: '2.5',
      BACKFILL_TIME_BUDGET_SECONDS: '900',
      STATE_TABLE_PREFIX: 'bad-prefix',
      AZURE_CLIENT_ID: secretish,
      SECRET_CACHE_TTL_SECONDS: secretish,
      WEBHOOK_SECRET_HEADER: 'bad header',
      WEBHOOK_SECRET_NEXT_NAME: 'webhook-secret',
      WEBHOOK_INLINE_BUDGET_MS: '99999999999999999999',
      REDACTION_INTERNAL_DOMAINS: `${secretish}@x`,
      REDACTION_INTERNAL_CIDRS: '10.0.0.0/33',
    };
    let message = '';
    try {
      loadConfig(env);
    } catch (error) {
      message = (error as Error).message;
    }
    const problems = problemsOf(env);
    const expected = Object.keys(env).filter((name) => !['SYSAID_USERNAME', 'ADO_PROJECT'].includes(name));
    expect([...problems.keys()].sort()).toEqual(expected.sort());
    expect(problems.get('ADO_ORG_URL')).toMatch(/https/);
    expect(problems.get('STATE_TABLE_ENDPOINT')).toMatch(/credentials/);
    expect(problems.get('WEBHOOK_SECRET_NEXT_NAME')).toMatch(/differ/);
    for (const name of expected) expect(message).toContain(`${name}:`);
    expect(message).not.toContain(secretish);
    expect(message.toLowerCase()).not.toContain(secretish.toLowerCase());
  });

  it('reads every setting in the SETTINGS table, and nothing else', () => {
    const reader = new SettingReader({ ...REQUIRED_ENV });
    buildConfig(reader);
    expect([...reader.names].sort()).toEqual(SETTINGS.map((s) => s.name).sort());
  });

  it('rejects garbage in every setting except the free-text ones', () => {
    const freeText = ['SYSAID_ACCOUNT_ID', 'SYSAID_USERNAME', 'ADO_PROJECT', 'ADO_WORK_ITEM_TYPE', 'ADO_AREA_PATH', 'ADO_ITERATION_PATH'];
    const garbage = Object.fromEntries(SETTINGS.map((s) => [s.name, 'garbage value ;;== \u0000']));
    const problems = problemsOf(garbage);
    expect([...problems.keys()].sort()).toEqual(SETTINGS.map((s) => s.name).filter((n) => !freeText.includes(n)).sort());
  });
});

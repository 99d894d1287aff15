import type { AppConfig } from './AppConfig.js';
import { SettingReader } from './settingReader.js';
import * as parse from './settingParsers.js';

export type { AppConfig } from './AppConfig.js';
export { ConfigError, type ConfigProblem } from './ConfigError.js';

/**
 * Validates every setting in SETTINGS at once and returns typed configuration; throws a
 * ConfigError naming each missing or invalid setting and why, never quoting a value. Pure.
 */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  return buildConfig(new SettingReader(env));
}

/** The reader is a parameter so a test can check that every setting is read. */
export function buildConfig(r: SettingReader): AppConfig {
  const config: AppConfig = {
    sysaid: {
      baseUrl: r.required('SYSAID_BASE_URL', parse.httpUrl),
      accountId: r.optional('SYSAID_ACCOUNT_ID', parse.text),
      username: r.required('SYSAID_USERNAME', parse.text),
      passwordSecretName: r.required('SYSAID_PASSWORD_SECRET_NAME', parse.secretName),
    },
    ado: {
      orgUrl: r.required('ADO_ORG_URL', parse.httpUrl),
      project: r.required('ADO_PROJECT', parse.text),
      workItemType: r.required('ADO_WORK_ITEM_TYPE', parse.text),
      areaPath: r.optional('ADO_AREA_PATH', parse.text),
      iterationPath: r.optional('ADO_ITERATION_PATH', parse.text),
      authMode: r.required('ADO_AUTH_MODE', parse.authMode),
      patSecretName: r.required('ADO_PAT_SECRET_NAME', parse.secretName),
      externalIdField: r.optional('ADO_EXTERNAL_ID_FIELD', parse.fieldName),
    },
    sync: {
      priorityMap: r.required('SYNC_PRIORITY_MAP', parse.priorityMap),
      severityMap: r.required('SYNC_SEVERITY_MAP', parse.severityMap),
      statusTags: r.required('SYNC_STATUS_TAGS', parse.boolean),
      ownedFields: r.required('SYNC_OWNED_FIELDS', parse.fieldList),
    },
    backfill: {
      schedule: r.required('BACKFILL_SCHEDULE', parse.ncrontab),
      initialLookbackHours: r.required('BACKFILL_INITIAL_LOOKBACK_HOURS', parse.positiveInt),
      overlapSeconds: r.required('BACKFILL_OVERLAP_SECONDS', parse.positiveInt),
      concurrency: r.required('BACKFILL_CONCURRENCY', parse.positiveInt),
      timeBudgetSeconds: r.required('BACKFILL_TIME_BUDGET_SECONDS', parse.positiveInt),
      maxAttempts: r.required('BACKFILL_MAX_ATTEMPTS', parse.positiveInt),
    },
    state: {
      tableEndpoint: r.required('STATE_TABLE_ENDPOINT', parse.httpUrl),
      tablePrefix: r.required('STATE_TABLE_PREFIX', parse.tablePrefix),
    },
    secrets: {
      keyVaultUrl: r.optional('KEY_VAULT_URL', parse.httpUrl),
      managedIdentityClientId: r.optional('AZURE_CLIENT_ID', parse.guid),
      cacheTtlSeconds: r.required('SECRET_CACHE_TTL_SECONDS', parse.positiveInt),
    },
    webhook: {
      secretHeader: r.required('WEBHOOK_SECRET_HEADER', parse.headerName),
      secretName: r.required('WEBHOOK_SECRET_NAME', parse.secretName),
      nextSecretName: r.required('WEBHOOK_SECRET_NEXT_NAME', parse.secretName),
      requireSignature: r.required('WEBHOOK_REQUIRE_SIGNATURE', parse.boolean),
      inlineBudgetMs: r.required('WEBHOOK_INLINE_BUDGET_MS', parse.positiveInt),
    },
    redaction: {
      internalDomains: r.optional('REDACTION_INTERNAL_DOMAINS', parse.domainList) ?? [],
      internalCidrs: r.required('REDACTION_INTERNAL_CIDRS', parse.cidrList),
      budgetMs: r.required('REDACTION_BUDGET_MS', parse.positiveInt),
    },
  };
  crossCheck(config, r);
  r.finish();
  return withoutUndefined(config);
}

function crossCheck(config: AppConfig, r: SettingReader): void {
  const { secretName, nextSecretName } = config.webhook;
  if (secretName && nextSecretName && secretName.toLowerCase() === nextSecretName.toLowerCase()) {
    r.problem('WEBHOOK_SECRET_NEXT_NAME', 'must differ from WEBHOOK_SECRET_NAME');
  }
  const { backfill } = config;
  if (backfill.timeBudgetSeconds && backfill.timeBudgetSeconds >= 600) {
    // A Flex Consumption timer invocation is cut at 10 minutes by default (host.json functionTimeout).
    r.problem('BACKFILL_TIME_BUDGET_SECONDS', 'must be below 600 so a run ends before the function timeout');
  }
}

/** Optional settings that are unset become absent keys, not `key: undefined`. */
function withoutUndefined(config: AppConfig): AppConfig {
  const strip = <T extends object>(group: T): T => Object.fromEntries(Object.entries(group).filter(([, v]) => v !== undefined)) as T;
  return {
    sysaid: strip(config.sysaid),
    ado: strip(config.ado),
    sync: config.sync,
    backfill: config.backfill,
    state: config.state,
    secrets: strip(config.secrets),
    webhook: config.webhook,
    redaction: config.redaction,
  };
}

/**
 * Every app setting the product reads, in one table: the loader, `check`, the README's
 * configuration table and the Bicep test all take the list from here.
 */
export interface SettingSpec {
  name: string;
  description: string;
  /** Default when unset; undefined means required (unless `optional`). */
  default?: string;
  optional?: boolean;
}

export const SETTINGS = [
  { name: 'SYSAID_BASE_URL', description: 'SysAid account URL, e.g. https://acme.sysaidit.com' },
  { name: 'SYSAID_ACCOUNT_ID', description: 'SysAid account id sent at login', optional: true },
  { name: 'SYSAID_USERNAME', description: 'SysAid API user' },
  { name: 'SYSAID_PASSWORD_SECRET_NAME', description: 'Name of the secret holding the SysAid password', default: 'sysaid-password' },
  { name: 'ADO_ORG_URL', description: 'Azure DevOps organisation URL, e.g. https://dev.azure.com/acme' },
  { name: 'ADO_PROJECT', description: 'Azure DevOps project' },
  { name: 'ADO_WORK_ITEM_TYPE', description: 'Work item type to create', default: 'Bug' },
  { name: 'ADO_AREA_PATH', description: 'Area path for new work items (project default when empty)', optional: true },
  { name: 'ADO_ITERATION_PATH', description: 'Iteration path for new work items (project default when empty)', optional: true },
  { name: 'ADO_AUTH_MODE', description: '`pat` (secret from Key Vault) or `entra` (managed identity, no PAT)', default: 'pat' },
  { name: 'ADO_PAT_SECRET_NAME', description: 'Name of the secret holding the ADO PAT (auth mode pat)', default: 'ado-pat' },
  { name: 'ADO_EXTERNAL_ID_FIELD', description: 'Work item field holding the SR id (e.g. Custom.SysAidId); empty means a `sysaid-<id>` tag', optional: true },
  { name: 'SYNC_PRIORITY_MAP', description: 'SysAid priority caption to ADO Priority, `caption=n;...`', default: 'Very High=1;Urgent=1;High=2;Medium=3;Normal=3;Low=4;Very Low=4' },
  { name: 'SYNC_SEVERITY_MAP', description: 'SysAid urgency caption to ADO Severity, `caption=value;...`', default: 'Very High=1 - Critical;Urgent=1 - Critical;High=2 - High;Medium=3 - Medium;Normal=3 - Medium;Low=4 - Low;Very Low=4 - Low' },
  { name: 'SYNC_STATUS_TAGS', description: 'Tag the Bug with the SysAid status as `sysaid-status-<status>` (`true`/`false`)', default: 'true' },
  { name: 'SYNC_OWNED_FIELDS', description: 'ADO fields the sync owns and overwrites; engineers own every other field', default: 'System.Title,Microsoft.VSTS.TCM.ReproSteps,Microsoft.VSTS.Common.Priority,Microsoft.VSTS.Common.Severity,System.Tags' },
  { name: 'BACKFILL_SCHEDULE', description: 'NCRONTAB schedule of the catch-up timer', default: '0 */5 * * * *' },
  { name: 'BACKFILL_INITIAL_LOOKBACK_HOURS', description: 'How far back the very first catch-up looks when no watermark exists yet', default: '24' },
  { name: 'BACKFILL_OVERLAP_SECONDS', description: 'How far before the watermark each catch-up looks again (clock skew, late commits)', default: '600' },
  { name: 'BACKFILL_CONCURRENCY', description: 'SRs synced in parallel by one catch-up run', default: '4' },
  { name: 'BACKFILL_TIME_BUDGET_SECONDS', description: 'A catch-up run stops starting work after this long and resumes next run', default: '240' },
  { name: 'BACKFILL_MAX_ATTEMPTS', description: 'Failed attempts after which an SR is poison (shown by `status`, retried by `replay`)', default: '8' },
  { name: 'STATE_TABLE_ENDPOINT', description: 'Table Storage endpoint, e.g. https://acct.table.core.windows.net (Azurite: http://127.0.0.1:10002/devstoreaccount1)' },
  { name: 'STATE_TABLE_PREFIX', description: 'Prefix of the state tables', default: 'sysaidado' },
  { name: 'KEY_VAULT_URL', description: 'Key Vault URL; when empty, secrets come from environment variables named after them (ado-pat -> ADO_PAT)', optional: true },
  { name: 'AZURE_CLIENT_ID', description: 'Client id of the user-assigned managed identity (Key Vault, Table Storage, ADO in entra mode)', optional: true },
  { name: 'SECRET_CACHE_TTL_SECONDS', description: 'How long a secret is cached before Key Vault is asked again (rotation pick-up time)', default: '300' },
  { name: 'WEBHOOK_SECRET_HEADER', description: 'Header carrying the shared webhook secret', default: 'x-sysaid-webhook-secret' },
  { name: 'WEBHOOK_SECRET_NAME', description: 'Name of the secret holding the current webhook secret', default: 'webhook-secret' },
  { name: 'WEBHOOK_SECRET_NEXT_NAME', description: 'Name of the secret holding the next webhook secret during rotation (may be absent)', default: 'webhook-secret-next' },
  { name: 'WEBHOOK_REQUIRE_SIGNATURE', description: 'Require an HMAC-SHA256 signature (`x-sysaid-signature`, `x-sysaid-timestamp`) on every webhook', default: 'false' },
  { name: 'WEBHOOK_INLINE_BUDGET_MS', description: 'Time the webhook spends syncing inline before answering 202 and leaving the SR to the timer', default: '7000' },
  { name: 'REDACTION_INTERNAL_DOMAINS', description: 'Comma-separated internal DNS suffixes whose host names are kept', optional: true },
  { name: 'REDACTION_INTERNAL_CIDRS', description: 'Comma-separated internal IP ranges whose addresses are kept', default: '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16' },
  { name: 'REDACTION_BUDGET_MS', description: 'Time budget for redacting one SR; over it the SR is not sent', default: '2000' },
] as const satisfies readonly SettingSpec[];

export type SettingName = (typeof SETTINGS)[number]['name'];

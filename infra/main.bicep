// sysaid-ado-sync: everything the product needs in one resource group, identity-only.
// No shared keys, no secret in any parameter, setting or output: the Function App reaches
// Storage, Key Vault and Application Insights as its user-assigned managed identity, and the
// admin puts the secrets into Key Vault after deployment (see README.md, "Deploying to Azure").
targetScope = 'resourceGroup'

metadata description = 'Deploys sysaid-ado-sync: a Flex Consumption Function App with a user-assigned identity, identity-only Storage (state tables), Key Vault (RBAC) and Application Insights (Entra auth).'

// ---------------------------------------------------------------------------------------------
// Deployment
// ---------------------------------------------------------------------------------------------

@minLength(1)
@maxLength(64)
@description('Required. Name of the environment (azd environment name); part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@metadata({
  azd: {
    type: 'location'
  }
})
@description('Optional. Azure region for all resources. It must offer Flex Consumption. Defaults to the resource group\'s region.')
param location string = resourceGroup().location

@description('Optional. Extra tags for every resource (cost centre, owner, data classification...).')
param tags object = {}

@description('Optional. Send Azure Verified Modules usage telemetry to Microsoft. Off: the product sends nothing anywhere its admins did not choose.')
param enableTelemetry bool = false

@description('Optional. Storage redundancy. LRS is enough: the state tables can be rebuilt from the work items (the sync adopts existing Bugs by their SysAid id); ZRS or GRS cost more.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Optional. Key Vault purge protection. It cannot be turned off once on and keeps a deleted vault\'s name reserved for 90 days; recommended for production, set false for throw-away test environments.')
param enablePurgeProtection bool = true

@minValue(30)
@maxValue(730)
@description('Optional. Days Log Analytics keeps logs and traces (the first 31 days cost nothing extra).')
param logRetentionInDays int = 30

@minValue(1)
@maxValue(1000)
@description('Optional. Most Function App instances Flex Consumption may scale out to. Small on purpose: SysAid and Azure DevOps rate-limit per identity, so more instances only mean more throttling.')
param maximumInstanceCount int = 10

@allowed([
  512
  2048
  4096
])
@description('Optional. Memory of one Function App instance in MB (Flex Consumption bills GB-seconds, so smaller is cheaper).')
param instanceMemoryMB int = 2048

// ---------------------------------------------------------------------------------------------
// Product settings (none of them secret; the secrets live in Key Vault)
// ---------------------------------------------------------------------------------------------

@description('Required. SysAid account URL, e.g. https://acme.sysaidit.com.')
param sysaidBaseUrl string

@description('Optional. SysAid account id sent at login (needed by some SysAid cloud tenants).')
param sysaidAccountId string = ''

@description('Required. SysAid API user name; its password goes into Key Vault as sysaid-password.')
param sysaidUsername string

@description('Required. Azure DevOps organisation URL, e.g. https://dev.azure.com/acme.')
param adoOrgUrl string

@description('Required. Azure DevOps project the Bugs are created in.')
param adoProject string

@description('Optional. Work item type to create.')
param adoWorkItemType string = 'Bug'

@description('Optional. Area path for new work items; empty means the project default.')
param adoAreaPath string = ''

@description('Optional. Iteration path for new work items; empty means the project default.')
param adoIterationPath string = ''

@allowed([
  'entra'
  'pat'
])
@description('Optional. How the app signs in to Azure DevOps: entra (the managed identity, no PAT; the default here) or pat (a PAT read from Key Vault as ado-pat).')
param adoAuthMode string = 'entra'

@description('Optional. Work item field holding the SysAid SR id (e.g. Custom.SysAidId); empty means a sysaid-<id> tag.')
param adoExternalIdField string = ''

@description('Optional. SysAid priority caption to ADO Priority, as caption=n;caption=n.')
param syncPriorityMap string = 'Very High=1;Urgent=1;High=2;Medium=3;Normal=3;Low=4;Very Low=4'

@description('Optional. SysAid urgency caption to ADO Severity, as caption=value;caption=value.')
param syncSeverityMap string = 'Very High=1 - Critical;Urgent=1 - Critical;High=2 - High;Medium=3 - Medium;Normal=3 - Medium;Low=4 - Low;Very Low=4 - Low'

@allowed([
  'true'
  'false'
])
@description('Optional. Tag each Bug with the SysAid status as sysaid-status-<status>.')
param syncStatusTags string = 'true'

@description('Optional. Comma-separated ADO fields the sync owns and overwrites; engineers own every other field.')
param syncOwnedFields string = 'System.Title,Microsoft.VSTS.TCM.ReproSteps,Microsoft.VSTS.Common.Priority,Microsoft.VSTS.Common.Severity,System.Tags'

@description('Optional. NCRONTAB schedule (six fields, UTC) of the catch-up timer.')
param backfillSchedule string = '0 */5 * * * *'

@minValue(1)
@description('Optional. How many hours back the very first catch-up looks when no watermark exists yet.')
param backfillInitialLookbackHours int = 24

@minValue(0)
@description('Optional. Seconds before the watermark each catch-up looks again (clock skew, late commits).')
param backfillOverlapSeconds int = 600

@minValue(1)
@maxValue(32)
@description('Optional. SRs synced in parallel by one catch-up run.')
param backfillConcurrency int = 4

@minValue(10)
@description('Optional. Seconds after which a catch-up run stops starting work and resumes on the next run; keep it under the host functionTimeout.')
param backfillTimeBudgetSeconds int = 240

@minValue(1)
@description('Optional. Failed attempts after which an SR is poison (shown by status, retried by replay).')
param backfillMaxAttempts int = 8

@minLength(1)
@maxLength(58)
@description('Optional. Prefix of the state table names: 1-58 letters or digits, starting with a letter (the app checks the same rule).')
param stateTablePrefix string = 'sysaidado'

@minValue(0)
@description('Optional. Seconds a secret is cached before Key Vault is asked again (how soon a rotated secret is picked up).')
param secretCacheTtlSeconds int = 300

@allowed([
  'true'
  'false'
])
@description('Optional. Require an HMAC-SHA256 signature on every webhook in addition to the shared secret header.')
param webhookRequireSignature string = 'false'

@minValue(0)
@description('Optional. Milliseconds the webhook spends syncing inline before answering 202 and leaving the SR to the timer.')
param webhookInlineBudgetMs int = 7000

@description('Optional. Comma-separated internal DNS suffixes whose host names are kept by the redaction.')
param redactionInternalDomains string = ''

@description('Optional. Comma-separated internal IP ranges whose addresses are kept by the redaction.')
param redactionInternalCidrs string = '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16'

@minValue(100)
@description('Optional. Milliseconds allowed for redacting one SR; over it the SR is not sent.')
param redactionBudgetMs int = 2000

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var allTags = union(tags, { 'azd-env-name': environmentName })

var identityName = '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
var keyVaultName = '${abbrs.keyVaultVaults}${resourceToken}'
var logAnalyticsName = '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
var appInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var planName = '${abbrs.webServerFarms}${resourceToken}'
var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'

// Flex Consumption pulls the app package from this container as the managed identity.
var deploymentContainerName = 'app-package'

// The state tables the app uses (it creates missing ones itself; creating them here lets the
// identity's role stay at data level). Change the suffixes here only.
var stateTableSuffixes = [
  'links'
  'state'
  'audit'
]
var stateTableNames = [for suffix in stateTableSuffixes: '${stateTablePrefix}${suffix}']

// Key Vault secret names the app reads; the admin creates the secrets (README.md, "Deploying to Azure").
var secretNames = {
  sysaidPassword: 'sysaid-password'
  adoPat: 'ado-pat'
  webhookSecret: 'webhook-secret'
  webhookSecretNext: 'webhook-secret-next'
}
var webhookSecretHeader = 'x-sysaid-webhook-secret'

// ---------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------

// The one identity the app runs as: Storage, Key Vault, App Insights and (entra mode) Azure DevOps.
module identity 'br/public:avm/res/managed-identity/user-assigned-identity:0.6.0' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: allTags
    enableTelemetry: enableTelemetry
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: logAnalyticsName
    appInsightsName: appInsightsName
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
    principalId: identity.outputs.principalId
    enableTelemetry: enableTelemetry
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  params: {
    name: storageAccountName
    location: location
    tags: allTags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    tableNames: stateTableNames
    principalId: identity.outputs.principalId
    enableTelemetry: enableTelemetry
  }
}

module keyVault 'app/keyvault.bicep' = {
  name: 'keyvault'
  params: {
    name: keyVaultName
    location: location
    tags: allTags
    enablePurgeProtection: enablePurgeProtection
    principalId: identity.outputs.principalId
    logAnalyticsWorkspaceResourceId: monitoring.outputs.logAnalyticsWorkspaceResourceId
    enableTelemetry: enableTelemetry
  }
}

// Every setting the code reads (shared/config/settings.ts, SETTINGS) and nothing else; the
// host's own settings are added in app/function.bicep. test/infra checks both directions.
var appSettings = {
  SYSAID_BASE_URL: sysaidBaseUrl
  SYSAID_ACCOUNT_ID: sysaidAccountId
  SYSAID_USERNAME: sysaidUsername
  SYSAID_PASSWORD_SECRET_NAME: secretNames.sysaidPassword
  ADO_ORG_URL: adoOrgUrl
  ADO_PROJECT: adoProject
  ADO_WORK_ITEM_TYPE: adoWorkItemType
  ADO_AREA_PATH: adoAreaPath
  ADO_ITERATION_PATH: adoIterationPath
  ADO_AUTH_MODE: adoAuthMode
  ADO_PAT_SECRET_NAME: secretNames.adoPat
  ADO_EXTERNAL_ID_FIELD: adoExternalIdField
  SYNC_PRIORITY_MAP: syncPriorityMap
  SYNC_SEVERITY_MAP: syncSeverityMap
  SYNC_STATUS_TAGS: syncStatusTags
  SYNC_OWNED_FIELDS: syncOwnedFields
  BACKFILL_SCHEDULE: backfillSchedule
  BACKFILL_INITIAL_LOOKBACK_HOURS: string(backfillInitialLookbackHours)
  BACKFILL_OVERLAP_SECONDS: string(backfillOverlapSeconds)
  BACKFILL_CONCURRENCY: string(backfillConcurrency)
  BACKFILL_TIME_BUDGET_SECONDS: string(backfillTimeBudgetSeconds)
  BACKFILL_MAX_ATTEMPTS: string(backfillMaxAttempts)
  STATE_TABLE_ENDPOINT: storage.outputs.tableEndpoint
  STATE_TABLE_PREFIX: stateTablePrefix
  KEY_VAULT_URL: keyVault.outputs.uri
  AZURE_CLIENT_ID: identity.outputs.clientId
  SECRET_CACHE_TTL_SECONDS: string(secretCacheTtlSeconds)
  WEBHOOK_SECRET_HEADER: webhookSecretHeader
  WEBHOOK_SECRET_NAME: secretNames.webhookSecret
  WEBHOOK_SECRET_NEXT_NAME: secretNames.webhookSecretNext
  WEBHOOK_REQUIRE_SIGNATURE: webhookRequireSignature
  WEBHOOK_INLINE_BUDGET_MS: string(webhookInlineBudgetMs)
  REDACTION_INTERNAL_DOMAINS: redactionInternalDomains
  REDACTION_INTERNAL_CIDRS: redactionInternalCidrs
  REDACTION_BUDGET_MS: string(redactionBudgetMs)
}

module functionApp 'app/function.bicep' = {
  name: 'function'
  params: {
    name: functionAppName
    planName: planName
    location: location
    tags: allTags
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    appInsightsName: monitoring.outputs.appInsightsName
    appSettings: appSettings
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    enableTelemetry: enableTelemetry
  }
}

// ---------------------------------------------------------------------------------------------
// Outputs (azd stores them in the environment: `azd env get-value WEBHOOK_URL`)
// ---------------------------------------------------------------------------------------------

@description('Region the resources were deployed to.')
output AZURE_LOCATION string = location

@description('Entra tenant of the deployment.')
output AZURE_TENANT_ID string = tenant().tenantId

@description('Name of the Function App.')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('SysAid webhook URL, without its function key: append ?code=<key> (see README.md, "Deploying to Azure").')
output WEBHOOK_URL string = 'https://${functionApp.outputs.defaultHostname}/api/sysaid/webhook'

@description('URI of the Key Vault the admin puts the secrets into.')
output KEY_VAULT_URI string = keyVault.outputs.uri

@description('Name of the Key Vault (for az keyvault secret set --vault-name).')
output KEY_VAULT_NAME string = keyVault.outputs.name

@description('Name of the managed identity; add it to the Azure DevOps organisation for entra mode.')
output MANAGED_IDENTITY_NAME string = identity.outputs.name

@description('Client (application) id of the managed identity.')
output MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Names of the state tables created in the storage account.')
output STATE_TABLE_NAMES array = stateTableNames

// The Function App on a Flex Consumption (FC1) plan, running as the user-assigned identity.
// Storage, App Insights and the deployment package are all reached with that identity; no
// connection string with a key exists anywhere.

metadata description = 'Flex Consumption plan and Node 20 Function App with identity-based host storage, Entra-authenticated App Insights, HTTPS only, TLS 1.2, FTP and basic publishing credentials off.'

@description('Required. Function App name (globally unique host name).')
param name string

@description('Required. Flex Consumption plan name.')
param planName string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the plan and the app (the app also gets azd-service-name).')
param tags object = {}

@description('Required. Resource id of the user-assigned managed identity the app runs as.')
param identityResourceId string

@description('Required. Client id of that identity.')
param identityClientId string

@description('Required. Name of the identity-only storage account (host storage and deployment package).')
param storageAccountName string

@description('Required. Blob container holding the deployment package.')
param deploymentContainerName string

@description('Required. Name of the Application Insights component (local auth off) the app reports to.')
param appInsightsName string

@description('Required. The product\'s own app settings (every setting in shared/config/settings.ts).')
param appSettings object

@minValue(1)
@maxValue(1000)
@description('Optional. Most instances the app may scale out to.')
param maximumInstanceCount int = 10

@allowed([
  512
  2048
  4096
])
@description('Optional. Memory of one instance in MB.')
param instanceMemoryMB int = 2048

@description('Optional. Send AVM usage telemetry to Microsoft.')
param enableTelemetry bool = false

var storageSuffix = environment().suffixes.storage

// Read here rather than passed in: the connection string holds the ingestion endpoint and the
// instrumentation key, which is an address, not a credential (local auth is off), but it has no
// business in deployment parameters.
resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The Functions host's own settings: identity-based AzureWebJobsStorage and Entra-authenticated
// telemetry. FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are not app settings on
// Flex Consumption: functionAppConfig.runtime carries them.
var hostSettings = {
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId
  AzureWebJobsStorage__blobServiceUri: 'https://${storageAccountName}.blob.${storageSuffix}'
  AzureWebJobsStorage__queueServiceUri: 'https://${storageAccountName}.queue.${storageSuffix}'
  AzureWebJobsStorage__tableServiceUri: 'https://${storageAccountName}.table.${storageSuffix}'
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
  // Arguments of the Node worker process (nodeWorker.json, also read by the backfill benchmark so it
  // measures the engine as deployed). A 512 MB old-space limit, whatever memory the instance shows
  // Node: V8 grows its heap between full collections by up to 4x the live heap when its limit is
  // 2 GB or more, and by about 1.4x at 512 MB. The live heap is ~30 MB, so the limit itself is far
  // away; the growth is what made a 10,000-SR backfill peak at 240-260 MB RSS (README, Benchmarks).
  languageWorkers__node__arguments: loadJsonContent('nodeWorker.json').arguments
}

// Flex Consumption plan: billed per execution and GB-second, nothing when idle. Set on purpose:
// the AVM default is a P1v3 plan (about 120 USD a month, running or not) with zone redundancy.
module plan 'br/public:avm/res/web/serverfarm:0.7.0' = {
  name: 'plan'
  params: {
    name: planName
    location: location
    tags: tags
    skuName: 'FC1'
    kind: 'linux'
    reserved: true
    zoneRedundant: false
    enableTelemetry: enableTelemetry
  }
}

module site 'br/public:avm/res/web/site:0.24.0' = {
  name: 'site'
  params: {
    name: name
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    kind: 'functionapp,linux'
    serverFarmResourceId: plan.outputs.resourceId
    managedIdentities: {
      systemAssigned: false
      userAssignedResourceIds: [
        identityResourceId
      ]
    }
    httpsOnly: true
    clientAffinityEnabled: false
    publicNetworkAccess: 'Enabled'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: 'https://${storageAccountName}.blob.${storageSuffix}/${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        // No always-ready instances: they bill while idle.
        alwaysReady: []
      }
      runtime: {
        name: 'node'
        version: '20'
      }
    }
    // Replaces the AVM default (alwaysOn: true), which Flex Consumption does not support.
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      remoteDebuggingEnabled: false
    }
    // No FTP or Kudu basic-auth publishing credentials: deployments authenticate with Entra ID.
    basicPublishingCredentialsPolicies: [
      {
        name: 'ftp'
        allow: false
      }
      {
        name: 'scm'
        allow: false
      }
    ]
    configs: [
      {
        name: 'appsettings'
        properties: union(hostSettings, appSettings)
      }
    ]
    enableTelemetry: enableTelemetry
  }
}

@description('Name of the Function App.')
output name string = site.outputs.name

@description('Resource id of the Function App.')
output resourceId string = site.outputs.resourceId

@description('Default host name, e.g. func-xxxx.azurewebsites.net.')
output defaultHostname string = site.outputs.defaultHostname

// Storage for the Functions host (leases, keys, the deployment package) and the product's state
// tables. Shared keys are off: every caller authenticates with Entra ID.

metadata description = 'Identity-only storage account with the deployment container, the state tables and the app identity\'s data-plane roles.'

@maxLength(24)
@description('Required. Storage account name (3-24 lower-case letters and digits).')
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the storage account.')
param tags object = {}

@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
@description('Optional. Redundancy; the AVM default (GRS) doubles the cost for state that can be rebuilt.')
param skuName string = 'Standard_LRS'

@description('Required. Blob container the Flex Consumption app package is deployed to.')
param deploymentContainerName string

@description('Required. Names of the state tables to create.')
param tableNames string[]

@description('Required. Principal (object) id of the app\'s managed identity.')
param principalId string

@description('Optional. Send AVM usage telemetry to Microsoft.')
param enableTelemetry bool = false

// Built-in role definition ids (the same in every tenant).
var roles = {
  'Storage Blob Data Owner': 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  'Storage Table Data Contributor': '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}
var blobDataOwnerId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles['Storage Blob Data Owner'])
var tableDataContributorId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles['Storage Table Data Contributor'])
var accountId = resourceId('Microsoft.Storage/storageAccounts', name)

module account 'br/public:avm/res/storage/storage-account:0.32.0' = {
  name: 'storage-account'
  params: {
    name: name
    location: location
    tags: tags
    kind: 'StorageV2'
    skuName: skuName
    accessTier: 'Hot'
    // Entra ID only: no account keys, no SAS signed with them, no connection strings.
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    requireInfrastructureEncryption: true
    // Flex Consumption without VNet integration reaches storage over its public endpoint; the
    // AVM default (firewall Deny) would lock the app out. Add a VNet and private endpoints to
    // close it (see README.md, "Deploying to Azure", "Hardening further").
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    blobServices: {
      containerDeleteRetentionPolicyEnabled: true
      containerDeleteRetentionPolicyDays: 7
      deleteRetentionPolicyEnabled: true
      deleteRetentionPolicyDays: 7
      containers: [
        {
          name: deploymentContainerName
          publicAccess: 'None'
        }
      ]
    }
    tableServices: {
      tables: [for table in tableNames: { name: table }]
    }
    roleAssignments: [
      // The host's timer leases and function keys (azure-webjobs-hosts, azure-webjobs-secrets) and
      // the deployment container: identity-based AzureWebJobsStorage needs Blob Data Owner on the
      // account, as the host creates its own containers.
      {
        name: guid(accountId, principalId, blobDataOwnerId)
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Storage Blob Data Owner'
        description: 'sysaid-ado-sync: Functions host leases and keys, deployment package'
      }
      // The state tables (links, state, audit); data only, no account management.
      {
        name: guid(accountId, principalId, tableDataContributorId)
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Storage Table Data Contributor'
        description: 'sysaid-ado-sync: state tables'
      }
    ]
    enableTelemetry: enableTelemetry
  }
}

@description('Name of the storage account.')
output name string = account.outputs.name

@description('Resource id of the storage account.')
output resourceId string = account.outputs.resourceId

@description('Blob endpoint, e.g. https://<account>.blob.core.windows.net/.')
output blobEndpoint string = 'https://${name}.blob.${environment().suffixes.storage}/'

@description('Table endpoint, e.g. https://<account>.table.core.windows.net (the app\'s STATE_TABLE_ENDPOINT).')
output tableEndpoint string = 'https://${name}.table.${environment().suffixes.storage}'

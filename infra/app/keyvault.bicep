// Key Vault for the product's secrets. The template creates no secret: the admin sets them
// after deployment (README.md, "Deploying to Azure"), so no secret ever passes through a parameter or the
// deployment history. The app identity may read secrets and nothing else.

metadata description = 'RBAC Key Vault with soft delete; the app identity gets Key Vault Secrets User only; audit logs go to Log Analytics.'

@maxLength(24)
@description('Required. Key Vault name (globally unique, 3-24 characters).')
param name string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of the vault.')
param tags object = {}

@description('Optional. Purge protection; cannot be disabled once enabled.')
param enablePurgeProtection bool = true

@description('Required. Principal (object) id of the app\'s managed identity.')
param principalId string

@description('Required. Log Analytics workspace that receives the vault\'s audit log (who read which secret, when).')
param logAnalyticsWorkspaceResourceId string

@description('Optional. Send AVM usage telemetry to Microsoft.')
param enableTelemetry bool = false

var roles = {
  'Key Vault Secrets User': '4633458b-17de-408a-b874-0445c86b69e6'
}
var secretsUserId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles['Key Vault Secrets User'])
var vaultId = resourceId('Microsoft.KeyVault/vaults', name)

module vault 'br/public:avm/res/key-vault/vault:0.13.3' = {
  name: 'key-vault'
  params: {
    name: name
    location: location
    tags: tags
    // Standard, not the AVM default premium: the product stores secrets, not HSM-backed keys.
    sku: 'standard'
    // Access by Azure RBAC only; no access policies.
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: enablePurgeProtection
    // Nothing but the app reads this vault: no VM deployment, ARM template or disk encryption access.
    enableVaultForDeployment: false
    enableVaultForTemplateDeployment: false
    enableVaultForDiskEncryption: false
    // Flex Consumption without VNet integration reaches the vault publicly (Entra auth + RBAC).
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    roleAssignments: [
      {
        name: guid(vaultId, principalId, secretsUserId)
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: 'Key Vault Secrets User'
        description: 'sysaid-ado-sync: read the SysAid password, ADO PAT and webhook secrets'
      }
    ]
    diagnosticSettings: [
      {
        name: 'audit-to-log-analytics'
        workspaceResourceId: logAnalyticsWorkspaceResourceId
        logCategoriesAndGroups: [
          {
            categoryGroup: 'audit'
          }
        ]
        metricCategories: [
          {
            category: 'AllMetrics'
          }
        ]
      }
    ]
    enableTelemetry: enableTelemetry
  }
}

@description('Name of the vault.')
output name string = vault.outputs.name

@description('Resource id of the vault.')
output resourceId string = vault.outputs.resourceId

@description('URI of the vault, e.g. https://<name>.vault.azure.net/ (the app\'s KEY_VAULT_URL).')
output uri string = vault.outputs.uri

// Example parameters for `az deployment group create -g <rg> -f infra/main.bicep -p infra/main.bicepparam`.
// Copy it, fill in your values, keep it in your own change control. Nothing here is secret:
// the SysAid password, the ADO PAT (pat mode only) and the webhook secrets go into Key Vault.
using './main.bicep'

param environmentName = 'sysaid-ado-prod'
param location = 'westeurope'
param tags = {
  owner: 'it-service-management'
  dataClassification: 'confidential'
}

// SysAid
param sysaidBaseUrl = 'https://acme.sysaidit.com'
param sysaidUsername = 'svc-ado-sync'
param sysaidAccountId = ''

// Azure DevOps
param adoOrgUrl = 'https://dev.azure.com/acme'
param adoProject = 'Clinical Apps'
param adoAuthMode = 'entra'
param adoAreaPath = ''
param adoIterationPath = ''
param adoExternalIdField = ''

// Catch-up timer (NCRONTAB, UTC): every five minutes.
param backfillSchedule = '0 */5 * * * *'

// Redaction: host names under these suffixes are internal and kept.
param redactionInternalDomains = 'acme.local,acme.org'

// Deliberate cost and safety choices (see the parameter descriptions in main.bicep).
param storageSkuName = 'Standard_LRS'
param enablePurgeProtection = true
param enableTelemetry = false

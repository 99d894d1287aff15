// Log Analytics and workspace-based Application Insights. Local (key) auth is off on both:
// telemetry is accepted only from an Entra identity holding Monitoring Metrics Publisher.

metadata description = 'Log Analytics workspace and Application Insights with local auth disabled; the app identity gets Monitoring Metrics Publisher.'

@description('Required. Log Analytics workspace name.')
param logAnalyticsName string

@description('Required. Application Insights component name.')
param appInsightsName string

@description('Required. Azure region.')
param location string

@description('Optional. Tags of both resources.')
param tags object = {}

@minValue(30)
@maxValue(730)
@description('Optional. Days logs are kept.')
param retentionInDays int = 30

@description('Required. Principal (object) id of the app\'s managed identity.')
param principalId string

@description('Optional. Send AVM usage telemetry to Microsoft.')
param enableTelemetry bool = false

var roles = {
  'Monitoring Metrics Publisher': '3913510d-42f4-4e42-8a64-420c390055eb'
}
var metricsPublisherId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles['Monitoring Metrics Publisher'])
var appInsightsId = resourceId('Microsoft.Insights/components', appInsightsName)

module workspace 'br/public:avm/res/operational-insights/workspace:0.16.1' = {
  name: 'log-analytics'
  params: {
    name: logAnalyticsName
    location: location
    tags: tags
    skuName: 'PerGB2018'
    dataRetention: retentionInDays
    features: {
      disableLocalAuth: true
      enableLogAccessUsingOnlyResourcePermissions: true
    }
    enableTelemetry: enableTelemetry
  }
}

module appInsights 'br/public:avm/res/insights/component:0.8.0' = {
  name: 'app-insights'
  params: {
    name: appInsightsName
    location: location
    tags: tags
    kind: 'web'
    applicationType: 'web'
    workspaceResourceId: workspace.outputs.resourceId
    ingestionMode: 'LogAnalytics'
    // Sets the retention of the App* tables in the workspace; the AVM default (365 days) is billed,
    // 90 days of Application Insights data come at no extra charge.
    retentionInDays: 90
    // Only Entra-authenticated telemetry (APPLICATIONINSIGHTS_AUTHENTICATION_STRING) is accepted;
    // the instrumentation key in the connection string is an address, not a credential.
    disableLocalAuth: true
    // Keep client IP masking on: caller addresses are personal data.
    disableIpMasking: false
    roleAssignments: [
      {
        name: guid(appInsightsId, principalId, metricsPublisherId)
        principalId: principalId
        principalType: 'ServicePrincipal'
        roleDefinitionIdOrName: metricsPublisherId
        description: 'sysaid-ado-sync: send telemetry with Entra auth (Monitoring Metrics Publisher)'
      }
    ]
    enableTelemetry: enableTelemetry
  }
}

@description('Resource id of the Log Analytics workspace.')
output logAnalyticsWorkspaceResourceId string = workspace.outputs.resourceId

@description('Resource id of Application Insights.')
output appInsightsResourceId string = appInsights.outputs.resourceId

@description('Name of Application Insights.')
output appInsightsName string = appInsights.outputs.name

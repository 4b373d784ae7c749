// Asiakasmaksu: Azure resources for one environment (dev, prod, ...).
//
// Scope: a resource group. The azd quickstart (Azure-Samples/functions-quickstart-dotnet-azd) targets the
// subscription and creates the group itself; here the group is created first with `az group create` and this
// template is deployed into it with `az deployment group create` (docs/deploy.md), so that the deploying
// principal needs rights on the group only.
//
// Deployment order (docs/deploy.md):
//   1. this template with enableBlobEventSubscriptions = false (the default),
//   2. publish the Functions app,
//   3. this template again with enableBlobEventSubscriptions = true: the Event Grid subscriptions need the
//      blobs_extension system key, which exists only after the app has started.
// The staff web app is a Static Web App linked to the Function App (app/static-web-app.bicep, app/auth.bicep);
// its files are published with the Static Web App's deployment token.
import { issuerProfile } from 'types.bicep'

targetScope = 'resourceGroup'

@minLength(1)
@maxLength(64)
@description('Name of the environment (e.g. dev, prod); part of the unique hash in every resource name and tagged as azd-env-name.')
param environmentName string

@minLength(1)
@description('Azure region of every resource; one where the Flex Consumption plan is offered.')
param location string = resourceGroup().location

@description('Extra tags applied to every resource.')
param tags object = {}

// Application configuration -------------------------------------------------------------------------

@description('SendGrid API key, stored in Key Vault as the secret SendGridApiKey. Empty leaves the secret as it is.')
@secure()
param sendGridApiKey string = ''

@description('Sender address of notice e-mails (a SendGrid verified sender).')
param sendGridFromAddress string

@description('Sender name of notice e-mails.')
param sendGridFromName string

@description('The welfare area printed on every notice: name, address, business id, IBAN, BIC, contacts and the rectification authority.')
param issuer issuerProfile

@minLength(3)
@maxLength(45)
@description('Durable Functions task hub name: letters and digits only, starting with a letter (host.json reads %TaskHubName%).')
param taskHubName string = 'asiakasmaksu${toLower(replace(replace(environmentName, '-', ''), '_', ''))}'

// Authentication and the staff web app ----------------------------------------------------------------

@description('Application (client) ID of the Entra app registration staff sign in with (infra/entra/app-roles.json defines its roles).')
param authClientId string

@description('Client secret of that app registration, stored in Key Vault as StaffWebAuthClientSecret for the Static Web App\'s sign-in. Empty leaves the secret as it is.')
@secure()
param staffWebAuthClientSecret string = ''

@description('Key of the client search\'s keyed hash of henkilötunnus (base64 of at least 32 random bytes), stored in Key Vault as SearchPersonalIdentityKey. Set it on the first deployment only: a new key makes every indexed henkilötunnus unfindable. Empty leaves the secret as it is.')
@secure()
param searchPersonalIdentityKey string = ''

@minLength(1)
@description('Azure region of the Static Web App, one where Static Web Apps is offered (e.g. westeurope); it serves the app from its global edge wherever it is.')
param staticWebAppLocation string

// Deployment switches and sizes ---------------------------------------------------------------------

@description('Create the Event Grid subscriptions to the blob-extension webhook. Leave false until the app code has been published once.')
param enableBlobEventSubscriptions bool = false

@description('Object ID of a user or group given Storage Blob Data Contributor on the storage account (to upload files). Empty: none.')
param operatorPrincipalId string = ''

@description('Kind of principal operatorPrincipalId is.')
@allowed([
  'User'
  'Group'
])
param operatorPrincipalType string = 'User'

@description('Replication of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Most Function App instances.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each Function App instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Key Vault purge protection (cannot be turned off again once on).')
param keyVaultEnablePurgeProtection bool = true

@description('Days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

// Names -----------------------------------------------------------------------------------------------

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName, location))
var allTags = union(tags, { 'azd-env-name': environmentName })

var functionAppName = '${abbrs.webSitesFunctions}${resourceToken}'
var deploymentStorageContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'

// Containers the application uses; the deployment package container is the Flex Consumption one.
var billingContainerName = 'billing'
var paymentsContainerName = 'payments'
var containerNames = [
  billingContainerName
  'billing-errors'
  'notices'
  'einvoices'
  paymentsContainerName
  'payments-reports'
  deploymentStorageContainerName
]

// The application's tables: the invoice store's (docs/storage.md) and the others of
// core/Asiakasmaksu.Hosting/StorageNames.cs. The app creates none when it starts.
var tableNames = [
  'Invoices'
  'InvoiceSchedule'
  'InvoiceClients'
  'InvoiceReferences'
  'InvoiceBatches'
  'Outbox'
  'Audit'
  'Idempotency'
  'DeferralRequests'
  'UnmatchedPayments'
  'FeeReductions'
  'Ceilings'
  'ClientSearch'
  'ImportLog'
]

// Blob-triggered functions (Source = BlobTriggerSource.EventGrid) and the containers that wake them.
var blobEventSubscriptions = [
  {
    name: '${abbrs.eventGridEventSubscriptions}${billingContainerName}'
    containerName: billingContainerName
    functionName: 'BillingFileUploaded'
  }
  {
    name: '${abbrs.eventGridEventSubscriptions}${paymentsContainerName}'
    containerName: paymentsContainerName
    functionName: 'PaymentFileUploaded'
  }
]

// Resources -------------------------------------------------------------------------------------------

module identity 'core/identity/user-assigned-identity.bicep' = {
  name: 'identity'
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}${resourceToken}'
    location: location
    tags: allTags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: allTags
    skuName: storageSkuName
    containerNames: containerNames
    tableNames: tableNames
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
  }
}

module keyVault 'core/security/key-vault.bicep' = {
  name: 'keyvault'
  params: {
    name: '${abbrs.keyVaultVaults}${resourceToken}'
    location: location
    tags: allTags
    enablePurgeProtection: keyVaultEnablePurgeProtection
    sendGridApiKey: sendGridApiKey
    searchPersonalIdentityKey: searchPersonalIdentityKey
    staffWebAuthClientSecret: staffWebAuthClientSecret
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  params: {
    storageAccountName: storage.outputs.name
    keyVaultName: keyVault.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    managedIdentityPrincipalId: identity.outputs.principalId
    operatorPrincipalId: operatorPrincipalId
    operatorPrincipalType: operatorPrincipalType
  }
}

module plan 'core/host/flex-consumption-plan.bicep' = {
  name: 'plan'
  params: {
    name: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: allTags
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  params: {
    name: functionAppName
    location: location
    tags: allTags
    appServicePlanId: plan.outputs.resourceId
    identityId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentStorageContainerName: deploymentStorageContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    sendGridApiKeySecretUri: keyVault.outputs.sendGridApiKeySecretUri
    searchPersonalIdentityKeySecretUri: keyVault.outputs.searchPersonalIdentityKeySecretUri
    sendGridFromAddress: sendGridFromAddress
    sendGridFromName: sendGridFromName
    issuer: issuer
    taskHubName: taskHubName
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
  }
  // Start the host only once its identity can reach storage, Key Vault and Application Insights.
  dependsOn: [
    rbac
  ]
}

module staffWeb 'app/static-web-app.bicep' = {
  name: 'staffweb'
  params: {
    name: '${abbrs.webStaticSites}${resourceToken}'
    location: staticWebAppLocation
    tags: allTags
    authClientId: authClientId
    authClientSecretUri: keyVault.outputs.staffWebAuthClientSecretUri
    keyVaultName: keyVault.outputs.name
  }
}

// The Function App's API is reached only through the Static Web App (linked backend).
module auth 'app/auth.bicep' = {
  name: 'auth'
  params: {
    functionAppName: functions.outputs.name
    functionAppLocation: location
    staticWebAppName: staffWeb.outputs.name
  }
}

module eventGridTopic 'core/events/storage-system-topic.bicep' = {
  name: 'eventgrid-topic'
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: allTags
    storageAccountName: storage.outputs.name
  }
}

module eventGridSubscriptions 'app/blob-event-subscriptions.bicep' = if (enableBlobEventSubscriptions) {
  name: 'eventgrid-subscriptions'
  params: {
    functionAppName: functions.outputs.name
    systemTopicName: eventGridTopic.outputs.name
    subscriptions: blobEventSubscriptions
  }
  // The webhook must answer Event Grid's validation call, so Easy Auth must already let it through.
  dependsOn: [
    auth
  ]
}

// Outputs -----------------------------------------------------------------------------------------------

@description('Name of the Function App.')
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name

@description('Default host name of the Function App.')
output AZURE_FUNCTION_APP_HOST_NAME string = functions.outputs.defaultHostName

@description('Name of the staff web app\'s Static Web App.')
output AZURE_STATIC_WEB_APP_NAME string = staffWeb.outputs.name

@description('Default host name of the Static Web App: the staff web app and, under /api, the staff API.')
output AZURE_STATIC_WEB_APP_HOST_NAME string = staffWeb.outputs.defaultHostName

@description('Name of the storage account.')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Name of the key vault.')
output AZURE_KEY_VAULT_NAME string = keyVault.outputs.name

@description('Client ID of the user-assigned managed identity.')
output AZURE_IDENTITY_CLIENT_ID string = identity.outputs.clientId

@description('Name of the Event Grid system topic on the storage account.')
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name

@description('Durable Functions task hub name.')
output TASK_HUB_NAME string = taskHubName

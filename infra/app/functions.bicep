import { issuerProfile } from '../types.bicep'

metadata description = 'The Asiakasmaksu Function App: the Flex Consumption site plus every app setting the application reads.'

@description('Name of the Function App.')
param name string

@description('Azure region of the Function App.')
param location string = resourceGroup().location

@description('Tags applied to the Function App (azd-service-name is added here).')
param tags object = {}

@description('azd service name in azure.yaml; tagged on the site as azd-service-name.')
param serviceName string = 'functions'

@description('Resource ID of the Flex Consumption plan.')
param appServicePlanId string

@description('Resource ID of the user-assigned managed identity.')
param identityId string

@description('Client ID of the user-assigned managed identity.')
param identityClientId string

@description('Name of the storage account (host storage, application blobs and tables, deployment package).')
param storageAccountName string

@description('Container that holds the deployment package.')
param deploymentStorageContainerName string

@description('Name of the workspace-based Application Insights component.')
param applicationInsightsName string

@description('Version-less URI of the Key Vault secret holding the SendGrid API key.')
param sendGridApiKeySecretUri string

@description('Version-less URI of the Key Vault secret holding the key of the client search\'s keyed hash of henkilötunnus.')
param searchPersonalIdentityKeySecretUri string

@description('Sender address of notice e-mails.')
param sendGridFromAddress string

@description('Sender name of notice e-mails.')
param sendGridFromName string

@description('The welfare area printed on every notice.')
param issuer issuerProfile

@description('Durable Functions task hub name (host.json reads %TaskHubName%).')
param taskHubName string

@description('Memory of each instance in MB.')
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
param maximumInstanceCount int = 100

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

var appSettings = {
  // Functions host storage (also the Durable Functions task hub): identity-based, no connection string.
  AzureWebJobsStorage__accountName: storage.name
  AzureWebJobsStorage__credential: 'managedidentity'
  AzureWebJobsStorage__clientId: identityClientId

  // Monitoring with Entra ID authentication (the component has local auth disabled).
  APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
  APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

  // DefaultAzureCredential in the worker picks this identity.
  AZURE_CLIENT_ID: identityClientId

  // Application options (section Asiakasmaksu).
  Asiakasmaksu__Storage__BlobServiceUri: storage.properties.primaryEndpoints.blob
  Asiakasmaksu__Storage__TableServiceUri: storage.properties.primaryEndpoints.table
  Asiakasmaksu__Storage__ManagedIdentityClientId: identityClientId
  Asiakasmaksu__Notices__Sender: 'SendGrid'
  Asiakasmaksu__SendGrid__ApiKey: '@Microsoft.KeyVault(SecretUri=${sendGridApiKeySecretUri})'
  // The client search's keyed hash of henkilötunnus (PersonalIdentityHasher); without it a search by henkilötunnus is 503.
  Asiakasmaksu__Search__PersonalIdentityKey: '@Microsoft.KeyVault(SecretUri=${searchPersonalIdentityKeySecretUri})'
  // The issuer (core/Asiakasmaksu.Rendering/IssuerProfile.cs), bound from Asiakasmaksu__Issuer__*.
  Asiakasmaksu__Issuer__Name__Fi: issuer.name.fi
  Asiakasmaksu__Issuer__Name__Sv: issuer.name.sv
  Asiakasmaksu__Issuer__Name__En: issuer.name.en
  Asiakasmaksu__Issuer__Street: issuer.street
  Asiakasmaksu__Issuer__PostalCode: issuer.postalCode
  Asiakasmaksu__Issuer__City: issuer.city
  Asiakasmaksu__Issuer__BusinessId: issuer.businessId
  Asiakasmaksu__Issuer__Iban: issuer.iban
  Asiakasmaksu__Issuer__Bic: issuer.bic
  Asiakasmaksu__Issuer__Phone: issuer.phone
  Asiakasmaksu__Issuer__Email: issuer.email
  Asiakasmaksu__Issuer__RectificationAuthority__Fi: issuer.rectificationAuthority.fi
  Asiakasmaksu__Issuer__RectificationAuthority__Sv: issuer.rectificationAuthority.sv
  Asiakasmaksu__Issuer__RectificationAuthority__En: issuer.rectificationAuthority.en
  Asiakasmaksu__Issuer__RectificationStreet: issuer.rectificationStreet
  Asiakasmaksu__Issuer__RectificationPostalCode: issuer.rectificationPostalCode
  Asiakasmaksu__Issuer__RectificationCity: issuer.rectificationCity
  Asiakasmaksu__Issuer__EmailFromAddress: sendGridFromAddress
  Asiakasmaksu__Issuer__EmailFromName: sendGridFromName

  TaskHubName: taskHubName
}

module functionApp '../core/host/functions-flexconsumption.bicep' = {
  name: '${serviceName}-flex-consumption'
  params: {
    name: name
    location: location
    tags: union(tags, { 'azd-service-name': serviceName })
    appServicePlanId: appServicePlanId
    identityId: identityId
    deploymentStorageBlobEndpoint: storage.properties.primaryEndpoints.blob
    deploymentStorageContainerName: deploymentStorageContainerName
    runtimeName: 'dotnet-isolated'
    runtimeVersion: '10.0'
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appSettings: appSettings
  }
}

@description('Name of the Function App.')
output name string = functionApp.outputs.name

@description('Resource ID of the Function App.')
output resourceId string = functionApp.outputs.resourceId

@description('Default host name of the Function App.')
output defaultHostName string = functionApp.outputs.defaultHostName

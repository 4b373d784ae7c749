metadata description = 'Function App (functionapp,linux) on a Flex Consumption plan, running as a user-assigned managed identity that also reads its deployment package and Key Vault references.'

@description('Name of the Function App (also the first label of its host name).')
param name string

@description('Azure region of the Function App.')
param location string = resourceGroup().location

@description('Tags applied to the Function App.')
param tags object = {}

@description('Resource ID of the Flex Consumption (FC1) plan.')
param appServicePlanId string

@description('Resource ID of the user-assigned managed identity.')
param identityId string

@description('Blob endpoint of the storage account that holds the deployment package, e.g. https://<name>.blob.core.windows.net/.')
param deploymentStorageBlobEndpoint string

@description('Container that holds the deployment package.')
param deploymentStorageContainerName string

@description('Language worker.')
@allowed([
  'dotnet-isolated'
])
param runtimeName string = 'dotnet-isolated'

@description('Runtime version of the worker.')
@allowed([
  '8.0'
  '9.0'
  '10.0'
])
param runtimeVersion string = '10.0'

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Most instances the app scales out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('App settings: the whole set (this resource replaces every setting the site had).')
param appSettings object

resource functionApp 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: appServicePlanId
    httpsOnly: true
    // @Microsoft.KeyVault(...) app settings resolve with this identity, not a system-assigned one.
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${deploymentStorageBlobEndpoint}${deploymentStorageContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: runtimeName
        version: runtimeVersion
      }
    }
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: appSettings
  }
}

@description('Resource ID of the Function App.')
output resourceId string = functionApp.id

@description('Name of the Function App.')
output name string = functionApp.name

@description('Default host name, e.g. <name>.azurewebsites.net.')
output defaultHostName string = functionApp.properties.defaultHostName

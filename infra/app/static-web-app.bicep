metadata description = 'The staff web app\'s Static Web App (Standard: linked backend and custom Entra ID sign-in), with a system-assigned identity that reads the sign-in client secret from Key Vault.'

@description('Name of the Static Web App.')
param name string

@description('Azure region of the Static Web App (one where Static Web Apps is offered).')
param location string

@description('Tags applied to the Static Web App (azd-service-name is added here).')
param tags object = {}

@description('azd service name; tagged on the site as azd-service-name.')
param serviceName string = 'staffweb'

@description('Application (client) ID of the Entra app registration staff sign in with (AZURE_CLIENT_ID of staticwebapp.config.json).')
param authClientId string

@description('Version-less URI of the Key Vault secret holding that registration\'s client secret (AZURE_CLIENT_SECRET).')
param authClientSecretUri string

@description('Name of the key vault that holds the client secret.')
param keyVaultName string

// Built-in role definition ID (the same in every tenant).
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6' // Key Vault Secrets User: resolve @Microsoft.KeyVault(...) settings

resource staticWebApp 'Microsoft.Web/staticSites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  // Static Web Apps resolves Key Vault references with a system-assigned identity.
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    // The app is published with its deployment token (docs/deploy.md), not built from a repository.
    allowConfigFileUpdates: true
    // A linked backend serves the production environment only; no pull-request environments.
    stagingEnvironmentPolicy: 'Disabled'
  }

  resource settings 'config' = {
    name: 'appsettings'
    properties: {
      AZURE_CLIENT_ID: authClientId
      AZURE_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${authClientSecretUri})'
    }
  }
}

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' existing = {
  name: keyVaultName
}

resource keyVaultSecretsUserAssignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(keyVault.id, staticWebApp.id, keyVaultSecretsUserRoleId)
  scope: keyVault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: staticWebApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('Name of the Static Web App.')
output name string = staticWebApp.name

@description('Default host name, e.g. <name>.azurestaticapps.net.')
output defaultHostName string = staticWebApp.properties.defaultHostname

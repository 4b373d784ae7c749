metadata description = 'Key Vault with Azure RBAC authorization (no access policies) and the application secrets.'

@description('Name of the key vault (3-24 letters, digits and hyphens).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the key vault.')
param location string = resourceGroup().location

@description('Tags applied to the key vault.')
param tags object = {}

@description('Purge protection: a deleted vault cannot be purged before its retention ends. Once on it cannot be turned off.')
param enablePurgeProtection bool = true

@description('Days a deleted vault or secret is kept (soft delete).')
@minValue(7)
@maxValue(90)
param softDeleteRetentionInDays int = 90

@description('Name of the secret that holds the SendGrid API key.')
param sendGridApiKeySecretName string = 'SendGridApiKey'

@description('SendGrid API key. Empty leaves the secret as it is (not created on a first deployment, unchanged on a later one).')
@secure()
param sendGridApiKey string = ''

@description('Name of the secret that holds the key of the client search\'s keyed hash of henkilötunnus.')
param searchPersonalIdentityKeySecretName string = 'SearchPersonalIdentityKey'

@description('Key of the keyed hash of henkilötunnus in the client search index (base64 of at least 32 random bytes). Set it once: a new key makes every indexed henkilötunnus unfindable. Empty leaves the secret as it is.')
@secure()
param searchPersonalIdentityKey string = ''

@description('Name of the secret that holds the client secret of the Entra app registration the staff web app signs in with.')
param staffWebAuthClientSecretName string = 'StaffWebAuthClientSecret'

@description('Client secret of the Entra app registration (Static Web Apps sign-in). Empty leaves the secret as it is.')
@secure()
param staffWebAuthClientSecret string = ''

resource keyVault 'Microsoft.KeyVault/vaults@2024-11-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: softDeleteRetentionInDays
    // The API accepts true or nothing: false is rejected, so leave the property out instead.
    enablePurgeProtection: enablePurgeProtection ? true : null
    enabledForDeployment: false
    enabledForDiskEncryption: false
    enabledForTemplateDeployment: false
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource sendGridApiKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(sendGridApiKey)) {
  parent: keyVault
  name: sendGridApiKeySecretName
  properties: {
    value: sendGridApiKey
    contentType: 'text/plain'
  }
}

resource searchPersonalIdentityKeySecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(searchPersonalIdentityKey)) {
  parent: keyVault
  name: searchPersonalIdentityKeySecretName
  properties: {
    value: searchPersonalIdentityKey
    contentType: 'text/plain'
  }
}

resource staffWebAuthClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2024-11-01' = if (!empty(staffWebAuthClientSecret)) {
  parent: keyVault
  name: staffWebAuthClientSecretName
  properties: {
    value: staffWebAuthClientSecret
    contentType: 'text/plain'
  }
}

@description('Resource ID of the key vault.')
output resourceId string = keyVault.id

@description('Name of the key vault.')
output name string = keyVault.name

@description('Vault URI, e.g. https://<name>.vault.azure.net/.')
output uri string = keyVault.properties.vaultUri

@description('Version-less URI of the SendGrid secret, for a Key Vault reference that always reads the latest version.')
output sendGridApiKeySecretUri string = '${keyVault.properties.vaultUri}secrets/${sendGridApiKeySecretName}/'

@description('Version-less URI of the search key secret.')
output searchPersonalIdentityKeySecretUri string = '${keyVault.properties.vaultUri}secrets/${searchPersonalIdentityKeySecretName}/'

@description('Version-less URI of the staff web app\'s sign-in client secret.')
output staffWebAuthClientSecretUri string = '${keyVault.properties.vaultUri}secrets/${staffWebAuthClientSecretName}/'

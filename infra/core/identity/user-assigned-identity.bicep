metadata description = 'User-assigned managed identity (the one identity the Function App uses for storage, Key Vault and Application Insights).'

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region of the identity.')
param location string = resourceGroup().location

@description('Tags applied to the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource ID of the identity.')
output resourceId string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Client (application) ID of the identity.')
output clientId string = identity.properties.clientId

@description('Object (principal) ID of the identity, used for role assignments.')
output principalId string = identity.properties.principalId

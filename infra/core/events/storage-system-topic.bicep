metadata description = 'Event Grid system topic for a storage account (the source of BlobCreated events).'

@description('Name of the system topic.')
param name string

@description('Azure region; must be the storage account\'s region.')
param location string = resourceGroup().location

@description('Tags applied to the system topic.')
param tags object = {}

@description('Name of the storage account whose events the topic publishes (one system topic per account).')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

@description('Resource ID of the system topic.')
output resourceId string = systemTopic.id

@description('Name of the system topic.')
output name string = systemTopic.name

metadata description = '''
Event Grid subscriptions that deliver BlobCreated events of the billing and payments containers to the
Functions blob extension (blob triggers with Source = EventGrid). Deploy this only after the app code is
published: the blobs_extension system key exists once the host has started with such a trigger, and
Event Grid validates the webhook when the subscription is created.
'''

@description('Name of the existing Function App.')
param functionAppName string

@description('Name of the existing Event Grid system topic on the storage account.')
param systemTopicName string

@description('One subscription per container: the subscription name, the container and the blob-triggered function it wakes.')
param subscriptions {
  @description('Name of the event subscription.')
  name: string
  @description('Blob container whose BlobCreated events are delivered.')
  containerName: string
  @description('Name of the blob-triggered function ([Function("...")]).')
  functionName: string
}[]

@description('Delivery attempts before an event is dropped.')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes an undelivered event is retried.')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// Functions host keys (POST .../sites/<app>/host/default/listkeys). Microsoft.Web/sites/host has no Bicep
// type (it cannot be deployed, only listed), so the untyped listKeys() function is used.
var blobsExtensionKey = listKeys('${functionApp.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource eventSubscriptions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = [
  for subscription in subscriptions: {
    parent: systemTopic
    name: subscription.name
    properties: {
      destination: {
        endpointType: 'WebHook'
        properties: {
          // The key is read at deployment time and never leaves this module.
          endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${subscription.functionName}&code=${blobsExtensionKey}'
        }
      }
      filter: {
        includedEventTypes: [
          'Microsoft.Storage.BlobCreated'
        ]
        // The trailing slash keeps "billing" from also matching "billing-errors".
        subjectBeginsWith: '/blobServices/default/containers/${subscription.containerName}/'
      }
      eventDeliverySchema: 'EventGridSchema'
      retryPolicy: {
        maxDeliveryAttempts: maxDeliveryAttempts
        eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
      }
    }
  }
]

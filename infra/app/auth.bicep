metadata description = 'App Service authentication (Easy Auth, authsettingsV2) on the Function App with the Microsoft Entra ID provider: every API call needs a token, unauthenticated calls get 401.'

@description('Name of the existing Function App.')
param functionAppName string

@description('Application (client) ID of the Entra app registration that represents the Asiakasmaksu API.')
param clientId string

@description('Directory (tenant) ID of the app registration.')
param tenantId string = tenant().tenantId

@description('Token audiences accepted besides the client ID itself (e.g. the identifier URI api://<client id>).')
param allowedAudiences string[] = []

@description('Paths Easy Auth lets through without a token. The blob-extension webhook is called by Event Grid, which carries no Entra token; the blobs_extension system key in its URL protects it instead.')
param excludedPaths string[] = [
  '/runtime/webhooks/blobs'
]

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource authSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: functionApp
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: true
      // An API: answer 401, never redirect to a sign-in page.
      unauthenticatedClientAction: 'Return401'
      excludedPaths: excludedPaths
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenantId}/v2.0'
        }
        validation: {
          allowedAudiences: union([clientId], allowedAudiences)
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
      forwardProxy: {
        convention: 'NoProxy'
      }
    }
  }
}

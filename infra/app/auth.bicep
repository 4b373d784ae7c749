metadata description = 'The Function App is reached for its API only through the staff web app\'s Static Web App: the Static Web App is linked as its backend (/api/*), and App Service authentication (authsettingsV2) lets in only requests the Static Web App forwards; any other call gets 401.'

@description('Name of the existing Function App.')
param functionAppName string

@description('Azure region of the Function App (the linked backend\'s region).')
param functionAppLocation string

@description('Name of the existing Static Web App (Standard plan) that serves the staff web app.')
param staticWebAppName string

@description('Paths App Service authentication lets through without the Static Web App. The blob-extension webhook is called by Event Grid, which carries no identity; the blobs_extension system key in its URL protects it instead.')
param excludedPaths string[] = [
  '/runtime/webhooks/blobs'
]

resource functionApp 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

resource staticWebApp 'Microsoft.Web/staticSites@2024-11-01' existing = {
  name: staticWebAppName
}

// "Bring your own functions": the Static Web App proxies /api/* (the whole path) to the Function App.
resource linkedBackend 'Microsoft.Web/staticSites/linkedBackends@2024-11-01' = {
  parent: staticWebApp
  name: 'functions'
  properties: {
    backendResourceId: functionApp.id
    region: functionAppLocation
  }
}

// Linking writes an "Azure Static Web Apps (Linked)" provider into the Function App's authentication
// settings. This resource writes the same settings, after the link, so that a later deployment does
// not drop them and the webhook path stays open: the provider only, authentication required, 401.
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
      azureStaticWebApps: {
        enabled: true
        registration: {
          // The value the link itself writes, as observed in deployed apps (not documented): the Static Web App's host name.
          clientId: staticWebApp.properties.defaultHostname
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
  dependsOn: [
    linkedBackend
  ]
}

// Development environment. Non-secret placeholders: replace them before a real deployment.
// Secrets and per-tenant values come from environment variables, so nothing secret is committed:
//   SENDGRID_API_KEY                 SendGrid API key (empty: the Key Vault secret is left as it is)
//   AUTH_CLIENT_ID                   application (client) ID of the Entra app registration (docs/deploy.md)
//   STAFF_WEB_AUTH_CLIENT_SECRET     its client secret, for the staff web app's sign-in (empty: the Key Vault secret is left as it is)
//   SEARCH_PERSONAL_IDENTITY_KEY     the client search's henkilötunnus hash key, first deployment only (empty: left as it is)
//   OPERATOR_PRINCIPAL_ID            object ID of the user who may upload test files (optional)
//   ENABLE_BLOB_EVENT_SUBSCRIPTIONS  'true' on the second deployment, after the code is published
using './main.bicep'

param environmentName = 'dev'
param location = 'swedencentral'
param tags = {
  project: 'asiakasmaksu'
  environment: 'dev'
}

param sendGridApiKey = readEnvironmentVariable('SENDGRID_API_KEY', '')
param sendGridFromAddress = 'noreply-dev@example.fi'
param sendGridFromName = 'Asiakasmaksut (dev)'

// The welfare area printed on notices (placeholders: replace before a real deployment).
param issuer = {
  name: {
    fi: 'Esimerkin hyvinvointialue (dev)'
    sv: 'Exempels välfärdsområde (dev)'
    en: 'Example Wellbeing Services County (dev)'
  }
  street: 'Esimerkkikatu 1'
  postalCode: '00100'
  city: 'Helsinki'
  businessId: '1234567-8'
  iban: 'FI2112345600000785'
  bic: 'NDEAFIHH'
  phone: '09 123 4567'
  email: 'asiakasmaksut@example.fi'
  rectificationAuthority: {
    fi: 'Yksilöasioiden jaosto'
    sv: 'Sektionen för individärenden'
    en: 'Individual Affairs Division'
  }
  rectificationStreet: 'PL 100'
  rectificationPostalCode: '00101'
  rectificationCity: 'Helsinki'
}

param authClientId = readEnvironmentVariable('AUTH_CLIENT_ID', '00000000-0000-0000-0000-000000000000')
param staffWebAuthClientSecret = readEnvironmentVariable('STAFF_WEB_AUTH_CLIENT_SECRET', '')
param searchPersonalIdentityKey = readEnvironmentVariable('SEARCH_PERSONAL_IDENTITY_KEY', '')
// Static Web Apps is offered in a few regions only (not swedencentral); its content is served from the global edge.
param staticWebAppLocation = 'westeurope'

param enableBlobEventSubscriptions = bool(readEnvironmentVariable('ENABLE_BLOB_EVENT_SUBSCRIPTIONS', 'false'))
param operatorPrincipalId = readEnvironmentVariable('OPERATOR_PRINCIPAL_ID', '')

param storageSkuName = 'Standard_LRS'
param maximumInstanceCount = 40
param instanceMemoryMB = 2048
// Dev vaults are torn down and recreated; purge protection would block reusing the name for 90 days.
param keyVaultEnablePurgeProtection = false
param logRetentionInDays = 30

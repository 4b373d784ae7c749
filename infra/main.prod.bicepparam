// Production environment. Non-secret placeholders: replace them with the county's real values.
// Secrets and per-tenant values come from environment variables, so nothing secret is committed:
//   SENDGRID_API_KEY                 SendGrid API key (empty: the Key Vault secret is left as it is)
//   AUTH_CLIENT_ID                   application (client) ID of the Entra app registration (docs/deploy.md)
//   STAFF_WEB_AUTH_CLIENT_SECRET     its client secret, for the staff web app's sign-in (empty: the Key Vault secret is left as it is)
//   SEARCH_PERSONAL_IDENTITY_KEY     the client search's henkilötunnus hash key, first deployment only (empty: left as it is)
//   ENABLE_BLOB_EVENT_SUBSCRIPTIONS  'true' on the second deployment, after the code is published
using './main.bicep'

param environmentName = 'prod'
param location = 'swedencentral'
param tags = {
  project: 'asiakasmaksu'
  environment: 'prod'
}

param sendGridApiKey = readEnvironmentVariable('SENDGRID_API_KEY', '')
param sendGridFromAddress = 'noreply@example.fi'
param sendGridFromName = 'Asiakasmaksut'

// The welfare area printed on notices (placeholders: replace before a real deployment).
param issuer = {
  name: {
    fi: 'Esimerkin hyvinvointialue'
    sv: 'Exempels välfärdsområde'
    en: 'Example Wellbeing Services County'
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

// Nobody gets blob write access from this template in production; grant it case by case.
param operatorPrincipalId = ''

param storageSkuName = 'Standard_ZRS'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param keyVaultEnablePurgeProtection = true
param logRetentionInDays = 90

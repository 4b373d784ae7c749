// Production environment. Non-secret placeholders: replace them with the county's real values.
// Secrets and per-tenant values come from environment variables, so nothing secret is committed:
//   SENDGRID_API_KEY                 SendGrid API key (empty: the Key Vault secret is left as it is)
//   AUTH_CLIENT_ID                   application (client) ID of the Entra app registration (docs/deploy.md)
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

param creditorName = 'Esimerkin hyvinvointialue'
param creditorIban = 'FI2112345600000785'
param creditorBic = 'NDEAFIHH'

param authClientId = readEnvironmentVariable('AUTH_CLIENT_ID', '00000000-0000-0000-0000-000000000000')

param enableBlobEventSubscriptions = bool(readEnvironmentVariable('ENABLE_BLOB_EVENT_SUBSCRIPTIONS', 'false'))

// Nobody gets blob write access from this template in production; grant it case by case.
param operatorPrincipalId = ''

param storageSkuName = 'Standard_ZRS'
param maximumInstanceCount = 100
param instanceMemoryMB = 2048
param keyVaultEnablePurgeProtection = true
param logRetentionInDays = 90

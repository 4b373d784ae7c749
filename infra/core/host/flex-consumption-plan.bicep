metadata description = 'App Service plan on the Flex Consumption SKU (FC1, Linux).'

@description('Name of the plan.')
param name string

@description('Azure region of the plan (one where Flex Consumption is offered).')
param location string = resourceGroup().location

@description('Tags applied to the plan.')
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    // Linux.
    reserved: true
  }
}

@description('Resource ID of the plan.')
output resourceId string = plan.id

@description('Name of the plan.')
output name string = plan.name

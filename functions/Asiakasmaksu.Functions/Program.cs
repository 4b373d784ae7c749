using Asiakasmaksu.Functions.Composition;
using Asiakasmaksu.Hosting;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The Functions app: ASP.NET Core integration for the staff API, OpenTelemetry to Application
// Insights (with the managed identity: the component accepts Entra ID only), then its services.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
var telemetry = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    var credential = StorageAccess.Credential(builder.Configuration["Asiakasmaksu:Storage:ManagedIdentityClientId"]);
    telemetry.UseAzureMonitorExporter(options => options.Credential = credential);
}

builder.Services.AddFunctionsApp(builder.Configuration, builder.Environment);
await builder.Build().RunAsync().ConfigureAwait(false);

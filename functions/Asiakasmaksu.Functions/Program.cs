using Asiakasmaksu.Functions.Composition;
using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The Functions app: ASP.NET Core integration for the staff API, OpenTelemetry to Application
// Insights (with the managed identity: the component accepts Entra ID only), then the same use cases
// as the local host.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
var telemetry = builder.Services.AddOpenTelemetry().UseFunctionsWorkerDefaults();
if (!string.IsNullOrEmpty(builder.Configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]))
{
    var credential = StorageAccess.Credential(builder.Configuration["Asiakasmaksu:Storage:ManagedIdentityClientId"]);
    telemetry.UseAzureMonitorExporter(options => options.Credential = credential);
}

await builder.AddAsiakasmaksuAsync(CancellationToken.None).ConfigureAwait(false);
await builder.Build().RunAsync().ConfigureAwait(false);

using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Functions.Http;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.StaffApi.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Asiakasmaksu.Functions.Composition;

/// <summary>
/// The Functions app's services: the registrations both hosts share (<see cref="AsiakasmaksuServices"/>,
/// on Azure Storage with the managed identity) and what is the app's own: callers from the Static Web
/// App that serves the staff web app and forwards <c>/api/*</c> to this app (docs/deploy.md), staff notifications as log events, and the staff API handlers built per invocation
/// on the invocation's Durable client.
/// </summary>
public static class FunctionsServices
{
    /// <summary>Registers the app's services from the section <c>Asiakasmaksu</c> of <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddFunctionsApp(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection("Asiakasmaksu");
        services.AddAsiakasmaksu(section, StorageAccess.From(section.GetSection("Storage")), allowExampleIssuer: environment.IsDevelopment());
        services.AddSingleton<ICallerAuthenticator, StaticWebAppsPrincipalAuthenticator>();
        services.AddSingleton<IStaffNotifier, LoggedStaffNotifier>();
        services.AddSingleton<StaffApiHandlersFactory>();
        return services;
    }
}

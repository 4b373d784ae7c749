using Asiakasmaksu.StaffApi.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.StaffApi.Hosting;

/// <summary>
/// A Kestrel host serving only the staff API, its OpenAPI document (/openapi/v1.json) and
/// problem pages: what the API's integration tests and load harness run. The local host adds its
/// scheduler and billing watcher to the same pieces (<see cref="StaffApiServiceCollectionExtensions.AddStaffApi"/>,
/// <see cref="StaffApiProblemPages.UseStaffApiProblems"/>, <see cref="StaffApiRoutes.MapStaffApi"/>).
/// </summary>
public static class StaffApiHost
{
    /// <summary>
    /// Builds the host on <paramref name="url"/> (e.g. <c>http://127.0.0.1:0</c> for a free
    /// loopback port: read it with <see cref="Address"/> after start). <paramref name="addServices"/>
    /// registers the stores, authenticator, clock, rules, notifier and change listener.
    /// </summary>
    public static WebApplication Build(string url, Action<IServiceCollection> addServices, LogLevel minimumLogLevel = LogLevel.Warning)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(StaffApiHost).Assembly.GetName().Name });
        builder.WebHost.UseKestrel(k => k.AddServerHeader = false).UseUrls(url);
        builder.Logging.SetMinimumLevel(minimumLogLevel);
        builder.Services.AddOpenApi();
        builder.Services.AddStaffApi();
        addServices(builder.Services);
        var app = builder.Build();
        app.UseStaffApiProblems();
        app.MapOpenApi();
        app.MapStaffApi();
        return app;
    }

    /// <summary>The address a started host listens on (with the port Kestrel chose for port 0).</summary>
    public static Uri Address(this WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server has no addresses; start it first.");
        return new Uri(addresses.First());
    }
}

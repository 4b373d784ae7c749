using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;

namespace Asiakasmaksu.Local.Serving;

/// <summary>
/// Serves the staff web app (functions/Asiakasmaksu.StaffWeb, Blazor WebAssembly) at <c>/</c>, on the same
/// origin as the staff API, and the local sign-in choices: the keys of <c>Asiakasmaksu:Local:ApiKeys</c>
/// with their staff ids and roles (the local host's own development keys, on loopback).
/// </summary>
internal static class StaffWebServing
{
    /// <summary>The path of the local sign-in choices the app reads.</summary>
    public const string SignInPath = "/local/sign-in";

    /// <summary>
    /// Maps the app's files (from the build output's static web assets manifest, in any environment, so
    /// a plain <c>dotnet build</c> serves it as a published copy does), the sign-in choices, and
    /// <c>index.html</c> for the app's own routes: every path but <c>/api/…</c>, <c>/openapi/…</c> and files.
    /// </summary>
    public static WebApplication MapStaffWebApp(this WebApplication app)
    {
        // The manifests are the local host's own (asiakasmaksu.*), beside its assembly, whatever the process
        // is called: serve's, or a test host's that builds the local host in process.
        var assembly = typeof(StaffWebServing).Assembly;
        var folder = Path.GetDirectoryName(assembly.Location) ?? AppContext.BaseDirectory;
        var endpoints = Path.Combine(folder, $"{assembly.GetName().Name}.staticwebassets.endpoints.json");
        var runtime = Path.Combine(folder, $"{assembly.GetName().Name}.staticwebassets.runtime.json");
        var served = File.Exists(endpoints);
        if (File.Exists(runtime))
        {
            // A build (not a publish): the app's files stay where the build put them, listed by this manifest.
            StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { [WebHostDefaults.StaticWebAssetsKey] = runtime })
                .Build());
        }

        if (served)
        {
            app.MapStaticAssets(endpoints);
        }

        var keys = app.Configuration.GetSection("Asiakasmaksu:Local:ApiKeys").GetChildren()
            .Select(k => new SignInChoice(k["Key"] ?? string.Empty, k["StaffId"] ?? string.Empty, k["Role"] ?? string.Empty))
            .Where(k => k.Key.Length > 0)
            .ToArray();
        app.MapGet(SignInPath, () => Results.Json(keys)).ExcludeFromDescription();
        if (!served)
        {
            return app;
        }

        app.MapFallbackToFile("/", "index.html");
        app.MapFallbackToFile("{*path:regex(^(?!api/|api$|openapi/|local/).*$):nonfile}", "index.html");
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            foreach (var address in addresses)
            {
                Console.WriteLine($"Staff web app: {address.TrimEnd('/')}/ (sign in with a key of Asiakasmaksu:Local:ApiKeys)");
            }
        });
        return app;
    }

    /// <summary>One local key to sign in with.</summary>
    private sealed record SignInChoice(string Key, string StaffId, string Role);
}

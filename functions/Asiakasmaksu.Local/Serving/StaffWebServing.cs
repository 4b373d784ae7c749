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
        StaticWebAssetsLoader.UseStaticWebAssets(app.Environment, app.Configuration);
        app.MapStaticAssets();
        var keys = app.Configuration.GetSection("Asiakasmaksu:Local:ApiKeys").GetChildren()
            .Select(k => new SignInChoice(k["Key"] ?? string.Empty, k["StaffId"] ?? string.Empty, k["Role"] ?? string.Empty))
            .Where(k => k.Key.Length > 0)
            .ToArray();
        app.MapGet(SignInPath, () => Results.Json(keys)).ExcludeFromDescription();
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

using System.Text.Json;
using System.Text.RegularExpressions;

namespace Asiakasmaksu.Adapters.Azurite;

/// <summary>Makes sure the Azurite pinned in the repository's package.json is installed in its node_modules.</summary>
internal static partial class AzuriteInstaller
{
    /// <summary>Azurite's entry script (its package.json's <c>bin.azurite</c>).</summary>
    public static string ScriptPath(string root) =>
        Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>Returns the entry script, first running <c>npm ci</c> under a cross-process lock when it is missing or stale.</summary>
    public static async Task<string> EnsureInstalledAsync(string root, AzuriteOptions options, CancellationToken cancellationToken)
    {
        var pinned = PinnedVersion(root);
        if (IsInstalled(root, pinned))
        {
            return ScriptPath(root);
        }

        using (await InstallLock.AcquireAsync(root, options.InstallTimeout, cancellationToken).ConfigureAwait(false))
        {
            // Another process may have installed it while this one waited.
            if (!IsInstalled(root, pinned))
            {
                await NpmRunner.CiAsync(root, options, cancellationToken).ConfigureAwait(false);
                if (!IsInstalled(root, pinned))
                {
                    throw new InvalidOperationException(
                        $"'npm ci' succeeded in '{root}' but Azurite {pinned} is not at '{ScriptPath(root)}'.");
                }
            }
        }

        return ScriptPath(root);
    }

    /// <summary>
    /// Installed means: the entry script exists, npm finished (it writes node_modules/.package-lock.json last)
    /// and the installed version is the pinned one (when package.json pins an exact version).
    /// </summary>
    internal static bool IsInstalled(string root, string pinned)
    {
        var modules = Path.Combine(root, "node_modules");
        if (!File.Exists(ScriptPath(root)) || !File.Exists(Path.Combine(modules, ".package-lock.json")))
        {
            return false;
        }

        if (!ExactVersion().IsMatch(pinned))
        {
            return true;
        }

        var installed = ReadString(Path.Combine(modules, "azurite", "package.json"), "version");
        return string.Equals(installed, pinned, StringComparison.Ordinal);
    }

    /// <summary>The azurite version in the root package.json's devDependencies (or dependencies).</summary>
    internal static string PinnedVersion(string root)
    {
        var path = Path.Combine(root, "package.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var section in new[] { "devDependencies", "dependencies" })
        {
            if (doc.RootElement.TryGetProperty(section, out var deps) &&
                deps.TryGetProperty("azurite", out var version) &&
                version.ValueKind == JsonValueKind.String)
            {
                return version.GetString()!;
            }
        }

        throw new InvalidOperationException($"'{path}' does not list azurite in devDependencies.");
    }

    private static string? ReadString(string jsonPath, string property)
    {
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(jsonPath));
            return doc.RootElement.TryGetProperty(property, out var value) ? value.GetString() : null;
        }
        catch (Exception e) when (e is IOException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$", RegexOptions.CultureInvariant)]
    private static partial Regex ExactVersion();
}

using System.Text.Json;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.StaffApi.Tests.Docs;

/// <summary>The local host's staff keys as its <c>appsettings.json</c> holds them (docs/staff-api.md, "Calling the local host").</summary>
internal static class LocalHostKeys
{
    /// <summary>Key → who calls with it.</summary>
    public static IReadOnlyDictionary<string, Actor> Read()
    {
        var path = Path.Combine(DocPages.RepositoryRoot, "functions", "Asiakasmaksu.Local", "appsettings.json");
        using var settings = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return settings.RootElement.GetProperty("Asiakasmaksu").GetProperty("Local").GetProperty("ApiKeys").EnumerateArray().ToDictionary(
            k => k.GetProperty("Key").GetString()!,
            k => new Actor(k.GetProperty("StaffId").GetString()!, StaffRoleNames.TryParse(k.GetProperty("Role").GetString()!, out var role) ? role : throw new InvalidDataException("unknown role")),
            StringComparer.Ordinal);
    }
}

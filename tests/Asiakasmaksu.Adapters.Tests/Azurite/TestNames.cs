namespace Asiakasmaksu.Adapters.Tests.Azurite;

/// <summary>Unique table and container names, so tests sharing one Azurite never see each other's data.</summary>
internal static class TestNames
{
    /// <summary>A table name: letters and digits, starting with a letter.</summary>
    public static string Table(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    /// <summary>A container name: lower-case letters, digits and dashes.</summary>
    public static string Container(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..16];
}

using System.Globalization;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// The table of docs/storage.md "Each staff change, as the staff API runs it": one row per
/// operation (<c>| operation | crash points | on Azurite too | lost or doubled |</c>), which the
/// fault-injection tests check against what they ran.
/// </summary>
public static class CrashPointsTable
{
    /// <summary>Every row: operation, crash points, whether it runs on Azurite too.</summary>
    public static IReadOnlyList<(string Operation, int CrashPoints, bool OnAzurite)> Rows()
    {
        var text = DocPages.Text("storage.md");
        var start = text.IndexOf("| operation | crash points | on Azurite too | lost or doubled |", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException("docs/storage.md has no crash points table.");
        }

        return [.. text[start..].Split('\n').Skip(2).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .Select(c => (c[1], int.Parse(c[2], CultureInfo.InvariantCulture), c[3] == "yes"))];
    }

    /// <summary>The row of <paramref name="operation"/>; throws when there is none.</summary>
    public static (string Operation, int CrashPoints, bool OnAzurite) Row(string operation) =>
        Rows().SingleOrDefault(r => r.Operation == operation) is { Operation: not null } row
            ? row
            : throw new InvalidOperationException($"docs/storage.md's crash points table has no row for {operation}.");
}

using System.Globalization;
using Azure;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The opaque concurrency token this store hands out: the header's commit sequence number, event
/// count and wake-up day as loaded, and its ETag (what the commit is conditioned on). The sequence
/// number lets index entries written before a commit be told apart from stale ones (docs/storage.md).
/// </summary>
/// <param name="Seq">Commits so far (1 after creation).</param>
/// <param name="Version">Events so far.</param>
/// <param name="WakeUp">The wake-up day the header held.</param>
/// <param name="ETag">The header's ETag.</param>
internal sealed record StoreToken(long Seq, int Version, DateOnly? WakeUp, ETag ETag)
{
    /// <summary>Reads a token written by <see cref="ToString"/>; null when it is not one.</summary>
    public static StoreToken? Parse(string token)
    {
        var parts = token.Split('.', 4);
        if (parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return null;
        }

        DateOnly? wake = null;
        if (parts[2] != "-")
        {
            if (!DateOnly.TryParseExact(parts[2], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return null;
            }

            wake = day;
        }

        return new StoreToken(seq, version, wake, new ETag(parts[3]));
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Seq}.{Version}.{(WakeUp is { } d ? StorageKeys.Day(d) : "-")}.{ETag}");
}

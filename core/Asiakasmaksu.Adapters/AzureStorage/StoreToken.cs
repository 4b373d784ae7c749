using System.Globalization;
using Azure;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// The opaque concurrency token this store hands out: the header's commit sequence number, event
/// count and wake-up day as loaded, the sequence number its wake-up's schedule entry was written
/// under, and its ETag (what the commit is conditioned on). The sequence numbers let index entries
/// written before a commit be told apart from stale ones, and name the entry a commit that moves the
/// wake-up deletes (docs/storage.md).
/// </summary>
/// <param name="Seq">Commits so far (1 after creation).</param>
/// <param name="Version">Events so far.</param>
/// <param name="WakeUp">The wake-up day the header held.</param>
/// <param name="ETag">The header's ETag.</param>
internal sealed record StoreToken(long Seq, int Version, DateOnly? WakeUp, ETag ETag)
{
    /// <summary>The sequence number the writer of <see cref="WakeUp"/>'s schedule entry started from; null when there is no wake-up or the header does not say (written before it did).</summary>
    public long? WakeSeq { get; init; }

    /// <summary>Reads a token written by <see cref="ToString"/>; null when it is not one.</summary>
    public static StoreToken? Parse(string token)
    {
        var parts = token.Split('.', 5);
        if (parts.Length != 5
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

        long? wakeSeq = null;
        if (parts[3] != "-")
        {
            if (!long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var entrySeq))
            {
                return null;
            }

            wakeSeq = entrySeq;
        }

        return new StoreToken(seq, version, wake, new ETag(parts[4])) { WakeSeq = wakeSeq };
    }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Seq}.{Version}.{(WakeUp is { } d ? StorageKeys.Day(d) : "-")}.{(WakeSeq is { } w ? w.ToString(CultureInfo.InvariantCulture) : "-")}.{ETag}");
}

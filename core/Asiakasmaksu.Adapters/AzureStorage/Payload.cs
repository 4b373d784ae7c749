using System.Globalization;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// JSON text kept in table rows within Table Storage's limits (a string property ≤ 64 KiB, that is
/// 32 768 UTF-16 characters; an entity ≤ 1 MiB). Up to <see cref="InlineChars"/> characters stay in
/// the row itself (property <c>{prefix}0</c>); longer text goes to overflow rows in the same
/// partition, each holding up to <see cref="ChunksPerRow"/> properties of <see cref="ChunkChars"/>
/// characters, written before the row that points to them (<c>{prefix}X</c> = their tag). Overflow rows
/// have a fresh tag every time, so a writer that loses a race never overwrites the winner's.
/// </summary>
internal static class Payload
{
    /// <summary>Text up to this length stays in the row (so that 100 rows of a transaction stay under 4 MB).</summary>
    public const int InlineChars = 16_000;

    /// <summary>Characters per overflow property (60 000 bytes as UTF-16).</summary>
    public const int ChunkChars = 30_000;

    /// <summary>Properties per overflow row (900 000 bytes, under the 1 MiB entity limit).</summary>
    public const int ChunksPerRow = 15;

    /// <summary>Puts <paramref name="json"/> into <paramref name="row"/> under <paramref name="prefix"/>; returns the overflow rows to write first (none when it fits).</summary>
    public static IReadOnlyList<TableEntity> Put(TableEntity row, string prefix, string json, string owner)
    {
        if (json.Length <= InlineChars)
        {
            row[prefix + "0"] = json;
            row[prefix + "N"] = 1;
            return [];
        }

        var tag = Guid.NewGuid().ToString("N");
        var chunks = Split(json);
        var rows = new List<TableEntity>();
        for (var r = 0; r * ChunksPerRow < chunks.Count; r++)
        {
            var overflow = new TableEntity(row.PartitionKey, StorageKeys.Overflow(owner, tag) + r.ToString("D4", CultureInfo.InvariantCulture));
            var part = chunks.Skip(r * ChunksPerRow).Take(ChunksPerRow).ToList();
            for (var i = 0; i < part.Count; i++)
            {
                overflow["J" + i.ToString(CultureInfo.InvariantCulture)] = part[i];
            }

            overflow["JN"] = part.Count;
            rows.Add(overflow);
        }

        row[prefix + "N"] = 0;
        row[prefix + "X"] = tag;
        row[prefix + "XN"] = rows.Count;
        return rows;
    }

    /// <summary>The text kept under <paramref name="prefix"/> in <paramref name="row"/> (reading its overflow rows if any), or null when there is none.</summary>
    public static async Task<string?> GetAsync(TableClient table, TableEntity row, string prefix, string owner, CancellationToken cancellationToken)
    {
        if (row.GetString(prefix + "X") is { Length: > 0 } tag)
        {
            var from = StorageKeys.Overflow(owner, tag);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {row.PartitionKey} and RowKey ge {from} and RowKey lt {StorageKeys.End(from)}");
            var text = new System.Text.StringBuilder();
            var count = 0;
            await foreach (var overflow in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                Append(text, overflow, "J");
                count++;
            }

            return count == row.GetInt32(prefix + "XN")
                ? text.ToString()
                : throw new InvalidOperationException($"Row {row.RowKey} lacks overflow rows of {tag}: the store is damaged.");
        }

        if (row.GetInt32(prefix + "N") is null)
        {
            return null;
        }

        var inline = new System.Text.StringBuilder();
        Append(inline, row, prefix);
        return inline.ToString();
    }

    /// <summary>The text kept under <paramref name="prefix"/> in <paramref name="row"/> itself, or null when it is in overflow rows or there is none.</summary>
    public static string? Inline(TableEntity row, string prefix) =>
        row.GetInt32(prefix + "N") is 1 && row.GetString(prefix + "X") is not { Length: > 0 } ? row.GetString(prefix + "0") : null;

    /// <summary>A rough size of <paramref name="row"/> in a transaction request (strings escaped in JSON), for packing.</summary>
    public static int WireSize(TableEntity row)
    {
        var size = 300 + row.PartitionKey.Length + row.RowKey.Length;
        foreach (var (key, value) in row)
        {
            size += key.Length + 40 + (value is string s ? s.Length + (s.Length / 4) : 32);
        }

        return size;
    }

    private static void Append(System.Text.StringBuilder text, TableEntity row, string prefix)
    {
        var n = row.GetInt32(prefix + "N") ?? 0;
        for (var i = 0; i < n; i++)
        {
            text.Append(row.GetString(prefix + i.ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static List<string> Split(string text)
    {
        var chunks = new List<string>();
        for (var start = 0; start < text.Length;)
        {
            var length = Math.Min(ChunkChars, text.Length - start);
            if (start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--; // never split a surrogate pair: each property must be valid UTF-16
            }

            chunks.Add(text.Substring(start, length));
            start += length;
        }

        return chunks;
    }
}

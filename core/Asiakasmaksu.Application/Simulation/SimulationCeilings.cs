using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Ceiling;

namespace Asiakasmaksu.Application.Simulation;

/// <summary>Writes <c>ceilings.json</c> (docs/simulate.md): one object per ceiling holder and year.</summary>
internal static class SimulationCeilings
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true };

    /// <summary>
    /// <c>[{clientId, year, accrued, freeCardFrom}]</c> for every account, ordered by the holder's id
    /// (ordinal) then year; amounts as strings with two decimals, dates yyyy-mm-dd or null.
    /// </summary>
    public static async Task<int> WriteAsync(string path, ICeilingStore store, CancellationToken cancellationToken)
    {
        var accounts = new List<StoredCeiling>();
        await foreach (var account in store.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            accounts.Add(account);
        }

        accounts.Sort((a, b) => string.CompareOrdinal(a.Key.HolderId, b.Key.HolderId) is var c && c != 0 ? c : a.Key.Year.CompareTo(b.Key.Year));
        await using var file = File.Create(path);
        await using var w = new Utf8JsonWriter(file, Indented);
        w.WriteStartArray();
        foreach (var stored in accounts)
        {
            var account = stored.Account;
            w.WriteStartObject();
            w.WriteString("clientId", stored.Key.HolderId);
            w.WriteNumber("year", stored.Key.Year);
            w.WriteString("accrued", account.Accrued.ToString());
            w.WriteString("freeCardFrom", account.FreeCard?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        await w.FlushAsync(cancellationToken).ConfigureAwait(false);
        return accounts.Count(a => a.Account.FreeCard is not null);
    }
}

using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// A copy of the invoice's events in its header, so that loading an invoice is one point read instead
/// of a read of the header and a range read of its event pages (docs/storage.md, "Events in the
/// header"). The event pages stay what the history is: every commit writes its page, and a commit
/// with events also merges the same events into the header as columns <c>E{first}</c> (JSON) and
/// <c>T{first}</c> (when), in the same transaction. The copy is taken only while it is small (a
/// commit's events up to <see cref="MaxChars"/> characters, the first <see cref="MaxCommits"/>
/// commits: a header holds at most 252 properties and 1 MiB); a history it does not hold whole, and
/// one with audit records pending in the partition, is read from the pages as before.
/// </summary>
internal static class HeaderHistory
{
    /// <summary>Most characters of one commit's events the header takes.</summary>
    public const int MaxChars = 4_000;

    /// <summary>Commits (by sequence number, creation being 1) whose events the header takes: 2 columns each, under 1 MiB in all.</summary>
    public const long MaxCommits = 60;

    /// <summary>The header column that says the partition has held audit records committed with a change.</summary>
    public const string AuditRows = "AuditRows";

    private const string EventsPrefix = "E";
    private const string TimePrefix = "T";

    /// <summary>Adds to <paramref name="header"/> (written by commit <paramref name="seq"/>) the copy of event page <paramref name="page"/> (<see cref="InvoiceRows.EventPage"/>) the same commit writes, when it is small enough.</summary>
    public static void Add(TableEntity header, long seq, TableEntity page)
    {
        if (seq <= MaxCommits
            && Payload.Inline(page, "J") is { Length: <= MaxChars } json
            && page.GetInt32("First") is { } first
            && page.GetDateTimeOffset("RecordedAt") is { } at)
        {
            header[EventsPrefix + Number(first)] = json;
            header[TimePrefix + Number(first)] = at;
        }
    }

    /// <summary>The history the header holds, when it holds all <paramref name="version"/> events and no audit record may be pending; otherwise null.</summary>
    public static IReadOnlyList<StoredEvent>? Read(TableEntity header, int version)
    {
        if (header.GetBoolean(AuditRows) == true)
        {
            return null;
        }

        var history = new List<StoredEvent>(version);
        foreach (var key in header.Keys.Where(IsEventsColumn).Order(StringComparer.Ordinal))
        {
            var first = int.Parse(key.AsSpan(EventsPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            if (first != history.Count + 1 || header.GetDateTimeOffset(TimePrefix + Number(first)) is not { } at)
            {
                return null;
            }

            var events = JsonSerializer.Deserialize<List<InvoiceEvent>>(header.GetString(key) ?? "[]", DomainJson.Options) ?? [];
            history.AddRange(events.Select((e, i) => new StoredEvent(first + i, at, e)));
        }

        return history.Count == version ? history : null;
    }

    private static bool IsEventsColumn(string key) =>
        key.Length == EventsPrefix.Length + 6 && key.StartsWith(EventsPrefix, StringComparison.Ordinal) && key.AsSpan(EventsPrefix.Length).ContainsAnyExceptInRange('0', '9') is false;

    private static string Number(int first) => first.ToString("D6", CultureInfo.InvariantCulture);
}

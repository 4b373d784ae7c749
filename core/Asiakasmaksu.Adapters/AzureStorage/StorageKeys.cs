using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Adapters.AzureStorage;

/// <summary>
/// Partition and row keys of the store (docs/storage.md). Free text (line, client and notice ids)
/// is escaped so that a key never holds a character Table Storage refuses (/ \ # ? and control
/// characters) nor the separator '|': letters, digits, '-', '_' and '.' stay, anything else becomes
/// '~' and four hex digits. Invoice ids (base32 and a dash) stay as they are.
/// </summary>
internal static class StorageKeys
{
    /// <summary>Outbox partitions: notices are spread over this many by a hash of their id.</summary>
    public const int OutboxShards = 16;

    /// <summary>Client and reference index partitions.</summary>
    public const int IndexBuckets = 64;

    /// <summary>The first character after the separator '|' (an exclusive upper bound of a prefix range).</summary>
    public const char AfterSeparator = '}';

    /// <summary>What marks a pointer to an added notice among an invoice's notice rows (<see cref="AddedNoticeRow"/>).</summary>
    private const string AddedMark = "a|";

    /// <summary>The invoice's partition: its batch key.</summary>
    public static string Partition(InvoiceId id) => Escape(InvoiceIdentity.BatchKeyOf(id));

    /// <summary>The header row of an invoice.</summary>
    public static string Header(InvoiceId id) => $"h|{Id(id)}";

    /// <summary>The event page whose first event is <paramref name="first"/>.</summary>
    public static string EventPage(InvoiceId id, int first) => $"e|{Id(id)}|{first.ToString("D6", CultureInfo.InvariantCulture)}";

    /// <summary>The prefix of an invoice's event pages.</summary>
    public static string EventPages(InvoiceId id) => $"e|{Id(id)}|";

    /// <summary>
    /// The row of an audit record committed with a change of the invoice and not yet in the audit log.
    /// Under the event pages' prefix (after every page: digits sort before <c>u</c>), so that loading the
    /// invoice reads the pending ones in the same query.
    /// </summary>
    public static string PendingAuditRow(InvoiceId id, string auditId) => $"e|{Id(id)}|u|{Escape(auditId)}";

    /// <summary>The row of a notice an invoice commit caused.</summary>
    public static string NoticeRow(InvoiceId id, string noticeId) => $"{NoticeRows(id)}{Escape(noticeId)}";

    /// <summary>
    /// The prefix of an invoice's notice rows: those its commits caused and the pointers to the
    /// notices added for it (<see cref="AddedNoticeRow"/>), so that one range read finds both.
    /// </summary>
    public static string NoticeRows(InvoiceId id) => $"n|{Id(id)}|";

    /// <summary>
    /// The pointer to a standalone notice added for an invoice (<c>AddAsync</c> of a notice naming it),
    /// in the invoice's partition, among its notice rows: <c>a|</c> after the prefix, which no notice
    /// row's key has there (an escaped notice id holds no '|').
    /// </summary>
    public static string AddedNoticeRow(InvoiceId id, string noticeId) => $"{NoticeRows(id)}{AddedMark}{Escape(noticeId)}";

    /// <summary>True when <paramref name="rowKey"/>, one of <paramref name="id"/>'s notice rows, is a pointer to a notice added for it.</summary>
    public static bool IsAddedNoticeRow(InvoiceId id, string rowKey) =>
        rowKey.StartsWith(NoticeRows(id) + AddedMark, StringComparison.Ordinal);

    /// <summary>The row in an invoice's partition that records the invoice's readable number.</summary>
    public static string NumberClaim(InvoiceId id) => $"i|{Id(id)}";

    /// <summary>The partition of the invoice-number index (in the reference index's table) that holds <paramref name="invoiceNumber"/>: a block of 100 000 sequence numbers, so one import chunk's numbers share one or two partitions.</summary>
    public static string NumberBlock(string invoiceNumber) =>
        "n" + (Domain.References.InvoiceNumbers.SequenceOf(invoiceNumber) / 100_000).ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The claim of a billing line in its batch's partition.</summary>
    public static string LineClaim(string lineId) => $"l|{Escape(lineId)}";

    /// <summary>The prefix of overflow rows of <paramref name="owner"/> (an invoice id or an escaped notice id) under <paramref name="tag"/>.</summary>
    public static string Overflow(string owner, string tag) => $"x|{owner}|{tag}|";

    /// <summary>The schedule's partition of a day.</summary>
    public static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A schedule entry written by a commit based on sequence <paramref name="baseSeq"/>.</summary>
    public static string ScheduleEntry(InvoiceId id, long baseSeq) => $"{Id(id)}|{baseSeq.ToString("D10", CultureInfo.InvariantCulture)}";

    /// <summary>The client index partition of a client.</summary>
    public static string ClientBucket(string clientId) => Bucket("c", clientId, IndexBuckets);

    /// <summary>The reference index partition of a reference.</summary>
    public static string ReferenceBucket(string reference) => Bucket("r", reference, IndexBuckets);

    /// <summary>The outbox partition of a notice.</summary>
    public static string OutboxShard(string noticeId) => Bucket("o", noticeId, OutboxShards);

    /// <summary>A notice's outbox record.</summary>
    public static string OutboxRecord(string noticeId) => $"r|{Escape(noticeId)}";

    /// <summary>A notice's place in the pending queue: due time first, so a range read finds what is due.</summary>
    public static string QueueEntry(DateTimeOffset nextAttemptAt, string noticeId) => $"q|{Ticks(nextAttemptAt)}|{Escape(noticeId)}";

    /// <summary>The exclusive upper bound of queue entries due at <paramref name="now"/>.</summary>
    public static string QueueDueBefore(DateTimeOffset now) => $"q|{Ticks(now.AddTicks(1))}|";

    /// <summary>A client index row: the client, then the invoice.</summary>
    public static string ClientRow(string clientId, InvoiceId id) => $"{Escape(clientId)}|{Id(id)}";

    /// <summary>The prefix of a client's index rows.</summary>
    public static string ClientRows(string clientId) => $"{Escape(clientId)}|";

    /// <summary>A reference index row: the reference, then the invoice.</summary>
    public static string ReferenceRow(string reference, InvoiceId id) => $"{Escape(reference)}|{Id(id)}";

    /// <summary>The prefix of a reference's index rows.</summary>
    public static string ReferenceRows(string reference) => $"{Escape(reference)}|";

    /// <summary>An invoice id as it appears in keys.</summary>
    public static string Id(InvoiceId id) => Escape(id.Value);

    /// <summary>Escapes free text for a key.</summary>
    public static string Escape(string text)
    {
        var plain = true;
        foreach (var c in text)
        {
            plain &= IsPlain(c);
        }

        if (plain)
        {
            return text;
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (IsPlain(c))
            {
                b.Append(c);
            }
            else
            {
                b.Append('~').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return b.ToString();
    }

    /// <summary>The exclusive upper bound of keys starting with <paramref name="prefix"/>, which ends with '|'.</summary>
    public static string End(string prefix) => prefix[..^1] + AfterSeparator;

    private static bool IsPlain(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_' or '.';

    private static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Bucket(string kind, string text, int buckets)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        var n = ((hash[0] << 8) | hash[1]) % buckets;
        return kind + n.ToString("D2", CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.FeeReductions;

namespace Asiakasmaksu.Application.Paging;

/// <summary>
/// The position keys of the staff API's lists in the in-memory stores and the default paging:
/// strings whose ordinal order is the list's documented order.
/// </summary>
public static class PageKeys
{
    /// <summary>An unmatched payment: booking date, then id.</summary>
    public static string Of(UnmatchedPayment entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return $"{entry.BookingDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}|{entry.Id}";
    }

    /// <summary>A deferral request: when it was made, then id.</summary>
    public static string Of(DeferralRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{Ticks(request.RequestedAt)}|{request.Id}";
    }

    /// <summary>An audit record: its instant, then id.</summary>
    public static string Of(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return $"{Ticks(record.At)}|{record.Id}";
    }

    /// <summary>A fee-reduction decision: when it was decided, then id.</summary>
    public static string Of(FeeReductionDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return $"{Ticks(decision.DecidedAt)}|{decision.Id}";
    }

    /// <summary>An invoice of a client's list: its id.</summary>
    public static string Of(InvoiceSummary invoice)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        return invoice.Id.Value;
    }

    /// <summary>An instant as 19 digits of UTC ticks (sorts as the instants do).</summary>
    public static string Ticks(DateTimeOffset at) => at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture);
}

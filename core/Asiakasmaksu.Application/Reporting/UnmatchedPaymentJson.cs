using System.Globalization;
using System.Text.Json;
using Asiakasmaksu.Application.Payments;

namespace Asiakasmaksu.Application.Reporting;

/// <summary>
/// An unmatched bank payment as one JSON object, the same in simulate's unmatched-payments.json and
/// the staff API (docs/payments.md): <c>{id, paymentId, fileName, amount, isReversal, bookingDate,
/// paidOn, reference, reason, receivedAt, status, allocatedTo, allocatedBy, allocatedAt}</c>; the
/// amount is a string with two decimals, negative for a reversal; <c>allocatedBy</c> is a staff id.
/// </summary>
public static class UnmatchedPaymentJson
{
    /// <summary>Writes <paramref name="e"/>; <paramref name="outcome"/>, when given, comes first (the allocation answer).</summary>
    public static void Write(Utf8JsonWriter w, UnmatchedPayment e, string? outcome = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        w.WriteStartObject();
        if (outcome is not null)
        {
            w.WriteString("outcome", outcome);
        }

        w.WriteString("id", e.Id);
        w.WriteString("paymentId", e.PaymentId);
        w.WriteString("fileName", e.FileName);
        w.WriteString("amount", (e.IsReversal ? -e.Amount : e.Amount).ToString());
        w.WriteBoolean("isReversal", e.IsReversal);
        w.WriteString("bookingDate", Iso(e.BookingDate));
        w.WriteString("paidOn", Iso(e.PaidOn));
        w.WriteString("reference", e.Reference);
        w.WriteString("reason", e.Reason);
        w.WriteString("receivedAt", JsonInstants.Format(e.ReceivedAt));
        w.WriteString("status", e.Status);
        w.WriteString("allocatedTo", e.AllocatedTo?.Value);
        w.WriteString("allocatedBy", e.AllocatedBy?.StaffId);
        w.WriteString("allocatedAt", e.AllocatedAt is { } at ? JsonInstants.Format(at) : null);
        w.WriteEndObject();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Payments;

/// <summary>
/// A bank payment no invoice took: no or unknown reference, a closed invoice, or a reversal.
/// It waits for staff to allocate it to an invoice. Holds no payer name.
/// </summary>
/// <param name="Id">Deterministic from <paramref name="PaymentId"/> (<see cref="IdFor"/>), so a file read twice adds it once.</param>
/// <param name="PaymentId">The id it is recorded under on an invoice ("bank:" + the bank's id).</param>
/// <param name="FileName">The file it came in.</param>
/// <param name="Amount">The amount, above zero.</param>
/// <param name="IsReversal">True when money was taken back (a KTL correction or returned camt credit): staff handle it, it cannot be allocated as a payment.</param>
/// <param name="BookingDate">The day the bank booked it.</param>
/// <param name="PaidOn">The day it counts as paid.</param>
/// <param name="Reference">The reference as the bank wrote it, if any.</param>
/// <param name="Reason">Why no invoice took it.</param>
/// <param name="ReceivedAt">When it was read.</param>
/// <param name="Status">"open" or "allocated".</param>
/// <param name="AllocatedTo">The invoice staff allocated it to.</param>
/// <param name="AllocatedBy">Who allocated it.</param>
/// <param name="AllocatedAt">When.</param>
public sealed record UnmatchedPayment(
    string Id,
    string PaymentId,
    string FileName,
    Money Amount,
    bool IsReversal,
    DateOnly BookingDate,
    DateOnly PaidOn,
    string? Reference,
    string Reason,
    DateTimeOffset ReceivedAt,
    string Status,
    InvoiceId? AllocatedTo,
    Actor? AllocatedBy,
    DateTimeOffset? AllocatedAt)
{
    /// <summary>Status of an entry waiting for staff.</summary>
    public const string Open = "open";

    /// <summary>Status of an entry staff allocated.</summary>
    public const string Allocated = "allocated";

    /// <summary>True while it waits for staff.</summary>
    public bool IsOpen => Status == Open;

    /// <summary>The entry id of a payment id: the first 10 bytes of its SHA-256 in lower-case hex (safe as a table key).</summary>
    public static string IdFor(string paymentId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(paymentId)).AsSpan(0, 10));
}

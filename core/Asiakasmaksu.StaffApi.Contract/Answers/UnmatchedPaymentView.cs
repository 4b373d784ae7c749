using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>A bank payment no invoice took (docs/payments.md); <see cref="Outcome"/> only in the allocation's answer.</summary>
/// <param name="Outcome">allocated or already_allocated; left out of lists.</param>
/// <param name="Id">The entry's id.</param>
/// <param name="PaymentId">The bank's id of the payment.</param>
/// <param name="FileName">The bank file it came in.</param>
/// <param name="Amount">Euros, negative for a reversal.</param>
/// <param name="IsReversal">True for a reversal.</param>
/// <param name="BookingDate">The booking date.</param>
/// <param name="PaidOn">The payment date.</param>
/// <param name="Reference">The reference it carried, or null.</param>
/// <param name="Reason">Why no invoice took it.</param>
/// <param name="ReceivedAt">When the file was read.</param>
/// <param name="Status">open or allocated.</param>
/// <param name="AllocatedTo">The invoice it was allocated to.</param>
/// <param name="AllocatedBy">Who allocated it.</param>
/// <param name="AllocatedAt">When.</param>
public sealed record UnmatchedPaymentView(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Outcome,
    string Id,
    string PaymentId,
    string FileName,
    string Amount,
    bool IsReversal,
    DateOnly BookingDate,
    DateOnly PaidOn,
    string? Reference,
    string Reason,
    string ReceivedAt,
    string Status,
    string? AllocatedTo,
    string? AllocatedBy,
    string? AllocatedAt);

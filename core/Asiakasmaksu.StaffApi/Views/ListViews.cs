using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Reporting;
using Asiakasmaksu.StaffApi.Contract.Answers;

namespace Asiakasmaksu.StaffApi.Views;

/// <summary>Deferral requests, unmatched bank payments and audit records in the contract's records.</summary>
internal static class ListViews
{
    /// <summary>A deferral request.</summary>
    public static DeferralRequestView Request(DeferralRequest r) => new(
        r.Id,
        r.InvoiceId.Value,
        r.NewDueDate,
        r.Status,
        r.Reason,
        r.Requester.StaffId,
        JsonInstants.Format(r.RequestedAt),
        r.ExpiresOn,
        r.Decider?.StaffId,
        r.DecidedAt is { } decided ? JsonInstants.Format(decided) : null,
        r.Note);

    /// <summary>An unmatched bank payment; <paramref name="outcome"/> only in the allocation's answer.</summary>
    public static UnmatchedPaymentView Payment(UnmatchedPayment e, string? outcome = null) => new(
        outcome,
        e.Id,
        e.PaymentId,
        e.FileName,
        (e.IsReversal ? -e.Amount : e.Amount).ToString(),
        e.IsReversal,
        e.BookingDate,
        e.PaidOn,
        e.Reference,
        e.Reason,
        JsonInstants.Format(e.ReceivedAt),
        e.Status,
        e.AllocatedTo?.Value,
        e.AllocatedBy?.StaffId,
        e.AllocatedAt is { } at ? JsonInstants.Format(at) : null);

    /// <summary>An audit record.</summary>
    public static AuditRecordView Audit(AuditRecord r) => new(
        r.Id,
        JsonInstants.Format(r.At),
        r.StaffId,
        r.Role,
        r.Action,
        r.InvoiceId,
        r.ClientId,
        r.Outcome,
        r.Why,
        r.RefusalReason,
        r.Before,
        r.After,
        r.Details);
}

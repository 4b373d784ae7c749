using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Http;
using Asiakasmaksu.StaffApi.Views;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

public sealed partial class StaffApiHandlers
{
    /// <summary>GET /api/payments/unmatched?status=open|allocated&amp;limit=&amp;continuation=: a page of the bank payments no invoice took (all when no status), by booking date. Every role may read.</summary>
    public Task<IResult> ListUnmatchedPaymentsAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        if (services.UnmatchedPayments is not { } store)
        {
            return Problems.Unavailable("bank payments are not configured on this host");
        }

        var status = context.Request.Query["status"].ToString();
        if (status.Length > 0 && status is not (UnmatchedPayment.Open or UnmatchedPayment.Allocated))
        {
            throw new BadRequest("status", "status must be open or allocated.");
        }

        var filter = status.Length == 0 ? null : status;
        var query = ListQuery.Read(context.Request, "unmatched-payments", filter);
        var page = await store.ListPageAsync(filter, query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, entry => ListViews.Payment(entry), StaffApiJson.Default.PageUnmatchedPaymentView);
    });

    /// <summary>
    /// POST /api/payments/unmatched/{paymentId}/allocate {invoiceId, reason?}: records the payment on
    /// the invoice (audited, idempotent by the payment's own id) and marks the entry allocated. Any
    /// staff role but the auditor; allocating again to the same invoice answers 200 "already_allocated".
    /// </summary>
    public Task<IResult> AllocateUnmatchedPaymentAsync(HttpContext context, string paymentId) => ChangeAsync(context, new("allocate_unmatched_payment", PaymentId: paymentId), BodyReader.Allocation, async (caller, body, _) =>
    {
        if (services.UnmatchedPayments is not { } store)
        {
            return Change.None(Problems.Unavailable("bank payments are not configured on this host"));
        }

        var invoiceId = new InvoiceId(body.InvoiceId);
        var stamp = Stamp(caller, body.Reason ?? $"unmatched bank payment {paymentId} allocated by staff");
        var result = await new AllocateUnmatchedPayment(store, services.Staff).RunAsync(paymentId, invoiceId, stamp, context.RequestAborted).ConfigureAwait(false);
        IReadOnlyList<InvoiceId> changed = result.Staff?.Outcome is CommandOutcome.Applied ? [invoiceId] : [];
        return result.Status switch
        {
            AllocationStatus.Allocated => new Change(ApiJson.Ok(ListViews.Payment(result.Entry!, "allocated"), StaffApiJson.Default.UnmatchedPaymentView), changed),
            AllocationStatus.AlreadyAllocated => new Change(ApiJson.Ok(ListViews.Payment(result.Entry!, "already_allocated"), StaffApiJson.Default.UnmatchedPaymentView), changed),
            AllocationStatus.NotFound => Change.None(Problems.NotFound($"no unmatched payment {Clip(paymentId)}")),
            AllocationStatus.Refused => new Change(
                result.Staff?.Outcome switch
                {
                    CommandOutcome.Refused { Kind: RefusalKind.NotAllowed } r => Problems.Forbidden(r.Reason),
                    CommandOutcome.NotFound => Problems.NotFound($"no invoice {Clip(invoiceId.Value)}"),
                    _ => Problems.Conflict(result.Reason!),
                },
                []),
            _ => new Change(Problems.Conflict(result.Reason ?? "another change was made at the same time; try again"), changed),
        };
    });
}

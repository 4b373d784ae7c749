using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Http;
using Microsoft.AspNetCore.Http;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// Work queues beside the lists the API already has (pending deferral requests, open unmatched
/// payments): invoices that reach enforcement within some days, and rectification claims awaiting
/// decision.
/// </summary>
public sealed partial class StaffApiHandlers
{
    /// <summary>How far back the audit is read for claims still awaiting decision.</summary>
    private const int ClaimLookBackDays = 400;

    /// <summary>
    /// GET /api/work/enforcement?days=: open invoices whose next step, within <c>days</c> (1–31,
    /// default 7) from today, is the transfer to enforcement, by that day. Read from the wake-up
    /// schedule of those days, so its cost grows with the invoices that wake up in them.
    /// </summary>
    public Task<IResult> ListReachingEnforcementAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var days = context.Request.Query["days"].ToString() is { Length: > 0 } text
            ? int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31 ? d : throw new BadRequest("days", "days must be a whole number from 1 to 31 (default 7).")
            : 7;
        var query = ListQuery.Read(context.Request, "reaching-enforcement", days.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var today = services.Clock.Today();
        var through = today.AddDays(days);
        var found = new List<QueuedInvoice>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var wake in services.Store.DueForWakeUpAsync(through, context.RequestAborted).ConfigureAwait(false))
        {
            if (!seen.Add(wake.Id.Value) || await services.Store.LoadAsync(wake.Id, context.RequestAborted).ConfigureAwait(false) is not { State: OpenInvoice open })
            {
                continue;
            }

            if (CollectionSchedule.NextStep(open, services.Rules) is { Kind: StepKind.TransferToEnforcement } step && step.FirstRunFrom(today) is var day && day <= through)
            {
                found.Add(new QueuedInvoice(open.Facts.Id.Value, open.Facts.ClientId, open.Stage.Name, InvoiceDecider.LedgerOn(open, today, services.Rules).Total.ToString(), day, null, null));
            }
        }

        var page = await Pages.SortAndTakeAsync(found.ToAsyncEnumerable(), q => $"{q.Date:yyyyMMdd}|{q.InvoiceId}", query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, q => q, StaffApiJson.Default.PageQueuedInvoice);
    });

    /// <summary>
    /// GET /api/work/rectification-claims: open invoices with a rectification claim awaiting decision,
    /// oldest claim first. Found through the audit's claims of the last 400 days, each checked on its invoice.
    /// </summary>
    public Task<IResult> ListPendingClaimsAsync(HttpContext context) => ReadAsync(context, async _ =>
    {
        var query = ListQuery.Read(context.Request, "pending-claims");
        var today = services.Clock.Today();
        var from = Application.Time.BusinessTime.StartOf(today.AddDays(-ClaimLookBackDays));
        var invoices = new HashSet<string>(StringComparer.Ordinal);
        PageRequest? next = PageRequest.First(PageRequest.MaxLimit);
        while (next is not null)
        {
            var records = await services.Audit.QueryPageAsync(new AuditQuery(null, null, from, null), next, context.RequestAborted).ConfigureAwait(false);
            foreach (var r in records.Items.Where(r => r is { Action: "rectification_claim", Outcome: "applied", InvoiceId: not null }))
            {
                invoices.Add(r.InvoiceId!);
            }

            next = records.Next is { } position ? new PageRequest(position, PageRequest.MaxLimit) : null;
        }

        var found = new List<QueuedInvoice>();
        foreach (var id in invoices)
        {
            if (await services.Store.LoadAsync(new InvoiceId(id), context.RequestAborted).ConfigureAwait(false) is { State: OpenInvoice { PendingClaim: { } claim } open })
            {
                found.Add(new QueuedInvoice(id, open.Facts.ClientId, open.Stage.Name, InvoiceDecider.LedgerOn(open, today, services.Rules).Total.ToString(), claim.ReceivedOn, claim.ClaimId, claim.WithinTimeLimit));
            }
        }

        var page = await Pages.SortAndTakeAsync(found.ToAsyncEnumerable(), q => $"{q.Date:yyyyMMdd}|{q.InvoiceId}", query.Page, context.RequestAborted).ConfigureAwait(false);
        return query.Answer(page, q => q, StaffApiJson.Default.PageQueuedInvoice);
    });
}

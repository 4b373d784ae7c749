using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Allocates a bank payment no invoice took (from the work queue): the invoice is found by its reference or id
/// (the API's search, by POST), picked, shown with what it owes today, and confirmed. Sent as
/// <see cref="RequestForm"/> sends; the API answers the entry after it.
/// </summary>
public sealed partial class Allocation : RequestForm
{
    private bool loaded;
    private UnmatchedPaymentView? payment;
    private ApiResult<Page<UnmatchedPaymentView>>? loadFailure;
    private List<SearchHitView>? hits;
    private IApiResult? searchFailure;
    private InvoiceDetails? chosen;
    private string? outcome;
    private string query = string.Empty;
    private string reason = string.Empty;

    /// <summary>The unmatched payment's entry id.</summary>
    [Parameter] public string EntryId { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        string? continuation = null;
        do
        {
            var page = await Api.UnmatchedPaymentPageAsync(continuation);
            if (!page.Ok)
            {
                loadFailure = page;
                return;
            }

            payment = page.Value!.Items.FirstOrDefault(p => p.Id == EntryId);
            continuation = payment is null ? page.Value.Continuation : null;
        }
        while (continuation is not null);

        query = payment?.Reference ?? string.Empty;
        loaded = true;
    }

    private async Task SearchAsync()
    {
        (Refusal, searchFailure, chosen, hits) = (null, null, null, null);
        if (string.IsNullOrWhiteSpace(query))
        {
            Errors = [new FieldError("q", T["Allocate.QueryMissing"])];
            return;
        }

        Errors = [];
        Busy = true;
        try
        {
            var found = await Api.SearchAsync(query.Trim());
            // Only a successful answer with no hits is "no invoice found": a 400 is the field's error, any other failure its problem.
            if (found.Status == 400 && found.Problem is { } problem)
            {
                Errors = [new FieldError("q", T.ApiLead(400), problem.Detail)];
                return;
            }

            if (!found.Ok)
            {
                searchFailure = found;
                return;
            }

            hits = [.. found.Value!.Items.Where(h => h.InvoiceId is not null).DistinctBy(h => h.InvoiceId)];
            if (hits.Count == 1)
            {
                await ChooseAsync(hits[0].InvoiceId!);
            }
        }
        finally
        {
            Busy = false;
        }
    }

    private async Task ChooseAsync(string invoiceId)
    {
        Refusal = null;
        var read = await Api.InvoiceAsync(invoiceId);
        chosen = read.Ok ? read.Value : null;
    }

    private async Task AllocateAsync()
    {
        if (chosen is null || payment is null)
        {
            return;
        }

        var body = new AllocationBody(chosen.InvoiceId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await SendAsync(body, key => Api.AllocateAsync(EntryId, body, key), async allocated =>
        {
            payment = allocated;
            var after = await Api.InvoiceAsync(body.InvoiceId);
            var balance = after.Ok ? T.Money(after.Value!.BalanceToday.Total) : "–";
            outcome = T.Format("Allocate.DoneText", T.Money(payment.Amount), payment.AllocatedTo, payment.AllocatedBy, balance);
        });
    }
}

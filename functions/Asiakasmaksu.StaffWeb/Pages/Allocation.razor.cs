using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Allocates a bank payment no invoice took (from the work queue): the invoice is found by its reference or id
/// (the API's search, by POST), picked, shown with what it owes today, and confirmed. Sent with an
/// Idempotency-Key kept for retries of the same allocation; the API answers the entry after it.
/// </summary>
public sealed partial class Allocation
{
    private readonly ChangeKey key = new();
    private bool loaded;
    private UnmatchedPaymentView? payment;
    private ApiResult<Page<UnmatchedPaymentView>>? loadFailure;
    private List<SearchHitView>? hits;
    private InvoiceDetails? chosen;
    private ApiResult<UnmatchedPaymentView>? refusal;
    private string? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private string query = string.Empty;
    private string reason = string.Empty;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

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

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (focusOutcome)
        {
            focusOutcome = false;
            await outcomeBox.FocusAsync();
        }
    }

    private async Task SearchAsync()
    {
        (refusal, chosen, hits) = (null, null, null);
        if (string.IsNullOrWhiteSpace(query))
        {
            errors = [new FieldError("q", T["Allocate.QueryMissing"])];
            return;
        }

        errors = [];
        busy = true;
        try
        {
            var found = await Api.SearchAsync(query.Trim());
            if (!found.Ok)
            {
                errors = [new FieldError("q", found.Problem?.Detail ?? T["Allocate.NoHits"])];
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
            busy = false;
        }
    }

    private async Task ChooseAsync(string invoiceId)
    {
        refusal = null;
        var read = await Api.InvoiceAsync(invoiceId);
        chosen = read.Ok ? read.Value : null;
    }

    private async Task AllocateAsync()
    {
        if (chosen is null || payment is null)
        {
            return;
        }

        refusal = null;
        var body = new AllocationBody(chosen.InvoiceId, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        busy = true;
        try
        {
            var sent = await Api.AllocateAsync(EntryId, body, key.For(body.ToString()));
            if (sent.Ok)
            {
                payment = sent.Value!;
                var after = await Api.InvoiceAsync(chosen.InvoiceId);
                var balance = after.Ok ? T.Money(after.Value!.BalanceToday.Total) : "–";
                (outcome, focusOutcome) = (T.Format("Allocate.DoneText", T.Money(payment.Amount), payment.AllocatedTo, payment.AllocatedBy, balance), true);
                return;
            }

            refusal = sent;
        }
        finally
        {
            busy = false;
        }
    }

    private string? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

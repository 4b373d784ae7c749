using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The estate write-off of a deceased client whose estate inventory (perunkirjoitus) shows no assets: the
/// client's open invoices are listed with what each owes today before confirming; the API starts the estate
/// write-off workflow (202), which writes off every open invoice and sends the estate one confirmation. Sent
/// with an Idempotency-Key kept for retries of the same request (the API ignores If-Match here: it changes
/// every open invoice of the client, not one read version).
/// </summary>
public sealed partial class EstateWriteOff
{
    private readonly ChangeKey key = new();
    private List<InvoiceDetails>? open;
    private object? failedLoad;
    private ApiResult<EstateWriteOffStarted>? refusal;
    private string? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private string dateText = string.Empty;
    private string note = string.Empty;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The deceased client.</summary>
    [Parameter] public string ClientId { get; set; } = string.Empty;

    private (int Status, Problem? Problem)? LoadFailure => failedLoad switch
    {
        ApiResult<Page<InvoiceListItem>> r => (r.Status, r.Problem),
        ApiResult<InvoiceDetails> r => (r.Status, r.Problem),
        _ => null,
    };

    private string Total => FormValues.Api(open?.Sum(i => decimal.Parse(i.BalanceToday.Total, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) ?? 0m);

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var list = new List<InvoiceListItem>();
        string? continuation = null;
        do
        {
            var page = await Api.OpenInvoicesAsync(ClientId, continuation);
            if (!page.Ok)
            {
                failedLoad = page;
                return;
            }

            list.AddRange(page.Value!.Items);
            continuation = page.Value.Continuation;
        }
        while (continuation is not null);

        // What each owes today (with interest to today) is on the invoice itself, read side by side.
        var read = await Task.WhenAll(list.Select(i => Api.InvoiceAsync(i.InvoiceId)));
        if (read.FirstOrDefault(r => !r.Ok) is { } failed)
        {
            failedLoad = failed;
            return;
        }

        open = [.. read.Select(r => r.Value!).Where(i => i.Status == "open")];
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

    private async Task SubmitAsync()
    {
        refusal = null;
        var found = new List<FieldError>();
        var date = FormValues.Date(dateText);
        if (date is null)
        {
            found.Add(new FieldError("inventoryDate", T["Deferral.DateFormat"]));
        }
        else if (Session.Today is { } today && date > today)
        {
            found.Add(new FieldError("inventoryDate", T.Format("Estate.Future", Texts.Date(today))));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            found.Add(new FieldError("note", T["Estate.NoteMissing"]));
        }

        errors = found;
        if (found.Count > 0)
        {
            return;
        }

        var body = new EstateWriteOffBody(date!.Value, note.Trim());
        busy = true;
        try
        {
            var sent = await Api.WriteOffEstateAsync(ClientId, body, key.For(body.ToString()));
            if (sent.Ok)
            {
                (outcome, errors, focusOutcome) = (T.Format("Estate.StartedText", sent.Value!.OpenInvoices, Texts.Date(body.InventoryDate)), [], true);
                return;
            }

            if (sent.Status == 400 && sent.Problem?.Field is "inventoryDate" or "note")
            {
                errors = [new FieldError(sent.Problem.Field, sent.Problem.Detail)];
            }
            else
            {
                refusal = sent;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private string? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

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
/// as <see cref="RequestForm"/> sends (the API ignores If-Match here: it changes every open invoice of the
/// client, not one read version).
/// </summary>
public sealed partial class EstateWriteOff : RequestForm
{
    private List<InvoiceDetails>? open;
    private object? failedLoad;
    private string? outcome;
    private string dateText = string.Empty;
    private string note = string.Empty;

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

    private async Task SubmitAsync()
    {
        Refusal = null;
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

        Errors = found;
        if (found.Count > 0)
        {
            return;
        }

        var body = new EstateWriteOffBody(date!.Value, note.Trim());
        await SendAsync(body, key => Api.WriteOffEstateAsync(ClientId, body, key), started =>
            outcome = T.Format("Estate.StartedText", started.OpenInvoices, Texts.Date(body.InventoryDate)), "inventoryDate", "note");
    }
}

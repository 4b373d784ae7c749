using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Records a payment made at the cash desk or a transfer the bank file missed: the amount (euros, a
/// comma or a point, at most two decimals), the day it was paid and an optional reference. Sent with an
/// Idempotency-Key kept for retries of the same payment and If-Match with the version read.
/// </summary>
public sealed partial class Payment
{
    private InvoiceDetails? invoice;
    private object? loadFailure;
    private object? refusal;
    private InvoiceStateView? conflict;
    private string? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private string amountText = string.Empty;
    private string paidOnText = string.Empty;
    private string reference = string.Empty;
    private int version;
    private string? idempotencyKey;
    private string? keyFor;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The invoice paid.</summary>
    [Parameter] public string InvoiceId { get; set; } = string.Empty;

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (!read.Ok)
        {
            loadFailure = read;
            return;
        }

        (invoice, version) = (read.Value!, read.Value!.Version);
        paidOnText = Session.Today is { } today ? Texts.Date(today) : string.Empty;
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
        var amount = ParseAmount(amountText);
        if (amount is null)
        {
            found.Add(new FieldError("amount", T["Payment.AmountError"]));
        }

        var paidOn = DateOnly.TryParseExact(paidOnText.Trim(), ["d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        if (paidOn is null)
        {
            found.Add(new FieldError("paidOn", T["Deferral.DateFormat"]));
        }
        else if (Session.Today is { } today && paidOn > today)
        {
            found.Add(new FieldError("paidOn", T.Format("Payment.PaidOnFuture", Texts.Date(today))));
        }

        errors = found;
        if (found.Count > 0)
        {
            return;
        }

        var body = new PaymentBody(amount!.Value, paidOn!.Value, string.IsNullOrWhiteSpace(reference) ? null : reference.Trim());
        var what = $"{body}|{version}";
        if (keyFor != what)
        {
            (idempotencyKey, keyFor) = (Guid.NewGuid().ToString(), what);
        }

        busy = true;
        try
        {
            var sent = await Api.PayAsync(InvoiceId, body, version, idempotencyKey!);
            if (sent.Ok)
            {
                var state = sent.Value!.Invoice;
                (outcome, conflict, errors, focusOutcome) = (T.Format("Payment.AppliedText", T.Money(amount.Value.ToString("0.00", CultureInfo.InvariantCulture)), T.Money(state.Total), T.Code("Status", state.Status)), null, [], true);
                return;
            }

            conflict = sent.Status == 409 ? sent.Problem?.Current : null;
            if (conflict is null && sent.Status == 400 && sent.Problem?.Field is "amount" or "paidOn" or "reference")
            {
                errors = [new FieldError(sent.Problem.Field, T.ApiLead(400), sent.Problem.Detail)];
            }
            else if (conflict is null)
            {
                refusal = sent;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private async Task RetryOnNewStateAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (read.Ok)
        {
            (invoice, version) = (read.Value!, read.Value!.Version);
        }

        conflict = null;
        await SubmitAsync();
    }

    private FieldError? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field);

    /// <summary>Euros with a comma or a point and at most two decimals, above zero.</summary>
    private static decimal? ParseAmount(string text)
    {
        var t = text.Trim().Replace(" ", string.Empty, StringComparison.Ordinal).Replace("€", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a) && a > 0 && decimal.Round(a, 2) == a ? a : null;
    }
}

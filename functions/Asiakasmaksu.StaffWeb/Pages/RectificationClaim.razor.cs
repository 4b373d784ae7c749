using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Records a rectification claim (oikaisuvaatimus, 734/1992 15 §): the day it arrived and a note. The time
/// limit is shown before sending, counted as the domain counts it (<see cref="InvoiceRules"/>: the claim period
/// from the presumed notification after the invoice date); a late claim is recorded too, marked late. Sent with
/// an Idempotency-Key kept for retries of the same claim and If-Match with the version read.
/// </summary>
public sealed partial class RectificationClaim
{
    private readonly InvoiceRules rules = InvoiceRules.Default(DefaultTariffs.Load());
    private readonly ChangeKey key = new();
    private InvoiceDetails? invoice;
    private ApiResult<InvoiceDetails>? loadFailure;
    private ApiResult<ClaimChangeAnswer>? refusal;
    private InvoiceStateView? conflict;
    private string? conflictDetail;
    private string? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private DateOnly notified;
    private DateOnly deadline;
    private string receivedText = string.Empty;
    private string note = string.Empty;
    private int version;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The invoice the claim is about.</summary>
    [Parameter] public string InvoiceId { get; set; } = string.Empty;

    /// <summary>The helper text under the date: the format, and whether the day typed is within the time limit.</summary>
    private string ReceivedHelp => FormValues.Date(receivedText) is { } d && invoice is not null && d >= invoice.InvoiceDate
        ? T["Payment.PaidOnHelp"] + " " + (d <= deadline ? T["Claim.Within"] : T.Format("Claim.Late", Texts.Date(deadline)))
        : T["Payment.PaidOnHelp"];

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        var read = await Api.InvoiceAsync(InvoiceId);
        if (!read.Ok)
        {
            loadFailure = read;
            return;
        }

        Show(read.Value!);
        receivedText = Session.Today is { } today ? Texts.Date(today) : string.Empty;
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

    private void Show(InvoiceDetails details)
    {
        (invoice, version) = (details, details.Version);
        notified = details.InvoiceDate.AddDays(rules.PresumedNotificationDays);
        deadline = notified.AddDays(rules.RectificationPeriodDays);
    }

    private async Task SubmitAsync()
    {
        refusal = null;
        var found = new List<FieldError>();
        var received = FormValues.Date(receivedText);
        if (received is null)
        {
            found.Add(new FieldError("receivedOn", T["Deferral.DateFormat"]));
        }
        else if (Session.Today is { } today && received > today)
        {
            found.Add(new FieldError("receivedOn", T.Format("Claim.Future", Texts.Date(today))));
        }
        else if (received < invoice!.InvoiceDate)
        {
            found.Add(new FieldError("receivedOn", T.Format("Claim.BeforeInvoice", Texts.Date(invoice.InvoiceDate))));
        }

        errors = found;
        if (found.Count > 0)
        {
            return;
        }

        var body = new RectificationClaimBody(received!.Value, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        busy = true;
        try
        {
            var sent = await Api.ReceiveClaimAsync(InvoiceId, body, version, key.For($"{body}|{version}"));
            if (sent.Ok)
            {
                var answer = sent.Value!;
                var late = body.ReceivedOn > deadline;
                outcome = T.Format(late ? "Claim.RecordedLate" : "Claim.RecordedText", answer.ClaimId, Texts.Date(body.ReceivedOn));
                (conflict, errors, focusOutcome) = (null, [], true);
                return;
            }

            conflict = sent.Status == 409 ? sent.Problem?.Current : null;
            conflictDetail = sent.Problem?.Detail;
            if (conflict is null && sent.Status == 400 && sent.Problem?.Field is "receivedOn" or "note")
            {
                errors = [new FieldError(sent.Problem.Field, sent.Problem.Detail)];
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
            Show(read.Value!);
        }

        conflict = null;
        if (invoice?.PendingClaim is null && invoice?.Status == "open")
        {
            await SubmitAsync();
        }
    }

    private string? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field)?.Message;
}

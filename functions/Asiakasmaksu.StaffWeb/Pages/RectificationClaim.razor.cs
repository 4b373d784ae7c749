using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// Records a rectification claim (oikaisuvaatimus, 734/1992 15 §): the day it arrived and a note. The time
/// limit is shown before sending, counted as the domain counts it (<see cref="InvoiceRules"/>: the claim period
/// from the presumed notification after the invoice date); a late claim is recorded too, marked late. Sent as
/// <see cref="ChangeForm"/> sends; a retry on the invoice's new state is sent only while it can still take a claim.
/// </summary>
public sealed partial class RectificationClaim : ChangeForm
{
    private readonly InvoiceRules rules = InvoiceRules.Default(DefaultTariffs.Load());
    private DateOnly notified;
    private DateOnly deadline;
    private string receivedText = string.Empty;
    private string note = string.Empty;

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> Fields => ["receivedOn", "note"];

    /// <summary>Whether the invoice can take a claim: open, with none pending.</summary>
    private bool TakesClaim => Invoice is { PendingClaim: null, Status: "open" };

    /// <summary>The helper text under the date: the format, and whether the day typed is within the time limit.</summary>
    private string ReceivedHelp => FormValues.Date(receivedText) is { } d && Invoice is not null && d >= Invoice.InvoiceDate
        ? T["Payment.PaidOnHelp"] + " " + (d <= deadline ? T["Claim.Within"] : T.Format("Claim.Late", Texts.Date(deadline)))
        : T["Payment.PaidOnHelp"];

    /// <inheritdoc />
    protected override async Task LoadAsync()
    {
        await base.LoadAsync();
        if (Invoice is not null)
        {
            receivedText = Session.Today is { } today ? Texts.Date(today) : string.Empty;
        }
    }

    /// <inheritdoc />
    protected override void Show(InvoiceDetails details)
    {
        base.Show(details);
        notified = details.InvoiceDate.AddDays(rules.PresumedNotificationDays);
        deadline = notified.AddDays(rules.RectificationPeriodDays);
    }

    /// <inheritdoc />
    protected override Task SubmitAsync()
    {
        if (!TakesClaim)
        {
            return Task.CompletedTask;
        }

        var received = FormValues.Date(receivedText);
        var body = new RectificationClaimBody(received ?? default, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return SendAsync(body.ToString(), (key, version) => Api.ReceiveClaimAsync(InvoiceId, body, version, key), answer =>
            (T["Claim.RecordedTitle"], T.Format(body.ReceivedOn > deadline ? "Claim.RecordedLate" : "Claim.RecordedText", answer.ClaimId, Texts.Date(body.ReceivedOn))));
    }

    /// <inheritdoc />
    protected override List<FieldError> Validate()
    {
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
        else if (received < Invoice!.InvoiceDate)
        {
            found.Add(new FieldError("receivedOn", T.Format("Claim.BeforeInvoice", Texts.Date(Invoice.InvoiceDate))));
        }

        return found;
    }
}

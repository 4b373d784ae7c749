using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;
using Microsoft.AspNetCore.Components;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The decision on an invoice's pending rectification claim (a supervisor or director): accept with a new,
/// lower amount, accept and cancel the invoice, or reject. What each choice does is shown before sending; a
/// team member sees why they cannot decide. Sent with an Idempotency-Key kept for retries and If-Match with
/// the version read; a 409 shows the new state and offers to send again on it.
/// </summary>
public sealed partial class RectificationDecision
{
    private readonly ChangeKey key = new();
    private InvoiceDetails? invoice;
    private PendingClaim? claim;
    private ApiResult<InvoiceDetails>? loadFailure;
    private ApiResult<ChangeAnswer>? refusal;
    private InvoiceStateView? conflict;
    private string? conflictDetail;
    private string? outcome;
    private ElementReference outcomeBox;
    private bool focusOutcome;
    private string? choice;
    private string amountText = string.Empty;
    private string note = string.Empty;
    private int version;
    private bool busy;
    private IReadOnlyList<FieldError> errors = [];

    /// <summary>The invoice whose claim is decided.</summary>
    [Parameter] public string InvoiceId { get; set; } = string.Empty;

    private bool MayDecide => Session.Role is "supervisor" or "director";

    private IEnumerable<(string Value, string Label)> Choices =>
    [
        ("amount", T["Decision.AcceptAmount"]),
        ("cancel", T["Decision.AcceptCancel"]),
        ("reject", T["Decision.Reject"]),
    ];

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

    private void Show(InvoiceDetails details) => (invoice, version, claim) = (details, details.Version, details.PendingClaim);

    private async Task SubmitAsync()
    {
        refusal = null;
        var found = new List<FieldError>();
        decimal? amount = null;
        if (choice is null)
        {
            found.Add(new FieldError("choice-amount", T["Decision.ChoiceMissing"]));
        }
        else if (choice == "amount")
        {
            amount = FormValues.Euros(amountText);
            var current = decimal.Parse(invoice!.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (amount is null || amount >= current)
            {
                found.Add(new FieldError("newAmount", T.Format("Decision.AmountError", T.Money(invoice.Amount))));
            }
        }

        errors = found;
        if (found.Count > 0 || claim is null)
        {
            return;
        }

        var body = new RectificationDecisionBody(choice != "reject", amount, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        busy = true;
        try
        {
            var sent = await Api.DecideClaimAsync(InvoiceId, claim.ClaimId, body, version, key.For($"{claim.ClaimId}|{body}|{version}"));
            if (sent.Ok)
            {
                var state = sent.Value!.Invoice;
                outcome = choice switch
                {
                    "amount" => T.Format("Decision.DoneAmount", claim.ClaimId, T.Money(FormValues.Api(amount!.Value)), Texts.Date(state.DueDate), T.Money(state.Total)),
                    "cancel" => T.Format("Decision.DoneCancel", claim.ClaimId, T.Code("Status", state.Status)),
                    _ => T.Format("Decision.DoneReject", claim.ClaimId, Texts.Date(state.NoticeDueDate ?? state.DueDate)),
                };
                (conflict, errors, focusOutcome) = (null, [], true);
                return;
            }

            conflict = sent.Status == 409 ? sent.Problem?.Current : null;
            conflictDetail = sent.Problem?.Detail;
            if (conflict is null && sent.Status == 400 && sent.Problem?.Field is "newAmount" or "note")
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
        await SubmitAsync();
    }

    private string? ErrorOf(string field) => errors.FirstOrDefault(e => e.FieldId == field || (field == "choice" && e.FieldId == "choice-amount"))?.Message;
}

using System.Globalization;
using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Services;
using Asiakasmaksu.StaffWeb.Shared;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The decision on an invoice's pending rectification claim (a supervisor or director): accept with a new,
/// lower amount, accept and cancel the invoice, or reject. What each choice does is shown before sending; a
/// team member sees why they cannot decide. Sent as <see cref="ChangeForm"/> sends; a 409 shows the new state
/// and offers to send again on it.
/// </summary>
public sealed partial class RectificationDecision : ChangeForm
{
    private PendingClaim? claim;
    private string? choice;
    private string amountText = string.Empty;
    private string note = string.Empty;

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> Fields => ["newAmount", "note"];

    private bool MayDecide => Session.Role is "supervisor" or "director";

    private IEnumerable<(string Value, string Label)> Choices =>
    [
        ("amount", T["Decision.AcceptAmount"]),
        ("cancel", T["Decision.AcceptCancel"]),
        ("reject", T["Decision.Reject"]),
    ];

    /// <inheritdoc />
    protected override void Show(InvoiceDetails details)
    {
        base.Show(details);
        claim = details.PendingClaim;
    }

    /// <inheritdoc />
    protected override Task SubmitAsync()
    {
        if (claim is not { } decided)
        {
            return Task.CompletedTask;
        }

        var chosen = choice;
        var amount = chosen == "amount" ? FormValues.Euros(amountText) : null;
        var body = new RectificationDecisionBody(chosen != "reject", amount, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        return SendAsync($"{decided.ClaimId}|{body}", (key, version) => Api.DecideClaimAsync(InvoiceId, decided.ClaimId, body, version, key), state =>
            (T["Decision.DoneTitle"], chosen switch
            {
                "amount" => T.Format("Decision.DoneAmount", decided.ClaimId, T.Money(FormValues.Api(amount!.Value)), Texts.Date(state.DueDate), T.Money(state.Total)),
                "cancel" => T.Format("Decision.DoneCancel", decided.ClaimId, T.Code("Status", state.Status)),
                _ => T.Format("Decision.DoneReject", decided.ClaimId, Texts.Date(state.NoticeDueDate ?? state.DueDate)),
            }));
    }

    /// <inheritdoc />
    protected override List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        if (choice is null)
        {
            found.Add(new FieldError("choice-amount", T["Decision.ChoiceMissing"]));
        }
        else if (choice == "amount")
        {
            var amount = FormValues.Euros(amountText);
            var current = decimal.Parse(Invoice!.Amount, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            if (amount is null || amount >= current)
            {
                found.Add(new FieldError("newAmount", T.Format("Decision.AmountError", T.Money(Invoice.Amount))));
            }
        }

        return found;
    }
}

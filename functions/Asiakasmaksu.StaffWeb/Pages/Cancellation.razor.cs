using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffWeb.Shared;

namespace Asiakasmaksu.StaffWeb.Pages;

/// <summary>
/// The cancellation form. An erroneous transfer to collection (the claim stays, collection costs and
/// interest go, what was paid of them pays the principal, the invoice waits for a new due date unless
/// that paid it) is for every staff member and only for an
/// invoice in collection; an erroneous invoice (the claim ends, what was paid becomes credit) is for a
/// supervisor or director, and the form says so to a team member. Either needs a note.
/// </summary>
public sealed partial class Cancellation : ChangeForm
{
    private static readonly HashSet<string> CollectionStages = ["reminder", "collection_letter_1", "collection_letter_2", "enforcement"];
    private string kind = string.Empty;
    private string note = string.Empty;

    /// <inheritdoc />
    protected override IReadOnlyCollection<string> Fields => ["note"];

    private bool MayCancelInvoice => Session.Role is "supervisor" or "director";

    private bool InCollection => Invoice is not null && CollectionStages.Contains(Invoice.Stage);

    /// <inheritdoc />
    protected override Task SubmitAsync()
    {
        var body = new CancellationBody(kind, note.Trim());
        return SendAsync($"{body.Reason}|{body.Note}", (key, version) => Api.CancelAsync(InvoiceId, body, version, key), state =>
            (T["Cancel.AppliedTitle"], T.Format("Cancel.AppliedText", T.Code("Status", state.Status), T.Code("Stage", state.Stage), T.Money(state.Total), T.Money(state.Credit))));
    }

    /// <inheritdoc />
    protected override List<FieldError> Validate()
    {
        var found = new List<FieldError>();
        if (kind.Length == 0)
        {
            found.Add(new FieldError("kind", T["Cancel.KindMissing"]));
        }
        else if (kind == CancellationBody.ErroneousTransfer && !InCollection)
        {
            found.Add(new FieldError("kind", T.Format("Cancel.NotInCollection", T.Code("Stage", Invoice?.Stage))));
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            found.Add(new FieldError("note", T["Cancel.NoteMissing"]));
        }

        return found;
    }
}

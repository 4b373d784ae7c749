namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A cancellation of an erroneous invoice or an erroneous transfer to collection.</summary>
/// <param name="Reason"><c>erroneous_invoice</c> (ends the claim; supervisor or director) or <c>erroneous_transfer</c> (collection costs go).</param>
/// <param name="Note">What was wrong.</param>
public sealed record CancellationBody(string Reason, string Note)
{
    /// <summary>The invoice itself was wrong: the claim ends.</summary>
    public const string ErroneousInvoice = "erroneous_invoice";

    /// <summary>The invoice went to collection by mistake: the claim stays, collection costs go.</summary>
    public const string ErroneousTransfer = "erroneous_transfer";
}

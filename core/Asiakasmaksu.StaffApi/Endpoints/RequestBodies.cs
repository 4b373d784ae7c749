namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// The request bodies, for the OpenAPI document only (the handlers read and check the JSON
/// themselves, so that every problem names its field). Dates are "yyyy-mm-dd"; amounts are
/// strings or numbers of euros with at most two decimals.
/// </summary>
public static class RequestBodies
{
    /// <summary>A deferral or deferral request.</summary>
    public sealed record Deferral(string NewDueDate, string Reason);

    /// <summary>One installment.</summary>
    public sealed record Installment(string DueDate, string Amount);

    /// <summary>A payment plan.</summary>
    public sealed record PaymentPlan(IReadOnlyList<Installment> Installments, string Reason);

    /// <summary>A payment recorded by staff.</summary>
    public sealed record Payment(string Amount, string PaidOn, string? Reference);

    /// <summary>A waiver.</summary>
    public sealed record Waiver(string Reason);

    /// <summary>A cancellation: reason erroneous_invoice or erroneous_transfer.</summary>
    public sealed record Cancellation(string Reason, string Note);

    /// <summary>A rectification claim.</summary>
    public sealed record RectificationClaim(string ReceivedOn, string? Note);

    /// <summary>A rectification decision.</summary>
    public sealed record RectificationDecision(bool Accepted, string? NewAmount, string? Note);

    /// <summary>A request for the ceiling statement of a year.</summary>
    public sealed record CeilingStatement(int Year, string? Note);

    /// <summary>An estate write-off.</summary>
    public sealed record EstateWriteOff(string InventoryDate, string Note);

    /// <summary>A deferral request's decision.</summary>
    public sealed record DeferralDecision(bool Approve, string? Note);
}

namespace Asiakasmaksu.Domain.Billing;

/// <summary>One record of a billing file: accepted, or rejected with a reason.</summary>
public abstract record BillingRecord
{
    private BillingRecord()
    {
    }

    /// <summary>A line that passed every check.</summary>
    public sealed record Accepted(BillingLine Line) : BillingRecord;

    /// <summary>A line that did not.</summary>
    public sealed record Rejected(LineRejection Rejection) : BillingRecord;
}

namespace Asiakasmaksu.Orchestrations;

/// <summary>The external events the orchestrations wait for.</summary>
public static class WorkflowEvents
{
    /// <summary>Raised on an invoice's orchestration when the invoice changed; its payload says why. It wakes the invoice at once.</summary>
    public const string InvoiceChanged = "InvoiceChanged";

    /// <summary>Raised on a deferral approval with the supervisor's <see cref="Application.Deferrals.DeferralDecision"/>.</summary>
    public const string DeferralDecision = "DeferralDecision";
}

namespace Asiakasmaksu.Domain.Invoices;

/// <summary>An invoice still owed: at a stage, perhaps under a payment plan or paused by a rectification claim.</summary>
public sealed record OpenInvoice : IssuedInvoice
{
    /// <summary>Creates the state.</summary>
    public OpenInvoice(InvoiceFacts facts, Ledger ledger, Stage stage, InvoiceMemory memory, int version, PaymentPlan? plan, PendingClaim? pendingClaim)
        : base(facts, ledger, stage, memory, version)
    {
        Plan = plan;
        PendingClaim = pendingClaim;
    }

    /// <summary>The payment plan in force, if any.</summary>
    public PaymentPlan? Plan { get; init; }

    /// <summary>The rectification claim awaiting decision, if any; while it waits nothing is scheduled.</summary>
    public PendingClaim? PendingClaim { get; init; }

    /// <inheritdoc/>
    public override string Status => "open";
}

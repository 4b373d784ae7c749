namespace Asiakasmaksu.Domain.Invoices;

/// <summary>An invoice's state: not issued, open (at a stage) or closed. States are types, not flags.</summary>
public abstract record InvoiceState
{
    private protected InvoiceState()
    {
    }

    /// <summary>Nothing issued yet.</summary>
    public static NotIssued None { get; } = new();

    /// <summary>The number of events behind this state (0 before the invoice is issued).</summary>
    public abstract int Version { get; }
}

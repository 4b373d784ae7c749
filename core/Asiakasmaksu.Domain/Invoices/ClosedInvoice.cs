namespace Asiakasmaksu.Domain.Invoices;

/// <summary>A closed invoice: nothing more is charged or sent for it but confirmations.</summary>
public sealed record ClosedInvoice : IssuedInvoice
{
    /// <summary>Creates the state.</summary>
    public ClosedInvoice(InvoiceFacts facts, Ledger ledger, Stage stage, InvoiceMemory memory, int version, Closure closure)
        : base(facts, ledger, stage, memory, version)
    {
        Closure = closure;
    }

    /// <summary>Why and when it closed.</summary>
    public Closure Closure { get; init; }

    /// <inheritdoc/>
    public override string Status => Closure.Status;
}

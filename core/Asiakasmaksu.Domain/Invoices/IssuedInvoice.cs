namespace Asiakasmaksu.Domain.Invoices;

/// <summary>What every issued invoice has, open or closed.</summary>
public abstract record IssuedInvoice : InvoiceState
{
    private protected IssuedInvoice(InvoiceFacts facts, Ledger ledger, Stage stage, InvoiceMemory memory, int version)
    {
        Facts = facts;
        Ledger = ledger;
        Stage = stage;
        Memory = memory;
        EventCount = version;
    }

    /// <summary>What the invoice is.</summary>
    public InvoiceFacts Facts { get; init; }

    /// <summary>What it owes.</summary>
    public Ledger Ledger { get; init; }

    /// <summary>Its stage (for a closed invoice, the last stage it reached).</summary>
    public Stage Stage { get; init; }

    /// <summary>
    /// The invoice's own due date (eräpäivä): the payment term's at issue, then as a deferral before
    /// collection, a payment plan's missed installment before collection, a rejected rectification
    /// claim's pause before collection or an accepted one's new amount set it. Reminders, collection
    /// letters and deferrals in collection do not move it: they give their own due dates, which
    /// <see cref="Stage"/> holds (<see cref="Invoices.Stage.DueDate"/>).
    /// </summary>
    public DateOnly DueDate { get; init; }

    /// <summary>What it remembers for idempotency.</summary>
    public InvoiceMemory Memory { get; init; }

    /// <summary>The number of events behind this state.</summary>
    public int EventCount { get; init; }

    /// <inheritdoc/>
    public override int Version => EventCount;

    /// <summary>The status name: open, paid, written_off, waived or cancelled.</summary>
    public abstract string Status { get; }
}

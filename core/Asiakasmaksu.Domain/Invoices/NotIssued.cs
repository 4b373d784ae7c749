namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The state before an invoice is issued.</summary>
public sealed record NotIssued : InvoiceState
{
    /// <inheritdoc/>
    public override int Version => 0;
}

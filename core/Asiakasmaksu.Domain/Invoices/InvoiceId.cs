namespace Asiakasmaksu.Domain.Invoices;

/// <summary>An invoice's id: deterministic from its billing batch and client (see docs/billing-file.md).</summary>
/// <param name="Value">The id text.</param>
public readonly record struct InvoiceId(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => Value;
}

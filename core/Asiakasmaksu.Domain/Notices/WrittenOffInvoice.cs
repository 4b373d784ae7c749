using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Notices;

/// <summary>One invoice listed in an estate write-off confirmation.</summary>
/// <param name="InvoiceId">The invoice.</param>
/// <param name="InvoiceDate">Its date.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="Amount">What was written off.</param>
public sealed record WrittenOffInvoice(InvoiceId InvoiceId, DateOnly InvoiceDate, string Reference, Money Amount)
{
    /// <summary>The invoice's readable number, when it has one (the confirmation prints it instead of the id).</summary>
    public string? InvoiceNumber { get; init; }
}

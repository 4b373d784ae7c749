using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Staff;

/// <summary>What an estate write-off did.</summary>
/// <param name="WrittenOff">Invoices written off now.</param>
/// <param name="Refusals">Reasons, for invoices that could not be written off.</param>
/// <param name="Confirmation">The confirmation queued, or null when nothing was written off.</param>
public sealed record EstateWriteOffResult(int WrittenOff, IReadOnlyList<string> Refusals, Notice? Confirmation)
{
    /// <summary>The invoices written off now (their next steps are to be recomputed).</summary>
    public IReadOnlyList<InvoiceId> WrittenOffIds { get; init; } = [];
}

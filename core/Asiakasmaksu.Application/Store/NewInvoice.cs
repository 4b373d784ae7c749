using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Store;

/// <summary>An invoice to create, issued by the import, with its billing lines' ledger keys.</summary>
/// <param name="Events">Its first events (the issue).</param>
/// <param name="State">The state after them.</param>
/// <param name="Notices">The invoice notice.</param>
/// <param name="NextWakeUp">Its first wake-up.</param>
/// <param name="Lines">The billing lines it consists of: line id and content hash.</param>
/// <param name="ImportId">The import that creates it (a rerun of the same import recognises its own work).</param>
/// <param name="RecordedAt">When.</param>
public sealed record NewInvoice(
    IReadOnlyList<InvoiceEvent> Events,
    IssuedInvoice State,
    IReadOnlyList<Notice> Notices,
    DateOnly? NextWakeUp,
    IReadOnlyList<LineKey> Lines,
    string ImportId,
    DateTimeOffset RecordedAt)
{
    /// <summary>The invoice.</summary>
    public InvoiceId Id => State.Facts.Id;
}

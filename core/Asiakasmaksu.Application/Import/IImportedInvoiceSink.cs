using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Where an import hands on the invoices a billing file holds, chunk by chunk as soon as each chunk
/// is stored: the invoices it created now and the ones this same file had created earlier (a rerun
/// after a crash, or the same file uploaded again). The Azure Functions trigger starts each one's
/// orchestration there, so a crash between storing invoices and starting their orchestrations is
/// healed by the rerun. Nothing is kept for the end of the import: a million-line file costs no
/// memory for its ids.
/// </summary>
public interface IImportedInvoiceSink
{
    /// <summary>Receives the invoices of one stored chunk, in the order they were sent; each invoice once per import run.</summary>
    Task AddAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken);
}

using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// Told when a staff change was applied to an invoice, so that its next step is recomputed at
/// once: the local host wakes its scheduler; the Functions app raises InvoiceChanged on the
/// invoice's orchestration.
/// </summary>
public interface IInvoiceChangeListener
{
    /// <summary>The invoice changed.</summary>
    Task InvoiceChangedAsync(InvoiceId id, CancellationToken cancellationToken);
}

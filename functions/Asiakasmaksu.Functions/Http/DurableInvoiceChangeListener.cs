using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.StaffApi.Endpoints;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// After a staff change, raises <see cref="InvoiceOrchestration.InvoiceChanged"/> on the invoice's
/// orchestration so that its next step is recomputed at once. An invoice without a running
/// orchestration loses nothing: the event is dropped and the nightly self-healing starts one.
/// </summary>
public sealed class DurableInvoiceChangeListener(DurableTaskClient client) : IInvoiceChangeListener
{
    /// <inheritdoc/>
    public Task InvoiceChangedAsync(InvoiceId id, CancellationToken cancellationToken) =>
        client.RaiseEventAsync(id.Value, InvoiceOrchestration.InvoiceChanged, "staff change", cancellationToken);
}

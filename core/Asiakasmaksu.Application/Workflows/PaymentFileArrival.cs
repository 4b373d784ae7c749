using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// A bank payment file arrived: the use case reads it whole, records each payment on its invoice (or
/// lists it as unmatched) and writes the report; then each invoice paid now is woken, so a paid
/// invoice stops its collection at once. A re-delivered file records nothing twice, so it wakes nothing.
/// </summary>
public sealed class PaymentFileArrival(ImportPaymentFile import)
{
    /// <summary>Applies <paramref name="fileName"/> from the payments container and wakes the invoices it paid through <paramref name="engine"/>.</summary>
    public async Task<PaymentImportOutcome> RunAsync(string fileName, IWorkflowEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var outcome = await import.RunAsync(fileName, cancellationToken).ConfigureAwait(false);
        foreach (var invoiceId in outcome.Report?.PaidInvoiceIds ?? [])
        {
            await engine.InvoiceChangedAsync(new InvoiceId(invoiceId), "bank payment", cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }
}

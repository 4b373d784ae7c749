using System.Runtime.CompilerServices;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>
/// Every invoice that is still open (not paid, written off, waived or cancelled). The Functions
/// app's nightly self-healing starts an orchestration for each open invoice that has none.
/// </summary>
public sealed class OpenInvoices(IInvoiceStore store)
{
    /// <summary>The ids of the open invoices, in the store's order.</summary>
    public async IAsyncEnumerable<InvoiceId> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var summary in store.ListAllAsync(cancellationToken).ConfigureAwait(false))
        {
            if (summary.Status == "open")
            {
                yield return summary.Id;
            }
        }
    }
}

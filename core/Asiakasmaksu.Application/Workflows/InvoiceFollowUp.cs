using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// Starts following each invoice an import hands on, chunk by chunk as the chunks are stored
/// (<see cref="IImportedInvoiceSink"/>): one orchestration per invoice, instance id = invoice id.
/// An instance that already exists (the same file uploaded again, a rerun after a crash that had
/// started some) is left alone, and those a crash left without one get it now. One per import run:
/// it counts what it started.
/// </summary>
public sealed class InvoiceFollowUp(IWorkflowEngine engine) : IImportedInvoiceSink
{
    /// <summary>Starts in flight at once within a chunk (each is a status query and, when absent, a start).</summary>
    public const int Parallelism = 8;

    private int started;

    /// <summary>How many orchestrations this run started.</summary>
    public int Started => Volatile.Read(ref started);

    /// <inheritdoc/>
    public Task AddAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            invoices,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (id, ct) =>
            {
                if (await engine.FollowInvoiceAsync(id, ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref started);
                }
            });
}

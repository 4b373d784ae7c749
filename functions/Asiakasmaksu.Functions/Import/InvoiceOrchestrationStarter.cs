using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Functions.Invoices;
using Microsoft.DurableTask.Client;

namespace Asiakasmaksu.Functions.Import;

/// <summary>
/// Starts the orchestration of each invoice an import hands on, chunk by chunk as the chunks are
/// stored, instance id = invoice id. An instance that already exists in any state (the same file
/// uploaded again, a rerun after a crash that had started some) is left alone. One per import run:
/// it counts what it started.
/// </summary>
public sealed class InvoiceOrchestrationStarter(DurableTaskClient client) : IImportedInvoiceSink
{
    /// <summary>Starts in flight at once within a chunk (each is a status query and, when absent, a schedule call).</summary>
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
                if (await InvoiceOrchestration.StartAsync(client, id.Value, ct).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref started);
                }
            });
}

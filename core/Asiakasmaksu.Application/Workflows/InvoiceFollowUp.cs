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
    /// <summary>
    /// Starts in flight at once within a chunk (each a status query and, when absent, a start in the
    /// Functions app; one start that the provider refuses for an existing id in the local host).
    /// The engine works on the same storage meanwhile (up to 16 activities and 32 episodes at once
    /// in the local host, the first wake-ups of the invoices started first among them), so a start
    /// queues behind that work: 2 000 orchestrations were created in 45–59 s with 8 in flight and in
    /// 10–15 s with 32 or 64 on Azurite (docs/orchestrations.md, "Starts 64 at a time"). In Azure a
    /// start touches the instance's own rows and one control queue, far inside a storage account's
    /// request targets at this rate.
    /// </summary>
    public const int Parallelism = 64;

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

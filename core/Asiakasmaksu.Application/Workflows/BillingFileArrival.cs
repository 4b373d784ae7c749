using Asiakasmaksu.Application.Import;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>
/// A billing file imported in one run (the local host's <c>import</c> command; the Functions blob
/// trigger and <c>serve</c>'s watcher start the import orchestration instead, which imports in slices
/// through <see cref="BillingFileImportSteps"/>): the import reads it, creates the invoices and writes
/// the error report, and each invoice starts being followed by its orchestration as its chunk is
/// stored (<see cref="InvoiceFollowUp"/>).
/// A re-uploaded file, or a rerun after a crash, hands on the invoices the file created earlier too:
/// those already followed are left alone, those a crash left without an orchestration get one now.
/// </summary>
public sealed class BillingFileArrival(ImportBillingFile import)
{
    /// <summary>
    /// Imports <paramref name="fileName"/> from the billing container, starting the invoices'
    /// orchestrations on <paramref name="engine"/> (the host's Durable client); returns what became of
    /// the file and how many orchestrations started.
    /// </summary>
    public async Task<(ImportOutcome Outcome, int Started)> RunAsync(string fileName, IWorkflowEngine engine, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var followUp = new InvoiceFollowUp(engine);
        var outcome = await import.RunAsync(fileName, followUp, progress, cancellationToken).ConfigureAwait(false);
        return (outcome, followUp.Started);
    }
}

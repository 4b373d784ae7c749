using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Orchestrations.Imports;

/// <summary>
/// A billing file's import (docs/billing-file.md, "A large file"): one <see cref="ImportBillingSlice"/>
/// per episode, each a bounded slice of the file's invoices from the cursor, then
/// <c>ContinueAsNew</c> with the cursor and the counts so far, so the history holds one slice
/// whatever the file's size; when no slice is left, <see cref="FinishBillingImport"/> writes the
/// error report and logs the file. A slice that fails on every retry stops the import there: the
/// file is logged as stopped, with what was imported until then, so that the billing office sees it
/// and uploads the file again. Instance id: <see cref="BillingFileImportSteps.InstanceId"/>.
/// </summary>
public sealed partial class BillingFileImportOrchestrator : TaskOrchestrator<BillingImportState, BillingImportSummary?>
{
    /// <summary>
    /// The slice's retries: a slice that crashed is run again from the same cursor (it makes nothing
    /// twice); the first retry soon, as the file is waiting, then as <see cref="Retries.Transient"/>.
    /// </summary>
    public static TaskOptions SliceRetries { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(
        maxNumberOfAttempts: 6,
        firstRetryInterval: TimeSpan.FromSeconds(2),
        backoffCoefficient: 4.0,
        maxRetryInterval: TimeSpan.FromMinutes(5)));

    /// <inheritdoc/>
    public override async Task<BillingImportSummary?> RunAsync(TaskOrchestrationContext context, BillingImportState input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger<BillingFileImportOrchestrator>();
        var state = input;
        if (!state.Done)
        {
            state = await SliceAsync(context, state);
            if (!state.Done)
            {
                context.ContinueAsNew(state, preserveUnprocessedEvents: false);
                return null;
            }
        }

        var summary = await context.CallActivityAsync<BillingImportSummary>(nameof(FinishBillingImport), state, Retries.Transient);
        LogDone(logger, summary.Slices, summary.Counts?.InvoicesCreated ?? 0, summary.Refusal is not null, summary.Superseded, summary.Stopped);
        return summary;
    }

    /// <summary>
    /// The state after the slice <paramref name="state"/> asks for. When it failed on every retry, the
    /// import stops (<see cref="BillingImportState.StopAt"/>) instead of failing the orchestration:
    /// a failed instance is seen by no one, a stopped import is in the billing office's log.
    /// </summary>
    private static async Task<BillingImportState> SliceAsync(TaskOrchestrationContext context, BillingImportState state)
    {
        var logger = context.CreateReplaySafeLogger<BillingFileImportOrchestrator>();
        try
        {
            var slice = await context.CallActivityAsync<BillingSliceResult>(nameof(ImportBillingSlice), state, SliceRetries);
            LogSlice(logger, state.Slice, slice.Outcome.Report?.Counts.InvoicesCreated ?? 0, slice.Started);
            return state.Then(slice);
        }
        catch (TaskFailedException e)
        {
            LogStopped(logger, state.Slice, e.FailureDetails.ErrorType);
            return state.StopAt(new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero));
        }
    }

    [LoggerMessage(EventId = 600, Level = LogLevel.Information, Message = "Billing import slice {Slice}: {Created} invoices created, {Started} orchestrations started")]
    private static partial void LogSlice(ILogger logger, int slice, int created, int started);

    [LoggerMessage(EventId = 601, Level = LogLevel.Information, Message = "Billing import done in {Slices} slices: {Created} invoices created; refused {Refused}; superseded {Superseded}; stopped {Stopped}")]
    private static partial void LogDone(ILogger logger, int slices, int created, bool refused, bool superseded, bool stopped);

    [LoggerMessage(EventId = 602, Level = LogLevel.Error, Message = "Billing import stopped: slice {Slice} failed on every retry ({ErrorType}); the file is logged as stopped and must be uploaded again")]
    private static partial void LogStopped(ILogger logger, int slice, string errorType);
}

using System.Text.Json;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Imports;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// The import orchestrator episode by episode on a scripted context: whatever the file's size, an
/// episode calls one slice activity and continues as new with a small state, so the history never
/// holds more than one slice (and the finish); the finish runs once, after the last slice, or after
/// a slice that failed on every retry.
/// </summary>
public sealed class BillingFileImportEpisodeTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task GivenAFileOfManySlices_WhenTheOrchestratorRuns_ThenEachEpisodeCallsOneSliceAndContinuesAsNewWithASmallState(int slices)
    {
        var state = new BillingImportState("big.csv", "\"0x8DE\"", BillingFileImportSteps.InvoicesPerSlice);
        var episodes = 0;
        BillingImportSummary? summary = null;
        while (summary is null)
        {
            var context = new ScriptedContext(slices);
            summary = await new BillingFileImportOrchestrator().RunAsync(context, state);
            episodes++;
            Assert.InRange(context.Calls.Count, 1, 2);
            Assert.Equal(nameof(ImportBillingSlice), context.Calls[0]);
            if (summary is null)
            {
                Assert.Single(context.Calls);
                state = Assert.IsType<BillingImportState>(context.ContinuedWith);
                Assert.InRange(JsonSerializer.Serialize(state).Length, 1, 1_000);
            }
            else
            {
                Assert.Equal([nameof(ImportBillingSlice), nameof(FinishBillingImport)], context.Calls);
                Assert.Null(context.ContinuedWith);
            }
        }

        Assert.Equal(slices, episodes);
        Assert.Equal((slices, slices * 100, slices * 100), (summary.Slices, summary.Counts!.InvoicesCreated, summary.Started));
    }

    /// <summary>
    /// A slice that failed on every retry (the engine's <see cref="TaskFailedException"/> after
    /// <see cref="BillingFileImportOrchestrator.SliceRetries"/>; on the real engine that takes the retries'
    /// eight minutes, so it is scripted here): the import stops there, the finish logs it as stopped with
    /// the counts of the slices done, and the orchestration completes instead of failing unseen.
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task GivenASliceThatFailsOnEveryRetry_WhenTheOrchestratorRuns_ThenTheImportStopsThereAndIsFinishedAsStopped(int failingSlice)
    {
        var state = new BillingImportState("big.csv", "\"0x8DE\"", BillingFileImportSteps.InvoicesPerSlice);
        var episodes = 0;
        BillingImportSummary? summary = null;
        ScriptedContext? context = null;
        while (summary is null)
        {
            context = new ScriptedContext(slices: 5, failingSlice);
            summary = await new BillingFileImportOrchestrator().RunAsync(context, state);
            episodes++;
            state = context.ContinuedWith as BillingImportState ?? state;
        }

        Assert.Equal(failingSlice + 1, episodes);
        Assert.Equal([nameof(ImportBillingSlice), nameof(FinishBillingImport)], context!.Calls);
        var finished = Assert.IsType<BillingImportState>(context.FinishedWith);
        Assert.Equal((true, true, failingSlice, failingSlice * 100, context.CurrentUtcDateTime), (finished.Stopped, finished.Done, finished.Slice, finished.Counts?.InvoicesCreated ?? 0, finished.RecordedAt!.Value.UtcDateTime));
        Assert.True(summary.Stopped);
    }

    /// <summary>
    /// A context whose slice activity creates 100 invoices a slice and has a report row in every slice,
    /// for <c>slices</c> slices; slice <c>failingSlice</c>, if any, fails on every retry.
    /// </summary>
    private sealed class ScriptedContext(int slices, int failingSlice = -1) : TaskOrchestrationContext
    {
        public List<string> Calls { get; } = [];

        public object? FinishedWith { get; private set; }

        public object? ContinuedWith { get; private set; }

        public override TaskName Name => nameof(BillingFileImportOrchestrator);

        public override string InstanceId => "billing-import-test";

        public override ParentOrchestrationInstance? Parent => null;

        public override DateTime CurrentUtcDateTime => new(2026, 3, 5, 7, 0, 0, DateTimeKind.Utc);

        public override bool IsReplaying => false;

        protected override ILoggerFactory LoggerFactory => NullLoggerFactory.Instance;

        public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
        {
            Calls.Add(name.Name);
            var state = Assert.IsType<BillingImportState>(input);
            if (name.Name == nameof(ImportBillingSlice) && state.Slice == failingSlice)
            {
                throw new TaskFailedException(name.Name, 1, new IOException("The store did not answer (a test's failure)."));
            }

            if (name.Name == nameof(FinishBillingImport))
            {
                FinishedWith = state;
            }

            object result = name.Name switch
            {
                nameof(ImportBillingSlice) => new BillingSliceResult(
                    new BillingSliceOutcome(
                        new ImportSliceReport("hash", new ImportCounts(state.Slice == 0 ? 1000 : 0, 100, 1, 0, 0, 100, 0, 100m), [], state.Slice + 1 < slices ? $"invoice-{state.Slice:D6}" : null, CurrentUtcDateTime),
                        null,
                        Changed: false,
                        ReportRows: 1,
                        CurrentUtcDateTime),
                    100),
                nameof(FinishBillingImport) => new BillingImportSummary(state.FileName, state.ImportId, state.Counts, state.Refusal, "billing-errors/big.csv.errors.csv", state.Slice, state.Started, false, state.Stopped),
                _ => throw new InvalidOperationException($"Unexpected activity {name.Name}."),
            };
            return Task.FromResult((TResult)result);
        }

        public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true) => ContinuedWith = newInput;

        public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null) => throw new NotSupportedException();

        public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => throw new NotSupportedException();

        public override T GetInput<T>() => throw new NotSupportedException();

        public override Guid NewGuid() => throw new NotSupportedException();

        public override void SendEvent(string instanceId, string eventName, object payload) => throw new NotSupportedException();

        public override void SetCustomStatus(object? customStatus) => throw new NotSupportedException();

        public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}

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
/// holds more than one slice (and the finish); the finish runs once, after the last slice.
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

    /// <summary>A context whose slice activity creates 100 invoices a slice and has a report row in every slice, for <c>slices</c> slices.</summary>
    private sealed class ScriptedContext(int slices) : TaskOrchestrationContext
    {
        public List<string> Calls { get; } = [];

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
                nameof(FinishBillingImport) => new BillingImportSummary(state.FileName, state.ImportId, state.Counts, state.Refusal, "billing-errors/big.csv.errors.csv", state.Slice, state.Started, false),
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

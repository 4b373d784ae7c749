using System.Text;
using Asiakasmaksu.Adapters.AzureBlobs;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Hosting;
using Asiakasmaksu.Orchestrations.Imports;
using Asiakasmaksu.Orchestrations.Tests.Engine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.Orchestrations.Tests;

/// <summary>
/// A billing file imported by its orchestration on a real engine over Azurite (issue 17, item 5):
/// slice after slice with <c>ContinueAsNew</c>, ending with the same invoices, counts and error
/// report as one whole-file import; a slice that crashes after its work and runs again loses and
/// doubles nothing; a second start for the same file version imports nothing; an import stopped by a
/// slice that failed on every retry is logged as stopped; the history stays one slice's.
/// </summary>
[Collection(EngineCollection.Name)]
public sealed class BillingFileImportOrchestratorTests(AzuriteFixture azurite)
{
    /// <summary>Two invoices a slice: each of the file's four batches (one chunk each) is then a slice.</summary>
    private const int InvoicesPerSlice = 2;

    private const int Slices = 4;

    private static readonly DateTimeOffset BusinessStart = BusinessTime.At(new DateOnly(2026, 3, 5), new TimeOnly(9, 0));

    /// <summary>
    /// Four batches; a line rejected while reading (3 decimals), a service billed ahead (a warning while
    /// reading), a client id naming two people (every line rejected at the invoice), an address that
    /// differs (a warning at the invoice), and ceiling lines (charged again by every slice).
    /// </summary>
    private const string File = """
        batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date
        B-1,L1,C-1001,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,KOTIHOITO,2026-02-20,120.00,0,2026-03-02
        B-1,L2,C-1001,Aino Asiakas,Kotikatu 1,00100,Helsinki,fi,DOCTOR,2026-02-21,41.10,1,2026-03-02
        B-1,L3,C-1002,Bertil Kund,Gatan 2,00200,Helsingfors,sv,KOTIHOITO,2026-02-20,86.50,0,2026-03-02
        B-1,L4,C-1003,Emma Example,Esimerkkikatu 3,00300,Helsinki,en,KOTIHOITO,2026-02-20,12.345,0,2026-03-02
        B-2,L1,C-2001,Pekka Esimerkki,Puistotie 4,00140,Helsinki,fi,KOTIHOITO,2026-02-20,62.00,0,2026-03-02
        B-2,L2,C-2001,Paula Esimerkki,Puistotie 4,00140,Helsinki,fi,KOTIHOITO,2026-02-21,30.00,0,2026-03-02
        B-2,L3,C-2002,Liisa Laine,Rantatie 5,00150,Helsinki,fi,KOTIHOITO,2026-02-20,45.00,0,2026-03-02
        B-2,L4,C-2002,Liisa Laine,Rantatie 6,00150,Helsinki,fi,DOCTOR,2026-02-22,41.10,1,2026-03-02
        B-2,L5,C-2003,Oskari Oja,Mäkitie 6,00160,Helsinki,fi,KOTIHOITO,2026-02-20,55.00,0,2026-03-02
        B-3,L1,C-3001,Ville Virta,Koskitie 7,00170,Helsinki,fi,KOTIHOITO,2026-02-20,30.00,0,2026-03-02
        B-3,L2,C-3002,Sanna Salo,Metsätie 8,00180,Helsinki,fi,VUOKRA,2026-03-20,55.00,0,2026-03-02
        B-3,L3,C-3003,Kalle Koe,Koetie 10,00190,Helsinki,fi,KOTIHOITO,2026-02-20,12.00,0,2026-03-02
        B-4,L1,C-4001,Maija Meikäläinen,Kuja 1,00200,Helsinki,fi,KOTIHOITO,2026-02-20,20.00,0,2026-03-02
        B-4,L2,C-4002,Matti Meikäläinen,Kuja 2,00200,Helsinki,fi,DOCTOR,2026-02-20,41.10,1,2026-03-02
        """;

    private static readonly string[] Clients = [.. File.Split('\n').Skip(1).Select(l => l.Split(',')).Select(f => $"{f[0]}\u001F{f[2]}").Distinct()];

    [Fact]
    public async Task GivenAFileOfSeveralSlices_WhenItsImportRuns_ThenItEndsAsOneWholeRunWithTheSameInvoicesCountsAndReportAndTheHistoryOfOneSlice()
    {
        var whole = await WholeRunAsync();
        var engine = new EngineSlot();
        await using var host = await StartAsync(engine);
        var name = await UploadAsync(host, "sliced.csv");

        var summary = await ImportAsync(host, name);

        Assert.Equal(Slices, summary.Slices);
        Assert.Null(summary.Refusal);
        Assert.Equal(6, whole.Report.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header, a read rejection, a read warning, two name rejections, an address warning
        Assert.Equal(Counts(whole.Outcome.Report!), summary.Counts);
        Assert.Equal(whole.Report, await ReportAsync(host, name));
        Assert.Equal(whole.Invoices, await InvoicesAsync(host));
        Assert.Equal(whole.Invoices.Count, summary.Started);
        await EveryInvoiceFollowedAsync(host);
        Assert.Equal([name + ".errors.csv"], await ErrorBlobsAsync(host));
        var logged = Assert.Single((await host.Services.GetRequiredService<IImportLog>().ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None)).Items);
        Assert.Equal((whole.Outcome.Report!.Lines, whole.Outcome.Report.Rejected, whole.Outcome.Report.InvoicesCreated), (logged.Lines, logged.Rejected, logged.InvoicesCreated));

        // ContinueAsNew after each slice: the instance's input is the last episode's small state (the
        // in-process engine keeps no history to count; BillingFileImportEpisodeTests count the calls an episode makes).
        var last = await host.Client.GetInstanceAsync(BillingFileImportSteps.InstanceId(name, await VersionAsync(host, name)), getInputsAndOutputs: true, CancellationToken.None);
        Assert.Equal(Slices - 1, last!.ReadInputAs<BillingImportState>()!.Slice);
        Assert.InRange(last.SerializedInput!.Length, 1, 1_000);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task GivenASliceThatCrashesAfterItsWork_WhenItRunsAgain_ThenNothingIsLostOrDoubled(int crashedSlice)
    {
        var whole = await WholeRunAsync();
        var engine = new EngineSlot();
        CrashingFiles? crashing = null;
        await using var host = await StartAsync(engine, (services, storage) =>
            services.AddSingleton<IBillingFileStore>(crashing = new CrashingFiles(
                new BlobBillingFileStore(storage.Container(StorageNames.BillingContainer), storage.Container(StorageNames.BillingErrorsContainer)),
                crashAtOpen: (2 * crashedSlice) + 2)));
        var name = await UploadAsync(host, "crashed.csv");

        var summary = await ImportAsync(host, name);

        Assert.True(crashing!.Crashed, "the slice crashed");
        Assert.Equal(Slices, summary.Slices);
        Assert.Equal(Counts(whole.Outcome.Report!) with { InvoicesCreated = summary.Counts!.InvoicesCreated, InvoicesAlreadyImported = summary.Counts.InvoicesAlreadyImported, AmountCreated = summary.Counts.AmountCreated }, summary.Counts);
        Assert.Equal(whole.Outcome.Report!.InvoicesCreated, summary.Counts.InvoicesCreated + summary.Counts.InvoicesAlreadyImported);
        Assert.Equal(whole.Report, await ReportAsync(host, name));
        Assert.Equal(whole.Invoices, await InvoicesAsync(host));
        await EveryInvoiceFollowedAsync(host);
        Assert.Equal([name + ".errors.csv"], await ErrorBlobsAsync(host));
    }

    [Fact]
    public async Task GivenAnImportedFile_WhenTheSameVersionIsStartedAgainAndThenANewVersionArrives_ThenOnlyTheNewVersionIsImportedAgainAndCreatesNothing()
    {
        var engine = new EngineSlot();
        await using var host = await StartAsync(engine);
        var name = await UploadAsync(host, "twice.csv");
        var first = await ImportAsync(host, name);
        var starter = new DurableBillingImportStarter(host.Client) { InvoicesPerSlice = InvoicesPerSlice };

        Assert.False(await starter.StartAsync(name, await VersionAsync(host, name), CancellationToken.None));

        await UploadAsync(host, name);
        var second = await ImportAsync(host, name);
        Assert.True(first.Counts!.InvoicesCreated > 0);
        Assert.Equal((0, first.Counts.InvoicesCreated), (second.Counts!.InvoicesCreated, second.Counts.InvoicesAlreadyImported));
        Assert.Equal(0, second.Started);
        Assert.Equal(2, (await host.Services.GetRequiredService<IImportLog>().ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None)).Items.Count);
    }

    [Fact]
    public async Task GivenAFileThatIsNoBillingFile_WhenItsImportRuns_ThenItIsRefusedWholeWithItsOneRowAndLoggedAsRefused()
    {
        var engine = new EngineSlot();
        await using var host = await StartAsync(engine);
        await host.Services.GetRequiredService<StorageAccess>().Container(StorageNames.BillingContainer).GetBlobClient("refused.csv")
            .UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("batch_id,line_id\nB-1,L1\n")), overwrite: true);

        var summary = await ImportAsync(host, "refused.csv");

        Assert.Equal((1, null, 0), (summary.Slices, summary.Counts, summary.Started));
        var refusal = Assert.IsType<string>(summary.Refusal);
        var rows = (await ReportAsync(host, "refused.csv")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        Assert.StartsWith("1,", rows[1], StringComparison.Ordinal);
        var logged = Assert.Single((await host.Services.GetRequiredService<IImportLog>().ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None)).Items);
        Assert.Equal((refusal, 1), (logged.Refusal, logged.Rejected));
        Assert.Equal(["refused.csv.errors.csv"], await ErrorBlobsAsync(host));
    }

    [Fact]
    public async Task GivenAFileReplacedByOneThatCannotBeReadAfterItsFirstSlice_WhenTheNextSliceRuns_ThenTheImportEndsAsChangedNotRefusedAndTheInvoicesStand()
    {
        var engine = new EngineSlot();
        await using var host = await StartAsync(engine);
        var name = await UploadAsync(host, "cut.csv");
        var steps = host.Services.GetRequiredService<BillingFileImportSteps>();
        var state = new BillingImportState(name, await VersionAsync(host, name), InvoicesPerSlice);
        state = state.Then(await steps.ImportSliceAsync(state, new NoEngine(), CancellationToken.None));
        var created = (await InvoicesAsync(host)).Count;
        await host.Services.GetRequiredService<StorageAccess>().Container(StorageNames.BillingContainer).GetBlobClient(name)
            .UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("batch_id,line_id\nB-1,L1\n")), overwrite: true);

        state = state.Then(await steps.ImportSliceAsync(state, new NoEngine(), CancellationToken.None));

        Assert.True(created > 0, "the first slice created invoices");
        Assert.Equal((true, true, (string?)null), (state.Changed, state.Done, state.Refusal));
        Assert.Equal(created, (await InvoicesAsync(host)).Count);
    }

    /// <summary>
    /// What the orchestrator does once a slice has failed on every retry (<see cref="BillingImportState.StopAt"/>,
    /// then the finish; its catching the failure is <see cref="BillingFileImportEpisodeTests"/>'s, as the
    /// real engine would take the retries' eight minutes): the billing office sees the file as stopped,
    /// with what was imported, and a new upload imports the rest once.
    /// </summary>
    [Fact]
    public async Task GivenASliceThatFailedOnEveryRetry_WhenTheImportStopsThere_ThenTheFileIsLoggedAsStoppedAndANewUploadImportsTheRestOnce()
    {
        var whole = await WholeRunAsync();
        var engine = new EngineSlot();
        await using var host = await StartAsync(engine);
        var name = await UploadAsync(host, "stopped.csv");
        var steps = host.Services.GetRequiredService<BillingFileImportSteps>();
        var state = new BillingImportState(name, await VersionAsync(host, name), InvoicesPerSlice);
        state = state.Then(await steps.ImportSliceAsync(state, engine, CancellationToken.None));
        var created = (await InvoicesAsync(host)).Count;

        var stopped = await steps.FinishAsync(state.StopAt(DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.InRange(created, 1, whole.Invoices.Count - 1);
        Assert.Equal((true, 1, created), (stopped.Stopped, stopped.Slices, stopped.Counts!.InvoicesCreated));
        var log = host.Services.GetRequiredService<IImportLog>();
        var logged = Assert.Single((await log.ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None)).Items);
        Assert.Equal((BillingFileImportSteps.StoppedReason(created), (string?)null, created), (logged.Stopped, logged.Refusal, logged.InvoicesCreated));
        Assert.Contains($"The {created} invoices created until then stand", logged.Stopped, StringComparison.Ordinal);

        await UploadAsync(host, name);
        var again = await ImportAsync(host, name);

        Assert.Equal((whole.Outcome.Report!.InvoicesCreated - created, created, false), (again.Counts!.InvoicesCreated, again.Counts.InvoicesAlreadyImported, again.Stopped));
        Assert.Equal(whole.Invoices, await InvoicesAsync(host));
        Assert.Equal(whole.Report, await ReportAsync(host, name));
        var newest = (await log.ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None)).Items;
        Assert.Equal(2, newest.Count);
        Assert.Null(newest[0].Stopped);
        await EveryInvoiceFollowedAsync(host);
    }

    private static ImportCounts Counts(ImportReport r) =>
        new(r.Lines, r.Accepted, r.Rejected, r.Duplicates, r.Warnings, r.InvoicesCreated, r.InvoicesAlreadyImported, r.AmountCreated.Euros);

    private async Task<WorkflowTestHost> StartAsync(EngineSlot engine, Action<IServiceCollection, StorageAccess>? configure = null)
    {
        var host = await WorkflowTestHost.StartAsync(azurite, BusinessStart, speed: 1, (services, storage) =>
        {
            services.AddSingleton<IWorkflowEngine>(engine);
            configure?.Invoke(services, storage);
        });
        engine.Target = host.Engine;
        return host;
    }

    /// <summary>Starts the import as the blob trigger does (fewer invoices a slice) and waits for its end.</summary>
    private static async Task<BillingImportSummary> ImportAsync(WorkflowTestHost host, string name)
    {
        var version = await VersionAsync(host, name);
        Assert.True(await new DurableBillingImportStarter(host.Client) { InvoicesPerSlice = InvoicesPerSlice }.StartAsync(name, version, CancellationToken.None));
        var done = await host.CompletionAsync(BillingFileImportSteps.InstanceId(name, version), seconds: 120);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, done.FailureDetails?.ToString());
        return done.ReadOutputAs<BillingImportSummary>()!;
    }

    /// <summary>The same file imported in one run (the <c>import</c> command's way) into storage of its own.</summary>
    private async Task<(ImportOutcome Outcome, string Report, List<InvoiceFacts> Invoices)> WholeRunAsync()
    {
        var storage = StorageAccess.ForConnectionString(azurite.ConnectionString, $"wh{Guid.NewGuid():N}"[..14]);
        await StorageSetup.EnsureCreatedAsync(storage, CancellationToken.None);
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Asiakasmaksu:Notices:Folder"] = Path.GetTempPath() }).Build().GetSection("Asiakasmaksu");
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<BusinessClock>(new ScaledBusinessClock(TimeProvider.System, BusinessStart, TimeProvider.System.GetUtcNow(), 1))
            .AddAsiakasmaksu(section, storage, allowExampleIssuer: true)
            .BuildServiceProvider();
        await using (services)
        {
            await storage.Container(StorageNames.BillingContainer).GetBlobClient("whole.csv").UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(File)), overwrite: true);
            var (outcome, _) = await services.GetRequiredService<BillingFileArrival>().RunAsync("whole.csv", new NoEngine(), null, CancellationToken.None);
            var report = await ReadAsync(services.GetRequiredService<IBillingFileStore>(), "whole.csv");
            return (outcome, report, await InvoicesAsync(services));
        }
    }

    private static async Task<string> UploadAsync(WorkflowTestHost host, string name)
    {
        await host.Services.GetRequiredService<StorageAccess>().Container(StorageNames.BillingContainer).GetBlobClient(name).UploadAsync(new BinaryData(Encoding.UTF8.GetBytes(File)), overwrite: true);
        return name;
    }

    private static async Task<string> VersionAsync(WorkflowTestHost host, string name) =>
        (await host.Services.GetRequiredService<StorageAccess>().Container(StorageNames.BillingContainer).GetBlobClient(name).GetPropertiesAsync()).Value.ETag.ToString();

    private static Task<string> ReportAsync(WorkflowTestHost host, string name) => ReadAsync(host.Services.GetRequiredService<IBillingFileStore>(), name);

    private static async Task<string> ReadAsync(IBillingFileStore files, string name)
    {
        var report = await files.OpenErrorReportAsync(name, CancellationToken.None) ?? throw new InvalidOperationException($"No error report of {name}.");
        await using (report)
        {
            return await new StreamReader(report).ReadToEndAsync();
        }
    }

    private static async Task<List<string>> ErrorBlobsAsync(WorkflowTestHost host)
    {
        var names = new List<string>();
        await foreach (var blob in host.Services.GetRequiredService<StorageAccess>().Container(StorageNames.BillingErrorsContainer).GetBlobsAsync())
        {
            names.Add(blob.Name);
        }

        return names;
    }

    private static Task<List<InvoiceFacts>> InvoicesAsync(WorkflowTestHost host) => InvoicesAsync(host.Services);

    /// <summary>The facts of every invoice the file's clients could have, in id order (the invoices not made are left out).</summary>
    private static async Task<List<InvoiceFacts>> InvoicesAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<Application.Store.IInvoiceStore>();
        var facts = new List<InvoiceFacts>();
        foreach (var id in Ids())
        {
            if (await store.LoadAsync(id, CancellationToken.None) is { } stored)
            {
                facts.Add(stored.State.Facts);
            }
        }

        return facts;
    }

    private static IEnumerable<InvoiceId> Ids() =>
        Clients.Select(c => c.Split('\u001F')).Select(c => InvoiceIdentity.For(c[0], c[1])).OrderBy(i => i.Value, StringComparer.Ordinal);

    /// <summary>Every invoice made has its orchestration (instance id = invoice id), once: instance ids are unique.</summary>
    private static async Task EveryInvoiceFollowedAsync(WorkflowTestHost host)
    {
        foreach (var facts in await InvoicesAsync(host))
        {
            var instance = await host.Client.GetInstanceAsync(facts.Id.Value, CancellationToken.None);
            Assert.True(instance is not null, $"invoice {facts.Id} has no orchestration");
            Assert.Equal("InvoiceOrchestrator", instance.Name);
        }
    }

    /// <summary>The engine the slice activities start invoice orchestrations on: the test engine's client, known once it runs.</summary>
    private sealed class EngineSlot : IWorkflowEngine
    {
        public IWorkflowEngine? Target { get; set; }

        private IWorkflowEngine Engine => Target ?? throw new InvalidOperationException("The engine has not started.");

        public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken) => Engine.FollowInvoiceAsync(id, cancellationToken);

        public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken) => Engine.InvoiceChangedAsync(id, reason, cancellationToken);

        public Task<bool> StartDeferralApprovalAsync(Application.Deferrals.DeferralRequest request, CancellationToken cancellationToken) => Engine.StartDeferralApprovalAsync(request, cancellationToken);

        public Task DecideDeferralAsync(Application.Deferrals.DeferralRequest request, Application.Deferrals.DeferralDecision decision, CancellationToken cancellationToken) => Engine.DecideDeferralAsync(request, decision, cancellationToken);

        public Task<bool> StartEstateWriteOffAsync(string workflowId, Application.Staff.EstateWriteOffOrder order, CancellationToken cancellationToken) => Engine.StartEstateWriteOffAsync(workflowId, order, cancellationToken);
    }

    /// <summary>The whole-file run's engine: follows nothing (its invoices are compared, not followed).</summary>
    private sealed class NoEngine : IWorkflowEngine
    {
        public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken) => Task.FromResult(true);

        public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> StartDeferralApprovalAsync(Application.Deferrals.DeferralRequest request, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task DecideDeferralAsync(Application.Deferrals.DeferralRequest request, Application.Deferrals.DeferralDecision decision, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> StartEstateWriteOffAsync(string workflowId, Application.Staff.EstateWriteOffOrder order, CancellationToken cancellationToken) => Task.FromResult(false);
    }

    /// <summary>
    /// The billing files, crashing once at the <paramref name="crashAtOpen"/>th time a file is opened:
    /// a slice opens its file twice (the import, then the client indexing after its invoices, their
    /// orchestrations and its report part are written), so the (2k + 2)th open crashes slice k after
    /// all its work, before it could answer: the worst moment for doubling.
    /// </summary>
    private sealed class CrashingFiles(IBillingFileStore inner, int crashAtOpen) : IBillingFileStore
    {
        private int opens;

        public bool Crashed { get; private set; }

        public IAsyncEnumerable<Application.Files.IncomingFile> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

        public Task<Stream> OpenReadAsync(string name, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref opens) == crashAtOpen)
            {
                Crashed = true;
                throw new IOException("The slice crashed (a test's crash).");
            }

            return inner.OpenReadAsync(name, cancellationToken);
        }

        public Task<string> WriteErrorReportAsync(string fileName, Stream content, CancellationToken cancellationToken) => inner.WriteErrorReportAsync(fileName, content, cancellationToken);

        public Task<Stream?> OpenErrorReportAsync(string fileName, CancellationToken cancellationToken) => inner.OpenErrorReportAsync(fileName, cancellationToken);

        public Task DeleteErrorReportAsync(string fileName, CancellationToken cancellationToken) => inner.DeleteErrorReportAsync(fileName, cancellationToken);
    }
}

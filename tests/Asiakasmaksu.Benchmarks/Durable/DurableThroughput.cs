using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.Local.Durable;
using Asiakasmaksu.Local.Serving;
using Asiakasmaksu.Testing;
using Azure.Storage.Blobs;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>
/// The local host's durable path against the bare engine, on one Azurite in one run (docs/orchestrations.md, "Speed"):
/// <list type="bullet">
/// <item>starts: a billing file of N invoices imported and each invoice's first wake-up done, against N minimal orchestrations scheduled and their first episode done;</item>
/// <item>wake-ups: M invoices waking on the same Tuesday for their reminder, against M minimal orchestrations whose timers fire at one instant;</item>
/// <item>storage operations one invoice costs from import to paid, and an idle host per hour (Azurite's access log).</item>
/// </list>
/// Both sides run on the same engine wiring (<see cref="LocalDurableEngine"/>, the same settings), so the ratios are the cost of the invoices' own work.
/// </summary>
internal static class DurableThroughput
{
    /// <summary>Tuesday 7.4.2026: the reminder day of invoices of 2.3.2026 (due 19.3; seed 000's rule).</summary>
    private static readonly DateOnly ReminderTuesday = new(2026, 4, 7);

    /// <summary>
    /// Cancelled on the first SIGTERM or Ctrl+C: the run's waits and its imports end, its hosts and
    /// Azurite are stopped (the engines given their graceful stop), and it exits 143 or 130. Without it
    /// a run whose engine had work in flight waited out its 30-minute limits, the hosts' own signal
    /// handling notwithstanding. A second signal ends the process at once.
    /// </summary>
    private static readonly CancellationTokenSource Stopping = new();

    /// <summary>The exit code of the first signal (128 + its number), 0 before one.</summary>
    private static int signalExit;

    /// <summary>
    /// Runs the benchmark; with <paramref name="startsOnly"/>, only the starts, measured until every
    /// orchestration is created (each side's engine stopped then, its first episodes left undone): what
    /// a 10 000-invoice file can be measured with here, where the bare engine alone takes longer than
    /// 12 minutes to run 10 000 first episodes. With <paramref name="runs"/> above 1 the starts are
    /// measured that many times, each side on a fresh Azurite each time, and the median ratio printed:
    /// here one run differs from the next by more than the ratio's distance from the target.
    /// With <paramref name="clientOnly"/> (implies <paramref name="startsOnly"/>), neither side's engine
    /// runs: each side's client alone creates the orchestrations, as <c>import</c> queues them for
    /// <c>serve</c>. Not the measure (there the engine works beside the import); it tells the
    /// import's own cost from the engine's work on the invoices started meanwhile.
    /// </summary>
    public static async Task<int> RunAsync(int invoices, int wakers, int paid, int idleSeconds, bool startsOnly, int runs, bool clientOnly)
    {
        startsOnly |= clientOnly;
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        var requests = new StorageRequestCounter();
        var notices = Directory.CreateTempSubdirectory("asiakasmaksu-durable-bench-").FullName;
        try
        {
            Console.WriteLine(clientOnly
                ? $"durable: {invoices:N0} invoices started by the client alone, no engine running (until created); each phase on an Azurite of its own"
                : startsOnly
                ? $"durable: {invoices:N0} invoices started (until created only); each phase on an Azurite of its own"
                : $"durable: {invoices:N0} invoices started, {wakers:N0} waking at one instant, {paid:N0} paid; each phase on an Azurite of its own");
            var created = new List<double>();
            var firstEpisodes = new List<double>();
            for (var run = 1; run <= runs; run++)
            {
                if (runs > 1)
                {
                    Console.WriteLine($"run {run} of {runs}");
                }

                var folder = Directory.CreateDirectory(Path.Combine(notices, $"run-{run}")).FullName;
                var bareStarts = await Phase(requests, "bare engine starts", invoices, (azurite, _) => BareStartsAsync(azurite.ConnectionString, invoices, !startsOnly, clientOnly));
                var pathStarts = await Phase(requests, "durable path starts", invoices, (azurite, _) => PathStartsAsync(azurite.ConnectionString, folder, invoices, !startsOnly, clientOnly));
                created.Add(Report("starts (orchestrations created)", bareStarts.Started, pathStarts.Started, invoices));
                if (!startsOnly)
                {
                    firstEpisodes.Add(Report("starts (first episode done)", bareStarts.FirstEpisodes!.Value, pathStarts.FirstEpisodes!.Value, invoices));
                }
            }

            ReportRuns("starts (orchestrations created)", created);
            ReportRuns("starts (first episode done)", firstEpisodes);
            if (startsOnly)
            {
                return 0;
            }

            var bareWakes = await Phase(requests, "bare engine wake-ups (set-up included)", wakers, (azurite, cpu) => BareWakesAsync(azurite.ConnectionString, wakers, new Window(requests, cpu)));
            var pathWakes = await Phase(requests, "durable path wake-ups (set-up included)", wakers, (azurite, cpu) => PathWakesAsync(azurite.ConnectionString, notices, wakers, new Window(requests, cpu)));
            Report("wake-ups", bareWakes, pathWakes, wakers);
            await using var azurite = await StartAzuriteAsync(requests);
            await StorageCostAsync(azurite.ConnectionString, notices, paid, idleSeconds, requests);
            return 0;
        }
        catch (OperationCanceledException) when (Stopping.IsCancellationRequested)
        {
            Console.WriteLine("durable: stopped by a signal; its hosts and Azurite are stopped");
            return signalExit;
        }
        finally
        {
            Directory.Delete(notices, recursive: true);
        }
    }

    private static void Stop(PosixSignalContext context)
    {
        var code = context.Signal == PosixSignal.SIGINT ? 130 : 143;
        if (Interlocked.CompareExchange(ref signalExit, code, 0) != 0)
        {
            // The second: the stop is taking too long for whoever sent it. Azurite is killed on exit.
            Environment.Exit(code);
        }

        context.Cancel = true;
        Stopping.Cancel();
    }

    /// <summary>
    /// An in-memory Azurite for one phase, its access log counted. Each phase has its own: Azurite
    /// collects the extents of deleted queue messages (and of deleted queues) in a pass every minute
    /// that re-sorts its extent index once per extent, holding the emulator for tens of seconds after
    /// a thousand orchestrations; on a shared emulator a phase paid for what the phase before it left.
    /// </summary>
    private static Task<AzuriteProcess> StartAzuriteAsync(StorageRequestCounter requests) =>
        AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true, AccessLog = true, OutputLine = requests.Line, NodeHeapLimitMegabytes = 8192 });

    /// <summary>
    /// Runs one phase on an Azurite of its own and prints the storage requests it made per orchestration,
    /// by kind (idle polling included), and the CPU seconds this process and Azurite spent in it: which
    /// of the two bounds it.
    /// </summary>
    private static async Task<T> Phase<T>(StorageRequestCounter requests, string what, int count, Func<AzuriteProcess, CpuMeter, Task<T>> run)
    {
        await using var azurite = await StartAzuriteAsync(requests);
        var cpu = new CpuMeter(azurite.ProcessId);
        var before = requests.Snapshot();
        var total = requests.Count;
        var clock = Stopwatch.StartNew();
        cpu.Lap();
        var result = await run(azurite, cpu);
        var (own, emulator, _) = cpu.Lap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {clock.Elapsed.TotalSeconds:0.0} s; CPU: .NET {own.TotalSeconds:0.0} s, Azurite {emulator.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}: {(requests.Count - total) / (double)count:0.0} storage requests each, most by kind:"));
        PrintByKind(requests, before, count);
        return result;
    }

    /// <summary>Prints both sides' rates and their ratio; returns the ratio.</summary>
    private static double Report(string what, TimeSpan bare, TimeSpan path, int count)
    {
        var bareRate = count / bare.TotalSeconds;
        var pathRate = count / path.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: bare engine {bareRate:0.0}/s ({bare.TotalSeconds:0.0} s), durable path {pathRate:0.0}/s ({path.TotalSeconds:0.0} s): ratio {pathRate / bareRate:0.00} (target >= 0.70)"));
        return pathRate / bareRate;
    }

    /// <summary>When a measure was taken more than once: every run's ratio, in order, and their median.</summary>
    private static void ReportRuns(string what, List<double> ratios)
    {
        if (ratios.Count < 2)
        {
            return;
        }

        var sorted = ratios.Order().ToList();
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var each = string.Join(", ", ratios.Select(ratio => ratio.ToString("0.00", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}, {ratios.Count} runs: ratios {each}; median {median:0.00} (target >= 0.70)"));
    }

    /// <summary>N minimal orchestrations scheduled (<see cref="InvoiceFollowUp.Parallelism"/> at a time, as an import starts them): until all are created, and (when <paramref name="firstEpisodes"/>) until each has done its first episode; with <paramref name="clientOnly"/>, the engine not running.</summary>
    private static async Task<(TimeSpan Started, TimeSpan? FirstEpisodes)> BareStartsAsync(string connection, int count, bool firstEpisodes, bool clientOnly)
    {
        using var bare = Bare(connection, "barestarts");
        await (clientOnly ? bare.EnsureCreatedAsync() : bare.StartAsync(CancellationToken.None));
        var clock = Stopwatch.StartNew();
        await StartBareAsync(bare, "BENCH-BARE-STARTS", count, DateTimeOffset.UtcNow.AddDays(30));
        var started = clock.Elapsed;
        if (!firstEpisodes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare engine: {count:N0} orchestrations created in {started.TotalSeconds:0.0} s ({bare.ActivitiesDone:N0} first episodes done by then)"));
            await bare.StopAsync(CancellationToken.None);
            return (started, null);
        }

        await UntilAsync(() => bare.ActivitiesDone >= count, $"{count} bare first episodes");
        var elapsed = clock.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  bare engine: {count:N0} orchestrations created in {started.TotalSeconds:0.0} s; every first episode done at {elapsed.TotalSeconds:0.0} s"));
        await bare.StopAsync(CancellationToken.None);
        return (started, elapsed);
    }

    /// <summary>A billing file of N invoices imported as the watcher imports it: until all are imported and their orchestrations created, and (when <paramref name="firstEpisodes"/>) until each invoice's first wake-up is done (its invoice delivered); with <paramref name="clientOnly"/>, the engine not running.</summary>
    private static async Task<(TimeSpan Started, TimeSpan? FirstEpisodes)> PathStartsAsync(string connection, string notices, int count, bool firstEpisodes, bool clientOnly)
    {
        await using var host = await HostAsync(connection, notices, "pathstarts", SystemBusinessClock.Instance, runEngine: !clientOnly);
        var services = host.App.Services;
        var engine = services.GetRequiredService<LocalDurableEngine>();
        var file = Path.Combine(notices, "starts.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(16).Write(writer, "BENCH-STARTS", DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3), count);
        }

        await new BlobServiceClient(connection).GetBlobContainerClient("pathstartsbilling").GetBlobClient("starts.csv").UploadAsync(file, overwrite: true);
        var clock = Stopwatch.StartNew();
        var firstStart = new FirstStartClock(services.GetRequiredService<IWorkflowEngine>(), clock);
        var (outcome, started) = await services.GetRequiredService<BillingFileArrival>().RunAsync("starts.csv", firstStart, null, Stopping.Token);
        var imported = clock.Elapsed;
        var created = outcome.Report?.InvoicesCreated ?? 0;
        var scale = (double)count / Math.Max(1, created);
        var before = firstStart.FirstStart ?? imported;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  durable path: the import's work before its first start took {before.TotalSeconds:0.0} s; from the first start to the last created, {(imported - before).TotalSeconds:0.0} s ({created / Math.Max(0.001, (imported - before).TotalSeconds):0.0}/s)"));
        if (!firstEpisodes)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  durable path: {created:N0} invoices imported and {started:N0} orchestrations started in {imported.TotalSeconds:0.0} s ({engine.ActivitiesDone:N0} first wake-ups done by then)"));
            return (imported * scale, null);
        }

        await UntilAsync(() => engine.ActivitiesDone >= created, $"{created} first wake-ups");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  durable path: {created:N0} invoices imported and {started:N0} orchestrations started in {imported.TotalSeconds:0.0} s; every first wake-up done at {clock.Elapsed.TotalSeconds:0.0} s"));
        return (imported * scale, clock.Elapsed * scale);
    }

    /// <summary>
    /// Schedules <paramref name="count"/> minimal orchestrations to sleep until <paramref name="sleepUntil"/>,
    /// as many at once as an import starts invoices' orchestrations. Their instance ids are made as an
    /// import's invoice ids are (<see cref="InvoiceIdentity"/>: one batch key, then 16 characters), so
    /// that the engine's own work costs both sides alike: Azurite finds an instance's rows by comparing
    /// its id with those of every instance it holds, and 25-character ids with a common prefix cost it
    /// about eight times more a comparison than short ones of varying length (Azurite/id-comparison.js;
    /// docs/orchestrations.md, "The bare engine's instance ids").
    /// </summary>
    private static Task StartBareAsync(LocalDurableEngine bare, string batch, int count, DateTimeOffset sleepUntil) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = InvoiceFollowUp.Parallelism, CancellationToken = Stopping.Token }, async (i, _) =>
            await bare.Client.CreateOrchestrationInstanceAsync(nameof(MinimalOrchestrator), string.Empty, InvoiceIdentity.For(batch, i.ToString(CultureInfo.InvariantCulture)).Value, sleepUntil));

    /// <summary>M minimal orchestrations whose timers fire at one instant, from that instant until each has done its next episode.</summary>
    private static async Task<TimeSpan> BareWakesAsync(string connection, int count, Window window)
    {
        using var bare = Bare(connection, "barewakes");
        await bare.StartAsync(CancellationToken.None);
        var wakeAt = DateTimeOffset.UtcNow + Lead(count);
        await StartBareAsync(bare, "BENCH-BARE-WAKES", count, wakeAt);
        await UntilAsync(() => bare.ActivitiesDone >= count, $"{count} bare first episodes");
        var elapsed = await FromInstantAsync(wakeAt, () => bare.ActivitiesDone >= 2L * count, "bare engine wake-ups", window, count);
        await bare.StopAsync(CancellationToken.None);
        return elapsed;
    }

    /// <summary>M overdue invoices of 2.3.2026 waking for their reminder at 18:00 on Tuesday 7.4.2026, from that instant until each has sent it.</summary>
    private static async Task<TimeSpan> PathWakesAsync(string connection, string notices, int count, Window window)
    {
        var lead = Lead(count);
        var clock = new ScaledBusinessClock(TimeProvider.System, BusinessTime.StepsStartOf(ReminderTuesday) - lead, DateTimeOffset.UtcNow, 1);
        await using var host = await HostAsync(connection, notices, "pathwakes", clock);
        var services = host.App.Services;
        var engine = services.GetRequiredService<LocalDurableEngine>();
        var batch = new List<Domain.Invoices.InvoiceId>();
        foreach (var chunk in Enumerable.Range(0, count).Chunk(500))
        {
            var seeded = chunk.Select(i => SeedInvoices.New("BENCH-WAKES", $"W{i:D6}", new DateOnly(2026, 3, 2), 40m, 20m)).ToList();
            await services.GetRequiredService<IInvoiceStore>().CreateAsync(seeded, Stopping.Token);
            batch.AddRange(seeded.Select(s => s.Id));
        }

        await new InvoiceFollowUp(services.GetRequiredService<IWorkflowEngine>()).AddAsync(batch, Stopping.Token);
        await UntilAsync(() => engine.ActivitiesDone >= count, $"{count} first wake-ups (overdue)");
        return await FromInstantAsync(clock.EngineInstantOf(BusinessTime.StepsStartOf(ReminderTuesday)), () => engine.ActivitiesDone >= 2L * count, "durable path wake-ups", window, count);
    }

    /// <summary>Storage requests of P invoices from import to paid (less what an idle host spends meanwhile), and of an idle host per hour.</summary>
    private static async Task StorageCostAsync(string connection, string notices, int count, int idleSeconds, StorageRequestCounter requests)
    {
        await using var host = await HostAsync(connection, notices, "cost", SystemBusinessClock.Instance);
        var services = host.App.Services;
        var engine = services.GetRequiredService<LocalDurableEngine>();
        var idle = await IdleRateAsync(requests, TimeSpan.FromSeconds(idleSeconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage: an idle host makes {idle * 3600:N0} requests an hour ({idle:0.0}/s: queue polls, lease renewals)"));

        var invoiceDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        var file = Path.Combine(notices, "cost.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(32).Write(writer, "BENCH-COST", invoiceDate, count);
        }

        var before = requests.Count;
        var clock = Stopwatch.StartNew();
        await new BlobServiceClient(connection).GetBlobContainerClient("costbilling").GetBlobClient("cost.csv").UploadAsync(file, overwrite: true);
        var (outcome, _) = await services.GetRequiredService<BillingFileArrival>().RunAsync("cost.csv", services.GetRequiredService<IWorkflowEngine>(), null, Stopping.Token);
        var created = outcome.Report!.InvoicesCreated;
        await UntilAsync(() => engine.ActivitiesDone >= created, "first wake-ups");
        var store = services.GetRequiredService<IInvoiceStore>();
        var lines = new List<KtlFileBuilder.Line>();
        await foreach (var summary in store.ListAllAsync(Stopping.Token))
        {
            var stored = (await store.LoadAsync(summary.Id, Stopping.Token))!;
            lines.Add(new KtlFileBuilder.Line($"BENCH{lines.Count:D11}", InvoiceReferences.NationalFor(summary.Id), (long)(stored.State.Facts.Amount.Euros * 100), DateOnly.FromDateTime(DateTime.UtcNow)));
        }

        await new BlobServiceClient(connection).GetBlobContainerClient("costpayments").GetBlobClient("cost.txt").UploadAsync(new BinaryData(KtlFileBuilder.Bytes(lines)), overwrite: true);
        await services.GetRequiredService<PaymentFileArrival>().RunAsync("cost.txt", services.GetRequiredService<IWorkflowEngine>(), Stopping.Token);
        await UntilAsync(() => engine.ActivitiesDone >= 2L * created, "paid invoices' last wake-ups");
        var spent = requests.Count - before - (idle * clock.Elapsed.TotalSeconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"storage: one invoice from import to paid costs {spent / created:0} requests ({created:N0} invoices, {clock.Elapsed.TotalSeconds:0.0} s; idle requests meanwhile taken off)"));
    }

    private static async Task<double> IdleRateAsync(StorageRequestCounter requests, TimeSpan span)
    {
        await Task.Delay(TimeSpan.FromSeconds(5), Stopping.Token);
        var before = requests.Count;
        await Task.Delay(span, Stopping.Token);
        return (requests.Count - before) / span.TotalSeconds;
    }

    /// <summary>A bare engine with the local host's settings, running the minimal orchestration.</summary>
    private static LocalDurableEngine Bare(string connection, string hub) =>
        new(connection, new LocalEngineOptions { TaskHubName = hub }, new DurableTaskRegistry().AddOrchestrator<MinimalOrchestrator>().AddActivity<NoOp>(), new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);

    /// <summary>A local host (engine running unless <paramref name="runEngine"/> is false, no watchers) on its own tables, task hub and containers.</summary>
    private static Task<LocalHostHandle> HostAsync(string connection, string notices, string prefix, BusinessClock clock, bool runEngine = true) =>
        LocalHost.BuildAsync([], new LocalHostSetup
        {
            Clock = clock,
            RunEngine = runEngine,
            Watch = false,
            Sweep = false,
            Housekeep = false,
            ConnectionString = connection,
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Logging:LogLevel:Default"] = "Error",
                ["Logging:LogLevel:Asiakasmaksu"] = "Error",
                ["Asiakasmaksu:Storage:TablePrefix"] = prefix,
                ["Asiakasmaksu:Durable:TaskHubName"] = prefix,
                ["Asiakasmaksu:Notices:Folder"] = Path.Combine(notices, prefix),
            },
        }, CancellationToken.None).ContinueWith(async built =>
        {
            var host = await built;
            await host.App.StartAsync();
            return host;
        }, TaskScheduler.Default).Unwrap();

    /// <summary>Time to set M orchestrations up before their common instant: generous, and reported when not enough.</summary>
    private static TimeSpan Lead(int count) => TimeSpan.FromSeconds(30 + (0.15 * count));

    /// <summary>
    /// Waits for <paramref name="instant"/>, then measures until <paramref name="done"/>; prints what
    /// the measured window alone cost (CPU of both processes, storage requests each by kind), set-up left out.
    /// </summary>
    private static async Task<TimeSpan> FromInstantAsync(DateTimeOffset instant, Func<bool> done, string what, Window window, int count)
    {
        var wait = instant - DateTimeOffset.UtcNow;
        if (wait <= TimeSpan.Zero)
        {
            Console.WriteLine($"  warning: the set-up took longer than the lead; {what} measured from the set-up's end");
        }
        else
        {
            await Task.Delay(wait, Stopping.Token);
        }

        var before = window.Requests.Snapshot();
        var total = window.Requests.Count;
        var (own, emulator) = window.Cpu.Totals();
        var clock = Stopwatch.StartNew();
        await UntilAsync(done, what);
        var elapsed = clock.Elapsed;
        var (ownAfter, emulatorAfter) = window.Cpu.Totals();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what}, measured window alone: {elapsed.TotalSeconds:0.0} s; CPU: .NET {(ownAfter - own).TotalSeconds:0.0} s, Azurite {(emulatorAfter - emulator).TotalSeconds:0.0} s; {(window.Requests.Count - total) / (double)count:0.0} storage requests each, most by kind:"));
        PrintByKind(window.Requests, before, count);
        return elapsed;
    }

    private static void PrintByKind(StorageRequestCounter requests, IReadOnlyDictionary<string, long> before, int count)
    {
        foreach (var line in requests.Since(before, count))
        {
            Console.WriteLine($"    {line}");
        }
    }

    /// <summary>What a measured window inside a phase is counted with.</summary>
    private sealed record Window(StorageRequestCounter Requests, CpuMeter Cpu);

    private static async Task UntilAsync(Func<bool> done, string what)
    {
        var until = DateTime.UtcNow.AddMinutes(30);
        while (!done())
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"{what}: not within 30 minutes");
            }

            await Task.Delay(50, Stopping.Token);
        }
    }
}

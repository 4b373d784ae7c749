using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Local.Clock;
using Asiakasmaksu.Local.Durable;
using Asiakasmaksu.Local.Serving;

namespace Asiakasmaksu.Local.Demo;

/// <summary>
/// Plays billing files and an events file through the durable local host, on a fresh Azurite: the
/// invoices are imported as the billing watcher imports them (each followed by its orchestration),
/// the Durable engine wakes them, and the staff events are applied at 09:00 of their days; business
/// time runs on the demonstration clock (<see cref="GovernedBusinessClock"/>), so a year plays in
/// minutes with every step on the same business day as in <c>simulate</c>. Writes the outputs of
/// docs/simulate.md (docs/orchestrations.md, "The demonstration").
/// </summary>
internal static partial class DurableDemo
{
    /// <summary>Business seconds per wall-clock second along the clock's line: a day in about a third of a second when nothing holds it back.</summary>
    public const double DefaultSpeed = 250_000;

    /// <summary>The ledger key under which the driver's next staff events are due.</summary>
    private const string Driver = "demo-driver";

    private static readonly TimeOnly EventsTime = new(9, 0);

    /// <summary>Runs the play; returns its summary and a description of the store.</summary>
    public static async Task<(SimulationSummary Summary, string Store)> RunAsync(SimulationInput input, LetterFormat letters, double speed, IProgress<SimulationProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.PaymentFiles is { Count: > 0 })
        {
            throw new SimulationInputException("the durable demo plays billing files and staff events; bank payment files are played by simulate --payments");
        }

        var events = EventsFile.ReadFile(input.EventsFile);
        Directory.CreateDirectory(input.OutputFolder);
        var noticesFolder = Path.Combine(input.OutputFolder, "notices");
        if (Directory.Exists(noticesFolder))
        {
            Directory.Delete(noticesFolder, recursive: true);
        }

        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true }, cancellationToken).ConfigureAwait(false);
        using var loggers = LoggerFactory.Create(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        using var clock = new GovernedBusinessClock(TimeProvider.System, BusinessTime.StartOf(SimulationRunner.ImportDay), speed, loggers.CreateLogger<GovernedBusinessClock>());
        RecordingDispatcher? recorder = null;
        var setup = new LocalHostSetup
        {
            Clock = clock,
            Governor = clock,
            RunEngine = false,
            Watch = false,
            Housekeep = false,
            ConnectionString = azurite.ConnectionString,
            Settings = new Dictionary<string, string?>
            {
                ["urls"] = "http://127.0.0.1:0",
                ["Asiakasmaksu:Notices:Folder"] = noticesFolder,
                ["Logging:LogLevel:Default"] = "Warning",
                ["Logging:LogLevel:Asiakasmaksu"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",

                // The provider's warnings about a stale timer of an episode that continued as new (it
                // puts the message back until it can drop it) are noise in the demo's progress display.
                ["Logging:LogLevel:DurableTask"] = "Error",

                // The demo's in-memory Azurite stalls for a few seconds now and then while it collects
                // the space of deleted queue messages; the watchdog's "storage is slow" would be the one
                // warning a newcomer reads and can do nothing about. Its other warnings go with it
                // ("storage answers again"); storage lost is still shown, an error.
                ["Logging:LogLevel:Asiakasmaksu.Local.Serving.StorageWatchdog"] = "Error",
            },
            Configure = s =>
            {
                s.AddSingleton(new DispatchOptions(MaxPerPass: 100_000, Parallelism: Environment.ProcessorCount * 2, LetterFormat: letters, ArchiveRendered: false));
                s.AddSingleton<INoticeDispatcher>(sp => recorder = new RecordingDispatcher(ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp)));
            },
        };
        await using var host = await LocalHost.BuildAsync([], setup, cancellationToken).ConfigureAwait(false);
        await host.App.StartAsync(cancellationToken).ConfigureAwait(false);
        var services = host.App.Services;
        var store = services.GetRequiredService<IInvoiceStore>();
        var engine = services.GetRequiredService<IWorkflowEngine>();

        // Held at the import day (as simulate stamps its imports) until the line starts.
        var importer = SimulationImport.Importer(store, services.GetRequiredService<InvoiceRules>(), clock, services.GetRequiredService<ICeilingStore>(), services.GetRequiredService<IOutboxStore>());
        var imports = await SimulationImport.RunAsync(input, importer, new InvoiceFollowUp(engine), progress, cancellationToken).ConfigureAwait(false);
        var first = await SimulationRunner.EarliestInvoiceDateAsync(store, cancellationToken).ConfigureAwait(false) ?? input.Until;
        var end = BusinessTime.StartOf(input.Until.AddDays(1));
        var rejected = new List<(SimulationEvent Event, string Reason)>(EventsFile.OutsideRun(events, first, input.Until));
        var days = events.Where(e => e.Date >= first && e.Date <= input.Until).GroupBy(e => e.Date).OrderBy(g => g.Key).ToList();
        var sweeper = services.GetRequiredService<OutboxSweeper>();
        clock.End(Driver, clock.Begin(Driver), days.Count > 0 ? BusinessTime.At(days[0].Key, EventsTime) : end);
        await sweeper.SweepAsync(cancellationToken).ConfigureAwait(false);
        clock.StartLine(BusinessTime.StartOf(first));
        var engineHost = services.GetRequiredService<LocalDurableEngine>();
        await engineHost.StartAsync(cancellationToken).ConfigureAwait(false);
        using var report = ReportProgress(clock, first, input.Until, () => recorder?.Delivered.Count ?? 0, progress);
        try
        {
            var applier = new SimulationEventApplier(store, services.GetRequiredService<StaffActions>(), services.GetRequiredService<EstateWriteOff>());
            var applied = 0;
            for (var i = 0; i < days.Count; i++)
            {
                await clock.WaitUntilReachedAsync(BusinessTime.At(days[i].Key, EventsTime), cancellationToken).ConfigureAwait(false);
                var mark = clock.Begin(Driver);
                foreach (var e in days[i])
                {
                    var outcome = await applier.ApplyAsync(e, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    if (outcome.Refusal is { } reason)
                    {
                        rejected.Add((e, reason));
                        continue;
                    }

                    applied++;
                    foreach (var changed in outcome.Changed)
                    {
                        await engine.InvoiceChangedAsync(changed, e.Type, cancellationToken).ConfigureAwait(false);
                    }
                }

                // A notice of no single invoice (an estate confirmation, a revoked free card) waits for the sweeper.
                await sweeper.SweepAsync(cancellationToken).ConfigureAwait(false);
                clock.End(Driver, mark, i + 1 < days.Count ? BusinessTime.At(days[i + 1].Key, EventsTime) : end);
            }

            await clock.WaitUntilReachedAsync(end, cancellationToken).ConfigureAwait(false);
            await engineHost.StopAsync(CancellationToken.None).ConfigureAwait(false);
            var (byStatus, freeCards) = await SimulationOutputs.WriteAsync(input.OutputFolder, store, services.GetRequiredService<ICeilingStore>(), recorder!.Delivered, rejected, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(input.OutputFolder, "unmatched-payments.json"), "[]", cancellationToken).ConfigureAwait(false);
            var summary = new SimulationSummary(imports, input.Until.DayNumber - first.DayNumber + 1, byStatus, recorder.Delivered.Count, applied, rejected.Count, FreeCards: freeCards);
            return (summary, $"Azure Tables and the Durable Task engine (Azure Storage provider) on Azurite at {azurite.TableServiceUri}");
        }
        finally
        {
            await host.App.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    /// <summary>Reports the business day every half second while the play runs.</summary>
    private static ITimer ReportProgress(GovernedBusinessClock clock, DateOnly first, DateOnly last, Func<int> notices, IProgress<SimulationProgress>? progress)
    {
        var total = last.DayNumber - first.DayNumber + 1;
        return TimeProvider.System.CreateTimer(
            _ =>
            {
                var day = BusinessTime.DateOf(clock.GetUtcNow());
                progress?.Report(new SimulationProgress("simulate", day, Math.Clamp(day.DayNumber - first.DayNumber + 1, 0, total), total, notices()));
            },
            null,
            TimeSpan.Zero,
            TimeSpan.FromMilliseconds(500));
    }
}

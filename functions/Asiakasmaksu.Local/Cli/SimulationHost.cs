using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Local.Composition;
using Asiakasmaksu.Rendering;
using Spectre.Console;

namespace Asiakasmaksu.Local.Cli;

/// <summary>Runs a simulation with a progress bar and prints the summary (shared by demo and simulate).</summary>
internal static class SimulationHost
{
    public static async Task<int> RunAsync(SimulationInput input, bool useAzurite, LetterFormat letters, string? tariffsPath, CancellationToken cancellationToken)
    {
        var rules = InvoiceRules.Default(LoadTariffs(tariffsPath));
        var noticesFolder = Path.Combine(input.OutputFolder, "notices");
        if (Directory.Exists(noticesFolder))
        {
            Directory.Delete(noticesFolder, recursive: true);
        }

        var started = System.Diagnostics.Stopwatch.StartNew();
        await using var stores = useAzurite
            ? await AnsiConsole.Status().StartAsync("Starting Azurite…", _ => Stores.OnFreshAzuriteAsync(cancellationToken)).ConfigureAwait(false)
            : Stores.InMemory();
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var issuer = IssuerProfile.Example;
        var dispatcher = new OutboxDispatcher(
            stores.Outbox,
            new NoticeRenderer(issuer),
            issuer,
            new EmlFolderSender(noticesFolder),
            new FolderNoticeArchive(noticesFolder),
            clock,
            new DispatchOptions(MaxPerPass: 100_000, Parallelism: Environment.ProcessorCount * 2, LetterFormat: letters, ArchiveRendered: false),
            invoices: stores.Invoices);
        var runner = new SimulationRunner(stores.Invoices, stores.Outbox, stores.Audit, rules, clock, dispatcher, stores.Ceilings);

        var summary = await WithProgressAsync(progress => runner.RunAsync(input, progress, cancellationToken)).ConfigureAwait(false);
        SummaryPrinter.Print(summary, input, stores.Description, started.Elapsed);
        return 0;
    }

    /// <summary>Runs <paramref name="run"/> under a progress bar: the import's lines, then the business day and the notices delivered.</summary>
    public static async Task<T> WithProgressAsync<T>(Func<IProgress<SimulationProgress>, Task<T>> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        T result = default!;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Importing and simulating", maxValue: 1);
                var progress = new SyncProgress<SimulationProgress>(p =>
                {
                    task.MaxValue = Math.Max(1, p.Total);
                    task.Value = Math.Min(p.Done, task.MaxValue);
                    task.Description = p.Phase == "simulate" ? $"{p.Day:yyyy-MM-dd}  {p.Notices:#,0} notices" : $"{p.Phase}  {p.Done:#,0} lines";
                });
                result = await run(progress).ConfigureAwait(false);
                task.Value = task.MaxValue;
            }).ConfigureAwait(false);
        return result;
    }

    private static TariffBook LoadTariffs(string? path)
    {
        if (path is null)
        {
            return DefaultTariffs.Load();
        }

        if (!File.Exists(path))
        {
            throw new UsageException($"tariff file not found: {path}");
        }

        try
        {
            return TariffBookJson.Parse(File.ReadAllText(path));
        }
        catch (TariffConfigurationException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }
}

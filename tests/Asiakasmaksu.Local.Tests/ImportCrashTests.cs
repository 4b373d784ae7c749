using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.Local.Tests;

/// <summary>
/// The import killed part-way (the process, not a simulated fault), then run again, leaves exactly
/// the invoices of one clean run on Azure Table storage: none missing, none twice.
/// </summary>
public sealed class ImportCrashTests
{
    private const int Lines = 12_000;

    [Fact]
    public async Task KilledImport_RunAgain_GivesExactlyTheInvoicesOfOneCleanRun()
    {
        using var dir = new TempFolder();
        var file = Path.Combine(dir.Path, "big-2026-01.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(5).Write(writer, "CRASH-2026-01", new DateOnly(2026, 1, 30), Lines, linesPerClient: 3);
        }

        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        var crashed = Store(azurite, "crash");

        using (var first = Start(dir.Path, file, azurite, "crash"))
        {
            // The import prints "creating DONE/TOTAL invoices" after each chunk it has written: kill it at the first.
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (await first.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("creating ", StringComparison.Ordinal) && !line.StartsWith("creating 0/", StringComparison.Ordinal))
                {
                    break;
                }
            }

            Assert.False(first.HasExited, "the import ended before it could be killed");
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
        }

        var afterCrash = await CountAsync(crashed);
        Assert.InRange(afterCrash, 1, (Lines / 3) - 1); // killed part-way, not after the end

        var rerun = await LocalCliProcess.RunAsync(dir.Path, ["import", file], Environment(azurite, "crash"));
        var clean = await LocalCliProcess.RunAsync(dir.Path, ["import", file], Environment(azurite, "clean"));

        Assert.True(rerun.ExitCode == 0, rerun.Error);
        Assert.True(clean.ExitCode == 0, clean.Error);
        var once = await SnapshotAsync(Store(azurite, "clean"));
        var again = await SnapshotAsync(crashed);
        Assert.Equal(Lines / 3, once.Count);
        Assert.Equal(once, again);
    }

    private static System.Diagnostics.Process Start(string folder, string file, AzuriteProcess azurite, string prefix) =>
        LocalCliProcess.Start(folder, ["import", file], Environment(azurite, prefix));

    private static Dictionary<string, string> Environment(AzuriteProcess azurite, string prefix) => new()
    {
        ["Asiakasmaksu__Storage__ConnectionString"] = azurite.ConnectionString,
        ["Asiakasmaksu__Storage__TablePrefix"] = prefix,
        ["Asiakasmaksu__Notices__Folder"] = Path.Combine(Path.GetTempPath(), "asiakasmaksu-crash-notices"),
    };

    private static AzureTableStore Store(AzuriteProcess azurite, string prefix) =>
        new(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = prefix });

    private static async Task<int> CountAsync(IInvoiceStore store)
    {
        // Counted by hand: the local host brings System.Linq.Async (through DurableTask.Core), whose
        // CountAsync clashes with .NET's own System.Linq.AsyncEnumerable.
        var count = 0;
        await foreach (var _ in store.ListAllAsync(CancellationToken.None))
        {
            count++;
        }

        return count;
    }

    /// <summary>Every invoice as a line of what matters: id, amount, status, stage, due date, its event count and its lines.</summary>
    private static async Task<List<string>> SnapshotAsync(IInvoiceStore store)
    {
        var rows = new List<string>();
        await foreach (var summary in store.ListAllAsync(CancellationToken.None))
        {
            var stored = (await store.LoadAsync(summary.Id, CancellationToken.None))!;
            var lines = string.Join(",", stored.State.Facts.Lines.Select(l => $"{l.LineId}:{l.Amount}"));
            rows.Add($"{summary.Id} {summary.Amount} {summary.Status} {summary.Stage} {summary.DueDate:yyyy-MM-dd} {stored.History.Count} {lines}");
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}

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
    private const int Lines = 30_000;

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
            var deadline = DateTime.UtcNow.AddMinutes(3);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            while (await SafeCountAsync(crashed) == 0)
            {
                Assert.False(first.HasExited, "the import ended before it wrote anything: " + await first.StandardError.ReadToEndAsync());
                Assert.True(DateTime.UtcNow < deadline, "no invoice was written within 3 minutes");
                await Task.Delay(20);
            }

            var exitedBefore = first.HasExited;
            var seenAfter = watch.Elapsed;
            first.Kill(entireProcessTree: true);
            await first.WaitForExitAsync();
            Console.Error.WriteLine($"DEBUG first header after {seenAfter}, exited before kill {exitedBefore}, count now {await CountAsync(crashed)}");
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

    /// <summary>True once one invoice header row exists (a cheap look, so the kill comes early).</summary>
    private static async Task<bool> AnyHeaderAsync(Azure.Data.Tables.TableClient invoices)
    {
        try
        {
            await foreach (var page in invoices.QueryAsync<Azure.Data.Tables.TableEntity>("RowKey ge 'h|' and RowKey lt 'h}'", maxPerPage: 1, select: ["RowKey"]).AsPages())
            {
                return page.Values.Count > 0;
            }

            return false;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            return false; // the table does not exist yet
        }
    }

    private static async Task<int> CountAsync(IInvoiceStore store) => await store.ListAllAsync(CancellationToken.None).CountAsync();

    private static async Task<int> SafeCountAsync(IInvoiceStore store)
    {
        try
        {
            var n = await CountAsync(store);
            Console.Error.WriteLine($"DEBUG {DateTime.UtcNow:HH:mm:ss.fff} count {n}");
            return n;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 404)
        {
            Console.Error.WriteLine($"DEBUG {DateTime.UtcNow:HH:mm:ss.fff} 404");
            return 0; // the tables do not exist yet
        }
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

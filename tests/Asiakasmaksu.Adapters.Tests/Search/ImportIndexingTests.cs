using System.Text;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Adapters.Tests.Store;
using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Application.Time;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Search;

/// <summary>
/// The import as the hosts run it (<see cref="ImportBillingFile"/> with <see cref="ImportBookkeeping"/>)
/// on Azure Tables in Azurite: the client search index and the import log are written after the
/// import, the same file imported again adds no index row, and no row holds a henkilötunnus.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ImportIndexingTests(AzuriteFixture fixture) : IDisposable
{
    private const string Ssn = "131052-308T";

    private static readonly PersonalIdentityHasher Hasher = new(Encoding.UTF8.GetBytes("test key for the client search, 32+ bytes long"));

    private static readonly string File = string.Join('\n',
        "batch_id;line_id;client_id;name;street;postal_code;city;language;service_code;service_date;amount;ceiling;invoice_date;ssn",
        $"B1;1;C-1;Östman Åsa;Katu 1;00100;Helsinki;sv;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;{Ssn}",
        $"B1;2;C-1;Östman Åsa;Katu 1;00100;Helsinki;sv;KOTIHOITO;2026-01-06;10.00;0;2026-01-30;{Ssn}",
        "B1;3;C-2;Asiakas Aino;Katu 2;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;",
        "B1;4;C-4;Rejected Rita;Katu 4;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.001;0;2026-01-30;") + "\n";

    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("asiakasmaksu-indexing-");

    [Fact]
    public async Task GivenTheSameFileImportedTwice_ThenTheIndexHasTheSameRowsAndTheLogBothArrivals()
    {
        var (use, index, log, table) = await ArrangeAsync("reimport");

        var first = await use.RunAsync("billing.csv", null, null, CancellationToken.None);
        var rowsAfterFirst = await RowsAsync(table);
        var second = await use.RunAsync("billing.csv", null, null, CancellationToken.None);
        var rowsAfterSecond = await RowsAsync(table);

        Assert.Equal(2, first.Report!.InvoicesCreated);
        Assert.Equal(0, second.Report!.InvoicesCreated);
        Assert.Equal(2, second.Report.InvoicesAlreadyImported);
        Assert.Equal(rowsAfterFirst, rowsAfterSecond);
        Assert.Equal(5, rowsAfterSecond.Count); // ostman, asa, the hash of C-1; asiakas, aino
        Assert.Equal(["C-1"], (await index.FindByPersonalIdentityAsync(Hasher.Hash(Ssn), CancellationToken.None)).Select(c => c.ClientId));
        Assert.Empty((await index.FindByNameWordAsync("rita", PageRequest.First(), CancellationToken.None)).Items);
        var logged = await log.ListPageAsync(ImportedFileRecord.Billing, PageRequest.First(), CancellationToken.None);
        Assert.Equal(2, logged.Items.Count);
        Assert.All(logged.Items, r => Assert.Equal((4, 3, 1), (r.Lines, r.Accepted, r.Rejected)));
        Assert.True(logged.Items[0].At > logged.Items[1].At, "newest first");
        Assert.DoesNotContain(string.Concat(rowsAfterSecond), Ssn[..6], StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAnImportThatFailsBeforeTheBookkeeping_WhenRerun_ThenTheClientsAreIndexed()
    {
        var (use, index, _, table) = await ArrangeAsync("rerun");
        var store = new InMemoryStore();
        var broken = new ImportBillingFile(new FolderBillingFileStore(folder.FullName, Path.Combine(folder.FullName, "errors")), new BillingImport(store, TestInvoices.Rules, Clock(), new InMemoryCeilingStore(), store));
        await broken.RunAsync("billing.csv", null, null, CancellationToken.None);
        Assert.Empty(await RowsAsync(table));

        await use.RunAsync("billing.csv", null, null, CancellationToken.None);

        Assert.Equal(5, (await RowsAsync(table)).Count);
        Assert.Equal(["C-2"], (await index.FindByNameWordAsync("aino", PageRequest.First(), CancellationToken.None)).Items.Select(c => c.ClientId));
    }

    public void Dispose() => folder.Delete(recursive: true);

    private async Task<(ImportBillingFile Use, IClientSearchIndex Index, IImportLog Log, TableClient Table)> ArrangeAsync(string name)
    {
        await System.IO.File.WriteAllTextAsync(Path.Combine(folder.FullName, "billing.csv"), File);
        var store = await AzureStores.NewAsync(fixture, "indexing" + name);
        var tables = new TableServiceClient(fixture.ConnectionString);
        var table = tables.GetTableClient(TestNames.Table("search" + name));
        await table.CreateIfNotExistsAsync();
        var logTable = tables.GetTableClient(TestNames.Table("importlog" + name));
        await logTable.CreateIfNotExistsAsync();
        var index = new AzureClientSearchIndex(table);
        var log = new AzureImportLog(logTable);
        var clock = Clock();
        var import = new BillingImport(store, TestInvoices.Rules, clock, new InMemoryCeilingStore(), store);
        var use = new ImportBillingFile(new FolderBillingFileStore(folder.FullName, Path.Combine(folder.FullName, "errors")), import, new ImportBookkeeping(log, index, Hasher, new TickingClock(clock)));
        return (use, index, log, table);
    }

    private static ManualClock Clock() => new(BusinessTime.StartOf(new DateOnly(2026, 1, 30)).AddHours(8));

    private static async Task<List<string>> RowsAsync(TableClient table)
    {
        var rows = new List<string>();
        await foreach (var e in table.QueryAsync<TableEntity>())
        {
            rows.Add($"{e.PartitionKey}/{e.RowKey}/{string.Join(",", e.Where(p => p.Key is not ("odata.etag" or "Timestamp")).Select(p => $"{p.Key}={p.Value}"))}");
        }

        return rows;
    }

    /// <summary>A clock a minute later at each reading, so two arrivals are two log records in order.</summary>
    private sealed class TickingClock(ManualClock start) : TimeProvider
    {
        private int readings;

        public override DateTimeOffset GetUtcNow() => start.GetUtcNow().AddMinutes(Interlocked.Increment(ref readings));
    }
}

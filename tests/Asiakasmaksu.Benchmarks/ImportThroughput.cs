using System.Diagnostics;
using System.Globalization;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.Azurite;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Testing;
using Azure.Data.Tables;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// The import into Azurite, measured against Azurite's own raw throughput in the same run (issue
/// target: the import reaches at least 0.7 of raw batched writes). Steps: generate a billing file;
/// import it through <see cref="BillingImport"/> into the Azure Table store; copy every entity the
/// import wrote into fresh tables as entity-group transactions of 100, several partitions in
/// parallel (raw); write a sample of the same entities one request at a time (naive). Prints
/// lines/s, entities/s and the ratios, and the process's peak memory.
/// </summary>
internal static class ImportThroughput
{
    public static async Task<int> RunAsync(int lines, int naiveSample, int parallel, bool importOnly)
    {
        var file = Path.Combine(Path.GetTempPath(), $"asiakasmaksu-bench-{lines}.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(7).Write(writer, "BENCH-2026-01", new DateOnly(2026, 1, 30), lines, linesPerClient: 3);
        }

        Console.WriteLine($"Billing file: {lines:#,0} lines ({new FileInfo(file).Length / 1e6:0.0} MB), about {lines / 3:#,0} invoices.");
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true });
        var service = new TableServiceClient(azurite.ConnectionString);

        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "imp", MaxParallelBatches = parallel });
        await store.EnsureCreatedAsync(CancellationToken.None);
        var import = new BillingImport(store, InvoiceRules.Default(DefaultTariffs.Load()), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        ImportReport report;
        await using (var content = File.OpenRead(file))
        {
            report = await import.RunAsync(Path.GetFileName(file), content, new DiscardRejections(), null, CancellationToken.None);
        }

        var importTime = clock.Elapsed;
        Console.WriteLine($"Import:  {report.Lines:#,0} lines, {report.InvoicesCreated:#,0} invoices in {importTime.TotalSeconds:0.00} s = {report.Lines / importTime.TotalSeconds:#,0} lines/s; peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB");
        if (importOnly)
        {
            File.Delete(file);
            return 0;
        }

        var entities = await EntitiesAsync(service, "imp");
        var entityCount = entities.Sum(t => t.Rows.Count);
        Console.WriteLine($"         {entityCount:#,0} entities written = {entityCount / importTime.TotalSeconds:#,0} entities/s");

        clock.Restart();
        foreach (var (table, rows) in entities)
        {
            await RawBatchedAsync(service, "raw" + table[3..], rows, parallel);
        }

        var rawTime = clock.Elapsed;
        Console.WriteLine($"Raw:     {entityCount:#,0} entities as transactions of 100, {parallel} in parallel, in {rawTime.TotalSeconds:0.00} s = {entityCount / rawTime.TotalSeconds:#,0} entities/s");

        var sample = entities.SelectMany(t => t.Rows.Select(r => (t.Table, Row: r))).Take(naiveSample).ToList();
        clock.Restart();
        foreach (var (table, row) in sample)
        {
            var client = service.GetTableClient("naive" + table[3..]);
            await client.CreateIfNotExistsAsync();
            await client.UpsertEntityAsync(row, TableUpdateMode.Replace);
        }

        var naiveRate = sample.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"Naive:   {sample.Count:#,0} entities one request at a time, sequential = {naiveRate:#,0} entities/s");
        var rawRate = entityCount / rawTime.TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"Import / raw batched = {rawTime.TotalSeconds / importTime.TotalSeconds:0.00} (target >= 0.70); raw batched / naive = {rawRate / naiveRate:0.0}x");
        File.Delete(file);
        return 0;
    }

    private static async Task<List<(string Table, List<TableEntity> Rows)>> EntitiesAsync(TableServiceClient service, string prefix)
    {
        var tables = new List<(string, List<TableEntity>)>();
        await foreach (var table in service.QueryAsync(t => t.Name.CompareTo(prefix) >= 0 && t.Name.CompareTo(prefix + "~") < 0))
        {
            var rows = new List<TableEntity>();
            await foreach (var row in service.GetTableClient(table.Name).QueryAsync<TableEntity>())
            {
                row.ETag = default;
                row.Remove("Timestamp");
                row.Remove("odata.etag");
                rows.Add(row);
            }

            tables.Add((table.Name, rows));
        }

        return tables;
    }

    private static async Task RawBatchedAsync(TableServiceClient service, string table, List<TableEntity> rows, int parallel)
    {
        var client = service.GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(p => p.Chunk(100)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (batch, ct) =>
            await client.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct));
    }

    private sealed class DiscardRejections : IRejectionSink
    {
        public Task AddAsync(Asiakasmaksu.Domain.Billing.LineRejection rejection, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    public static int ParseInt(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }
}

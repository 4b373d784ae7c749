using System.Diagnostics;
using System.Globalization;
using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Adapters.AzureTables;
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
/// lines/s, entities/s and the ratios, the CPU seconds of this process and of Azurite per phase,
/// and the process's peak memory. With <c>--warmup N</c> both paths first run once on N other
/// lines, so that JIT compilation (paid by whichever phase runs first) stays out of the ratio.
/// </summary>
internal static class ImportThroughput
{
    public static async Task<int> RunAsync(int lines, int naiveSample, int parallel, bool importOnly, int warmupLines)
    {
        var file = Path.Combine(Path.GetTempPath(), $"asiakasmaksu-bench-{lines}.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(7).Write(writer, "BENCH-2026-01", new DateOnly(2026, 1, 30), lines, linesPerClient: 3);
        }

        Console.WriteLine($"Billing file: {lines:#,0} lines ({new FileInfo(file).Length / 1e6:0.0} MB), about {lines / 3:#,0} invoices.");
        // Azurite keeps every table in node's heap: a million lines (about four million entities with their
        // copies) outgrow node's default limit of about 4 GB, and Azurite dies mid-import without it.
        await using var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { InMemoryPersistence = true, NodeHeapLimitMegabytes = 16384 });
        var service = new TableServiceClient(azurite.ConnectionString);
        if (warmupLines > 0)
        {
            await WarmUpAsync(azurite.ConnectionString, service, warmupLines, parallel);
        }

        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = azurite.ConnectionString, TablePrefix = "imp", MaxParallelBatches = parallel });
        await store.EnsureCreatedAsync(CancellationToken.None);
        // The ceiling accounts go to Azure Tables too (a table of the same prefix), so the raw copy below writes them as well.
        var import = new BillingImport(store, InvoiceRules.Default(DefaultTariffs.Load()), TimeProvider.System, await CeilingsAsync(service, "impCeilings"), store);
        var cpu = new CpuMeter(azurite.ProcessId);
        var (jit, pauses, allocated) = (System.Runtime.JitInfo.GetCompilationTime(), GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var clock = Stopwatch.StartNew();
        ImportReport report;
        var log = new ImportProgressLog();
        await using (var content = File.OpenRead(file))
        {
            try
            {
                report = await import.RunAsync(Path.GetFileName(file), content, new DiscardRejections(), null, log, CancellationToken.None);
            }
            catch (Exception) when (azurite.RecentOutput.Count > 0)
            {
                // When Azurite dies the client only sees "connection refused": show why it died.
                Console.Error.WriteLine($"Azurite's last output:{Environment.NewLine}{string.Join(Environment.NewLine, azurite.RecentOutput.TakeLast(20))}");
                throw;
            }
        }

        var importTime = clock.Elapsed;
        var importCpu = cpu.Lap();
        Console.WriteLine($"Import:  {report.Lines:#,0} lines, {report.InvoicesCreated:#,0} invoices in {importTime.TotalSeconds:0.00} s = {report.Lines / importTime.TotalSeconds:#,0} lines/s; peak working set so far {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB, largest managed heap seen {log.PeakManagedHeap / 1e6:0} MB");
        Console.WriteLine($"         CPU: this process {importCpu.Own.TotalSeconds:0.0} s (JIT {(System.Runtime.JitInfo.GetCompilationTime() - jit).TotalSeconds:0.0} s, GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.0} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.0} GB allocated), Azurite {importCpu.Azurite.TotalSeconds:0.0} s");
        if (importOnly)
        {
            File.Delete(file);
            return 0;
        }

        var entities = await EntitiesAsync(service, "imp");
        var entityCount = entities.Sum(t => t.Rows.Count);
        Console.WriteLine($"         {entityCount:#,0} entities written = {entityCount / importTime.TotalSeconds:#,0} entities/s");

        cpu.Lap();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        clock.Restart();
        foreach (var (table, rows) in entities)
        {
            await RawBatchedAsync(service.GetTableClient("raw" + table[3..]), rows, parallel);
        }

        var rawTime = clock.Elapsed;
        var rawCpu = cpu.Lap();
        Console.WriteLine($"Raw:     {entityCount:#,0} entities as transactions of 100, {parallel} in parallel, in {rawTime.TotalSeconds:0.00} s = {entityCount / rawTime.TotalSeconds:#,0} entities/s");
        Console.WriteLine($"         CPU: this process {rawCpu.Own.TotalSeconds:0.0} s ({(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1e9:0.0} GB allocated), Azurite {rawCpu.Azurite.TotalSeconds:0.0} s");

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
        Console.WriteLine($"By CPU seconds (both processes; steadier than wall time on a shared machine): import / raw = {rawCpu.Total / importCpu.Total:0.00}");
        File.Delete(file);
        return 0;
    }

    private static async Task<AzureCeilingStore> CeilingsAsync(TableServiceClient service, string table)
    {
        var client = service.GetTableClient(table);
        await client.CreateIfNotExistsAsync();
        return new AzureCeilingStore(client);
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

    /// <summary>
    /// Runs both measured paths once on a small file of another batch, into other tables, so that
    /// neither measured phase pays for JIT compilation (without it the import, which runs first, does).
    /// </summary>
    private static async Task WarmUpAsync(string connectionString, TableServiceClient service, int lines, int parallel)
    {
        using var text = new StringWriter();
        new BillingFileGenerator(11).Write(text, "WARM-2026-01", new DateOnly(2026, 1, 30), lines, linesPerClient: 3);
        var store = new AzureTableStore(new AzureStorageOptions { ConnectionString = connectionString, TablePrefix = "wrm", MaxParallelBatches = parallel });
        await store.EnsureCreatedAsync(CancellationToken.None);
        var import = new BillingImport(store, InvoiceRules.Default(DefaultTariffs.Load()), TimeProvider.System, await CeilingsAsync(service, "wrmCeilings"), store);
        await using (var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString())))
        {
            await import.RunAsync("warmup.csv", content, new DiscardRejections(), null, null, CancellationToken.None);
        }

        foreach (var (table, rows) in await EntitiesAsync(service, "wrm"))
        {
            await RawBatchedAsync(service.GetTableClient("wrmraw" + table[3..]), rows, parallel);
        }

        Console.WriteLine($"Warm-up: {lines:#,0} lines imported and copied raw into other tables (JIT so far {System.Runtime.JitInfo.GetCompilationTime().TotalSeconds:0.0} s).");
    }

    private static async Task RawBatchedAsync(TableClient client, List<TableEntity> rows, int parallel)
    {
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

using System.Diagnostics;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Simulation;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.Benchmarks;

/// <summary>
/// <c>simulate</c> of many invoices through a year (issue target: 100 000 invoices in under a
/// minute here), on the in-memory store with letters as HTML, as <c>simulate --letters html</c>
/// runs it. A timed harness: prints the time, not a pass/fail.
/// </summary>
internal static class SimulateYear
{
    /// <summary>
    /// Simulates <paramref name="invoices"/> invoices through 2026. <paramref name="paidShare"/> of
    /// them (that many of every hundred, in listing order) are paid in full on their due date by a KTL bank file;
    /// the rest go through reminder, both letters and enforcement, each with its notice.
    /// </summary>
    public static async Task<int> RunAsync(int invoices, double paidShare)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"asiakasmaksu-bench-sim-{invoices}");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "billing.csv");
        await using (var writer = new StreamWriter(file))
        {
            new BillingFileGenerator(11).Write(writer, "SIM-2026-01", new DateOnly(2026, 1, 30), invoices, linesPerClient: 1);
        }

        var payments = await PaymentsFileAsync(file, folder, paidShare);
        var store = new InMemoryStore();
        var clock = new ManualClock(DateTimeOffset.UnixEpoch);
        var notices = Path.Combine(folder, "out", "notices");
        var timings = new SimulateTimings();
        var dispatcher = timings.Dispatcher(new OutboxDispatcher(timings.Outbox(store), new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, timings.Sender(new EmlFolderSender(notices)), timings.Archive(new FolderNoticeArchive(notices)), clock, new DispatchOptions(MaxPerPass: 100_000, Parallelism: Environment.ProcessorCount * 2, LetterFormat: LetterFormat.Html, ArchiveRendered: false)));
        var runner = new SimulationRunner(store, store, new InMemoryAuditLog(), InvoiceRules.Default(DefaultTariffs.Load()), clock, dispatcher, new InMemoryCeilingStore());
        var (cpu, pauses, allocated) = (Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes());
        var watch = Stopwatch.StartNew();
        timings.Start();
        var summary = await runner.RunAsync(new SimulationInput([file], null, new DateOnly(2026, 12, 31), Path.Combine(folder, "out"), Environment.ProcessorCount * 2, payments is null ? null : [payments]), timings.Phases, CancellationToken.None);
        Console.WriteLine($"simulate: {summary.Imports.Sum(i => i.InvoicesCreated):#,0} invoices ({paidShare:P0} paid on time by a bank file) through {summary.Days} days, {summary.Notices:#,0} notices rendered and written, in {watch.Elapsed.TotalSeconds:0.0} s (target < 60 s)");
        Console.WriteLine($"CPU {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s on {Environment.ProcessorCount} cores, GC pauses {(GC.GetTotalPauseDuration() - pauses).TotalSeconds:0.0} s, {(GC.GetTotalAllocatedBytes() - allocated) / 1e9:0.0} GB allocated");
        Console.WriteLine(timings.Describe(watch.Elapsed));
        Console.WriteLine($"status at the end: {string.Join(", ", summary.InvoicesByStatus.Select(s => $"{s.Key} {s.Value:#,0}"))}");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>A KTL file paying <paramref name="paidShare"/> of the file's invoices in full on their due dates (null when none).</summary>
    private static async Task<string?> PaymentsFileAsync(string billing, string folder, double paidShare)
    {
        if (paidShare <= 0)
        {
            return null;
        }

        var scratch = new InMemoryStore();
        await using (var content = File.OpenRead(billing))
        {
            await new BillingImport(scratch, InvoiceRules.Default(DefaultTariffs.Load()), TimeProvider.System, new InMemoryCeilingStore(), scratch).RunAsync("billing.csv", content, new CsvRejectionSink(Stream.Null), null, null, CancellationToken.None);
        }

        var lines = new List<KtlFileBuilder.Line>();
        var n = 0;
        await foreach (var invoice in scratch.ListAllAsync(CancellationToken.None))
        {
            if (n++ % 100 >= paidShare * 100)
            {
                continue;
            }

            var stored = (await scratch.LoadAsync(invoice.Id, CancellationToken.None))!;
            lines.Add(new KtlFileBuilder.Line($"P{n:D15}", stored.State.Facts.Reference, (long)(invoice.Amount.Euros * 100), invoice.DueDate!.Value));
        }

        var path = Path.Combine(folder, "payments.ktl");
        await File.WriteAllBytesAsync(path, KtlFileBuilder.Bytes(lines));
        return path;
    }
}

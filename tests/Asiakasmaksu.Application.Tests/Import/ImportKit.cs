using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>Fixtures for import tests: rules, a fixed clock, billing files as text, a collecting rejection sink.</summary>
internal static class ImportKit
{
    public static readonly InvoiceRules Rules = InvoiceRules.Default(DefaultTariffs.Load());

    public static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static readonly string[] Columns =
    [
        "batch_id", "line_id", "client_id", "name", "street", "postal_code", "city", "language", "service_code",
        "service_date", "amount", "ceiling", "invoice_date", "ssn", "email",
        "recipient_name", "recipient_street", "recipient_postal_code", "recipient_city", "quantity", "unit_price",
        "service_category", "days", "ceiling_holder_id",
    ];

    private static readonly ConditionalWeakTable<IInvoiceStore, InMemoryCeilingStore> CeilingStores = [];

    /// <summary>An import into <paramref name="store"/>, with the ceiling store that belongs to it (the same one on every call).</summary>
    public static BillingImport NewImport(IInvoiceStore store, int maxLinesInMemory = 50_000, InvoiceRules? rules = null, InMemoryCeilingStore? ceilings = null, DateTimeOffset? now = null) =>
        new(store, rules ?? Rules, new ManualClock(now ?? Now), ceilings ?? CeilingsOf(store), OutboxOf(store)) { MaxLinesInMemory = maxLinesInMemory };

    private static readonly ConditionalWeakTable<IInvoiceStore, InMemoryStore> Outboxes = [];

    /// <summary>The outbox of <paramref name="store"/>: itself when it is one, else one kept beside it.</summary>
    public static IOutboxStore OutboxOf(IInvoiceStore store) => store as IOutboxStore ?? Outboxes.GetValue(store, _ => new InMemoryStore());

    /// <summary>The ceiling accounts kept beside <paramref name="store"/>.</summary>
    public static InMemoryCeilingStore CeilingsOf(IInvoiceStore store) => CeilingStores.GetValue(store, _ => new InMemoryCeilingStore());

    /// <summary>The invoice workflow over <paramref name="store"/> (its own outbox) and its ceiling accounts, on <paramref name="clock"/>.</summary>
    public static InvoiceWorkflow Workflow(InMemoryStore store, TimeProvider clock) => new(store, Rules, clock, CeilingsOf(store), store);

    /// <summary>A line of client <paramref name="client"/> in batch B1; <paramref name="changes"/> override fields.</summary>
    public static Dictionary<string, string> Line(string lineId, string client, decimal amount = 20.90m, params (string Column, string Value)[] changes)
    {
        var line = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["batch_id"] = "B1", ["line_id"] = lineId, ["client_id"] = client, ["name"] = $"Asiakas {client}",
            ["street"] = "Kauppakatu 1", ["postal_code"] = "00100", ["city"] = "Helsinki", ["language"] = "fi",
            ["service_code"] = "DOCTOR", ["service_date"] = "2026-02-10", ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["ceiling"] = "1", ["invoice_date"] = "2026-03-02",
        };
        foreach (var (column, value) in changes)
        {
            line[column] = value;
        }

        return line;
    }

    public static string Csv(params Dictionary<string, string>[] lines)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var line in lines)
        {
            text.Append(string.Join(',', Columns.Select(c => Quote(line.GetValueOrDefault(c, string.Empty))))).Append('\n');
        }

        return text.ToString();
    }

    public static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

    /// <summary>A seed-like file from the shared generator: <paramref name="lines"/> lines, <paramref name="linesPerClient"/> per client.</summary>
    public static string Generated(string batchId, int lines, int linesPerClient, int seed = 1, char delimiter = ';')
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture);
        new BillingFileGenerator(seed).Write(writer, batchId, new DateOnly(2026, 1, 30), lines, linesPerClient, delimiter);
        return writer.ToString();
    }

    public static async Task<(ImportReport Report, List<LineRejection> Rejections)> RunAsync(BillingImport import, string text, string fileName = "billing.csv", IImportedInvoiceSink? imported = null)
    {
        var (report, sink) = await RunToSinkAsync(import, text, fileName, imported);
        return (report, sink.Rejections);
    }

    /// <summary>Imports <paramref name="text"/>; the report and everything the import told its sink (rejections and warnings).</summary>
    public static async Task<(ImportReport Report, ListSink Sink)> RunToSinkAsync(BillingImport import, string text, string fileName = "billing.csv", IImportedInvoiceSink? imported = null)
    {
        var sink = new ListSink();
        var report = await import.RunAsync(fileName, new MemoryStream(Encoding.UTF8.GetBytes(text)), sink, imported, null, CancellationToken.None);
        return (report, sink);
    }

    public static async Task<List<StoredInvoice>> AllAsync(IInvoiceStore store)
    {
        var invoices = new List<StoredInvoice>();
        await foreach (var summary in store.ListAllAsync(CancellationToken.None))
        {
            invoices.Add((await store.LoadAsync(summary.Id, CancellationToken.None))!);
        }

        return invoices;
    }

    public static InMemoryStore NewStore() => new();

    /// <summary>Collects rejections and warnings in order.</summary>
    public sealed class ListSink : IRejectionSink
    {
        public List<LineRejection> Rejections { get; } = [];

        public List<LineRejection> Warnings { get; } = [];

        public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken)
        {
            Rejections.Add(rejection);
            return Task.CompletedTask;
        }

        public Task AddWarningAsync(LineRejection warning, CancellationToken cancellationToken)
        {
            Warnings.Add(warning);
            return Task.CompletedTask;
        }
    }

    /// <summary>Collects the invoices an import hands on, chunk by chunk.</summary>
    public sealed class HandedOn : IImportedInvoiceSink
    {
        public List<IReadOnlyList<InvoiceId>> Chunks { get; } = [];

        /// <summary>Every invoice handed on, in order.</summary>
        public List<string> Ids => [.. Chunks.SelectMany(c => c).Select(id => id.Value)];

        public Task AddAsync(IReadOnlyList<InvoiceId> invoices, CancellationToken cancellationToken)
        {
            Chunks.Add(invoices);
            return Task.CompletedTask;
        }
    }
}

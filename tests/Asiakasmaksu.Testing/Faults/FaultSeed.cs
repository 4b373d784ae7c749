using System.Globalization;
using System.Text;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>The starting states of the fault-injection cases, made through the real import and workflow on clean stores.</summary>
public static class FaultSeed
{
    /// <summary>The client of every case.</summary>
    public const string Client = "A";

    /// <summary>When the billing file is imported: 2.3.2026 (invoice due 19.3.2026).</summary>
    public static readonly DateTimeOffset ImportedAt = BusinessTime.At(new DateOnly(2026, 3, 2), new TimeOnly(8, 0));

    /// <summary>The invoice of client A in batch B1.</summary>
    public static InvoiceId First => InvoiceIdentity.For("B1", Client);

    /// <summary>The invoice of client A in batch B2.</summary>
    public static InvoiceId Second => InvoiceIdentity.For("B2", Client);

    /// <summary>Imports one invoice of 60 € for client A per batch (a visit counted toward the payment ceiling), sent as a letter.</summary>
    public static Task ImportAsync(Ports ports, params string[] batches) =>
        ImportLinesAsync(ports, [.. (batches.Length == 0 ? ["B1"] : batches).Select(b => (b, (string?)null))]);

    /// <summary>Imports one invoice of 60 € for client A per batch, sent to the email address given with it (a letter when none).</summary>
    public static async Task ImportLinesAsync(Ports ports, IReadOnlyList<(string Batch, string? Email)> batches)
    {
        ArgumentNullException.ThrowIfNull(ports);
        ArgumentNullException.ThrowIfNull(batches);
        var text = new StringBuilder("batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date,email\n");
        foreach (var (batch, email) in batches)
        {
            text.Append(CultureInfo.InvariantCulture, $"{batch},L-{batch},{Client},Asiakas A,Kauppakatu 1,00100,Helsinki,fi,DOCTOR,2026-02-10,60.00,1,2026-03-02,{email}\n");
        }

        var import = new BillingImport(ports.Invoices, StaffRun.Rules, new ManualClock(ImportedAt), ports.Ceilings, ports.Outbox, ports.FeeReductions);
        var rejections = new Rejections();
        var report = await import.RunAsync("billing.csv", new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), rejections, null, null, CancellationToken.None).ConfigureAwait(false);
        if (report.InvoicesCreated != batches.Count || rejections.Count > 0)
        {
            throw new InvalidOperationException($"The seed import created {report.InvoicesCreated} invoices and rejected {rejections.Count} lines.");
        }
    }

    /// <summary>Runs the invoice's wake-ups up to and including <paramref name="through"/>.</summary>
    public static async Task AdvanceAsync(Ports ports, InvoiceId id, DateOnly through)
    {
        ArgumentNullException.ThrowIfNull(ports);
        while ((await ports.Invoices.LoadAsync(id, CancellationToken.None).ConfigureAwait(false))?.NextWakeUp is { } next && next <= through)
        {
            var run = new StaffRun(ports, BusinessTime.StepsStartOf(next));
            await run.Workflow.ExecuteAsync(id, new InvoiceCommand.Advance(next), ConflictPolicy.Retry, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private sealed class Rejections : IRejectionSink
    {
        public int Count { get; private set; }

        public Task AddAsync(LineRejection rejection, CancellationToken cancellationToken)
        {
            Count++;
            return Task.CompletedTask;
        }
    }
}

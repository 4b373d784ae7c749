using System.Text;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Application.Tests.Payments;

/// <summary>An in-memory world with imported invoices (20.90 € each, invoice date 2 March 2026) and the payment use cases.</summary>
internal sealed class PaymentKit
{
    public static readonly DateOnly PaidDay = new(2026, 3, 10);

    private PaymentKit(InMemoryStore store, List<InvoiceId> invoices)
    {
        Store = store;
        Invoices = invoices;
        Clock = new ManualClock(ImportKit.Now);
        Clock.SetDay(PaidDay, new TimeOnly(12, 0));
        Staff = new StaffActions(ImportKit.Workflow(store, Clock), Audit);
        Import = new PaymentImport(store, Staff, Unmatched, Clock);
        Allocate = new AllocateUnmatchedPayment(Unmatched, Staff);
    }

    public InMemoryStore Store { get; }

    public List<InvoiceId> Invoices { get; }

    public ManualClock Clock { get; }

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryUnmatchedPaymentStore Unmatched { get; } = new();

    public StaffActions Staff { get; }

    public PaymentImport Import { get; }

    public AllocateUnmatchedPayment Allocate { get; }

    /// <summary>A world with <paramref name="clients"/> invoices, one per client.</summary>
    public static async Task<PaymentKit> CreateAsync(int clients = 2)
    {
        var store = ImportKit.NewStore();
        var lines = Enumerable.Range(1, clients).Select(i => ImportKit.Line($"L{i}", $"C{i}")).ToArray();
        await ImportKit.RunAsync(ImportKit.NewImport(store), ImportKit.Csv(lines));
        var ids = (await ImportKit.AllAsync(store)).Select(i => i.State.Facts.Id).OrderBy(i => i.Value, StringComparer.Ordinal).ToList();
        return new PaymentKit(store, ids);
    }

    public static string Reference(InvoiceId id) => InvoiceReferences.NationalFor(id);

    public async Task<IssuedInvoice> StateAsync(InvoiceId id) => (await Store.LoadAsync(id, CancellationToken.None))!.State;

    public Task<PaymentImportOutcome> RunAsync(byte[] file, string name = "payments.txt") => Import.RunAsync(name, file, CancellationToken.None);

    public async Task<List<UnmatchedPayment>> UnmatchedAsync()
    {
        var list = new List<UnmatchedPayment>();
        await foreach (var e in Unmatched.ListAsync(null, CancellationToken.None))
        {
            list.Add(e);
        }

        return list;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}

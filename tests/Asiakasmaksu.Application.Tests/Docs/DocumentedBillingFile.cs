using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Docs;

/// <summary>The billing file example of docs/billing-file.md, imported through the real import into an in-memory store.</summary>
internal sealed record DocumentedBillingFile(InMemoryStore Store, ImportReport Report, IReadOnlyList<LineRejection> Rejections, IReadOnlyList<StoredInvoice> Invoices)
{
    /// <summary>The example as the page shows it.</summary>
    public static DocExample Example => DocPages.Example("billing-file.md", "billing-file.csv");

    /// <summary>Imports the page's example.</summary>
    public static async Task<DocumentedBillingFile> ImportAsync()
    {
        var store = ImportKit.NewStore();
        // Imported on its invoice date, as the billing run sends it, so the payment term counts from that day.
        var onTheInvoiceDate = new ManualClock(BusinessTime.StartOf(new DateOnly(2026, 1, 30)).AddHours(8));
        var import = new BillingImport(store, ImportKit.Rules, onTheInvoiceDate, ImportKit.CeilingsOf(store), ImportKit.OutboxOf(store));
        var (report, rejections) = await ImportKit.RunAsync(import, Example.Text + "\n", "billing.csv");
        return new DocumentedBillingFile(store, report, rejections, await ImportKit.AllAsync(store));
    }

    /// <summary>The invoice of <paramref name="clientId"/>.</summary>
    public StoredInvoice Of(string clientId) => Invoices.Single(i => i.State.Facts.ClientId == clientId);
}

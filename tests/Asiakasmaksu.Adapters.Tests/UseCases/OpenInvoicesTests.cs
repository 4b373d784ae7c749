using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Store;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Adapters.Tests.UseCases;

/// <summary>The open invoices that the Functions app's nightly self-healing follows.</summary>
public sealed class OpenInvoicesTests
{
    [Fact]
    public async Task GivenOneOpenAndOneWaivedInvoice_WhenListed_ThenOnlyTheOpenOneIsReturned()
    {
        var store = new InMemoryStore();
        var open = TestInvoices.New("batch-2026-03", "client-a");
        var waived = TestInvoices.New("batch-2026-03", "client-b");
        await store.CreateAsync([open, waived], CancellationToken.None);
        var staff = new StaffActions(new InvoiceWorkflow(store, TestInvoices.Rules, TimeProvider.System, new InMemoryCeilingStore(), store), new InMemoryAuditLog());
        var director = new Stamp(new Actor("dir-liisa", StaffRole.Director), TestInvoices.At, "collecting would be unreasonable");
        var waiver = await staff.WaiveAsync(waived.Id, director, CancellationToken.None);
        Assert.IsType<CommandOutcome.Applied>(waiver.Outcome);

        var ids = new List<InvoiceId>();
        await foreach (var id in new OpenInvoices(store, TimeProvider.System).ListAsync(CancellationToken.None))
        {
            ids.Add(id);
        }

        Assert.Equal([open.Id], ids);
    }
}

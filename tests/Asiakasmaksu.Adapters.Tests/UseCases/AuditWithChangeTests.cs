using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Adapters.Tests.Store;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Adapters.Tests.UseCases;

/// <summary>
/// Issue 17.2: a staff change and its audit record are one unit, on both stores. A crash between the
/// invoice's commit and the audit append leaves the record pending with the invoice (committed in
/// the same transaction); the workflow's next run on the invoice appends it, once.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AuditWithChangeTests(AzuriteFixture fixture)
{
    private static readonly DateOnly NewDueDate = new(2026, 4, 20);

    [Theory]
    [InlineData("memory")]
    [InlineData("azure")]
    public async Task GivenACrashBetweenTheCommitAndTheAuditAppend_WhenTheInvoiceIsNextAdvanced_ThenTheAuditRecordIsAppendedOnce(string kind)
    {
        var store = await StoreAsync(kind);
        var invoice = TestInvoices.New("batch-2026-03", $"client-audit-{kind}");
        await store.CreateAsync([invoice], CancellationToken.None);
        var log = new InMemoryAuditLog();
        var crashing = new CrashingAuditLog(log);
        var stamp = new Stamp(new Actor("team-anna", StaffRole.Team), TestInvoices.At.AddHours(2), "long hospital stay");

        await Assert.ThrowsAsync<IOException>(() => new StaffActions(Workflow(store, crashing), crashing).DeferAsync(invoice.Id, NewDueDate, stamp, CancellationToken.None));

        var crashed = (await store.LoadAsync(invoice.Id, CancellationToken.None))!;
        Assert.Equal(NewDueDate, crashed.State.Stage.DueDate);
        var pending = Assert.Single(crashed.PendingAudit);
        Assert.Equal(("deferral", "applied", "team-anna", "long hospital stay", "newDueDate=2026-04-20"), (pending.Action, pending.Outcome, pending.StaffId, pending.Why, pending.Details));
        Assert.Empty(await AllAsync(log));

        // The invoice's next wake-up (or change) runs the workflow on it: the pending record goes to the log, once.
        var workflow = Workflow(store, log);
        await workflow.ExecuteAsync(invoice.Id, new InvoiceCommand.Advance(new DateOnly(2026, 3, 10)), ConflictPolicy.Retry, CancellationToken.None);
        await workflow.ExecuteAsync(invoice.Id, new InvoiceCommand.Advance(new DateOnly(2026, 3, 11)), ConflictPolicy.Retry, CancellationToken.None);

        Assert.Equal(pending, Assert.Single(await AllAsync(log)));
        Assert.Empty((await store.LoadAsync(invoice.Id, CancellationToken.None))!.PendingAudit);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("azure")]
    public async Task GivenNoCrash_WhenAChangeIsApplied_ThenItsRecordIsInTheLogAndNothingStaysPending(string kind)
    {
        var store = await StoreAsync(kind);
        var invoice = TestInvoices.New("batch-2026-03", $"client-audit-ok-{kind}");
        await store.CreateAsync([invoice], CancellationToken.None);
        var log = new InMemoryAuditLog();
        var stamp = new Stamp(new Actor("team-anna", StaffRole.Team), TestInvoices.At.AddHours(2), "long hospital stay");

        var result = await new StaffActions(Workflow(store, log), log).DeferAsync(invoice.Id, NewDueDate, stamp, CancellationToken.None);

        Assert.IsType<CommandOutcome.Applied>(result.Outcome);
        Assert.Equal(result.AuditId, Assert.Single(await AllAsync(log)).Id);
        Assert.Empty((await store.LoadAsync(invoice.Id, CancellationToken.None))!.PendingAudit);
    }

    private async Task<IInvoiceStore> StoreAsync(string kind) =>
        kind == "azure" ? await AzureStores.NewAsync(fixture, $"audit{Guid.NewGuid():N}"[..20]) : new InMemoryStore();

    private static InvoiceWorkflow Workflow(IInvoiceStore store, IAuditLog log) =>
        new(store, TestInvoices.Rules, new ManualClock(TestInvoices.At.AddHours(2)), new InMemoryCeilingStore(), (Application.Outbox.IOutboxStore)store, log);

    private static async Task<List<AuditRecord>> AllAsync(IAuditLog log)
    {
        var all = new List<AuditRecord>();
        await foreach (var record in log.QueryAsync(new AuditQuery(null, null, null, null), CancellationToken.None))
        {
            all.Add(record);
        }

        return all;
    }

    /// <summary>An audit log whose first append fails as a process dying there would: the record never arrives.</summary>
    private sealed class CrashingAuditLog(IAuditLog inner) : IAuditLog
    {
        private int appends;

        public Task AppendAsync(AuditRecord record, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref appends) == 1 ? throw new IOException("the process died here") : inner.AppendAsync(record, cancellationToken);

        public IAsyncEnumerable<AuditRecord> QueryAsync(AuditQuery query, CancellationToken cancellationToken) => inner.QueryAsync(query, cancellationToken);
    }
}

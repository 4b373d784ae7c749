using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Testing;
using L = Asiakasmaksu.Testing.KtlFileBuilder.Line;

namespace Asiakasmaksu.Application.Tests.Payments;

public sealed class AllocateUnmatchedPaymentTests
{
    private static readonly Stamp Anna = new(new Actor("team-anna", StaffRole.Team), new DateTimeOffset(2026, 3, 11, 9, 0, 0, TimeSpan.Zero), "client phoned: paid for invoice of March");

    [Fact]
    public async Task GivenAnUnmatchedPayment_WhenStaffAllocateIt_ThenTheInvoiceIsPaidAndTheEntryAllocated()
    {
        var kit = await PaymentKit.CreateAsync();
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "0", 2_090, PaymentKit.PaidDay)]));
        var entry = Assert.Single(await kit.UnmatchedAsync());

        var result = await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna, CancellationToken.None);

        Assert.Equal(AllocationStatus.Allocated, result.Status);
        Assert.Equal(kit.Invoices[0], result.Entry!.AllocatedTo);
        Assert.Equal("team-anna", result.Entry.AllocatedBy!.StaffId);
        Assert.IsType<ClosedInvoice>(await kit.StateAsync(kit.Invoices[0]));
        Assert.False((await kit.Unmatched.GetAsync(entry.Id, CancellationToken.None))!.IsOpen);
    }

    [Fact]
    public async Task GivenAnAllocatedEntry_WhenAllocatedAgain_ThenNothingMoreHappens_AndAnotherInvoiceIsRefused()
    {
        var kit = await PaymentKit.CreateAsync();
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "0", 1_000, PaymentKit.PaidDay)]));
        var entry = Assert.Single(await kit.UnmatchedAsync());
        await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna, CancellationToken.None);

        var again = await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna, CancellationToken.None);
        var elsewhere = await kit.Allocate.RunAsync(entry.Id, kit.Invoices[1], Anna, CancellationToken.None);

        Assert.Equal(AllocationStatus.AlreadyAllocated, again.Status);
        Assert.Equal(AllocationStatus.Refused, elsewhere.Status);
        Assert.Equal(Money.Of(10.90m), (await kit.StateAsync(kit.Invoices[0])).Ledger.Principal);
        Assert.Equal(Money.Of(20.90m), (await kit.StateAsync(kit.Invoices[1])).Ledger.Principal);
    }

    [Fact]
    public async Task GivenAReversal_WhenStaffAllocateIt_ThenRefused()
    {
        var kit = await PaymentKit.CreateAsync();
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "12345672", 1_000, PaymentKit.PaidDay, Correction: true)]));
        var entry = Assert.Single(await kit.UnmatchedAsync());

        var result = await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna, CancellationToken.None);

        Assert.Equal(AllocationStatus.Refused, result.Status);
        Assert.True((await kit.Unmatched.GetAsync(entry.Id, CancellationToken.None))!.IsOpen);
    }

    [Fact]
    public async Task GivenAnAuditor_WhenAllocating_ThenTheInvoiceRefusesAndTheEntryStaysOpen()
    {
        var kit = await PaymentKit.CreateAsync();
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "0", 1_000, PaymentKit.PaidDay)]));
        var entry = Assert.Single(await kit.UnmatchedAsync());

        var result = await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna with { Actor = new Actor("audit-1", StaffRole.Auditor) }, CancellationToken.None);

        Assert.Equal(AllocationStatus.Refused, result.Status);
        Assert.True((await kit.Unmatched.GetAsync(entry.Id, CancellationToken.None))!.IsOpen);
    }

    [Fact]
    public async Task GivenNoSuchEntry_WhenAllocating_ThenNotFound() =>
        Assert.Equal(AllocationStatus.NotFound, (await (await PaymentKit.CreateAsync()).Allocate.RunAsync("nope", new InvoiceId("x"), Anna, CancellationToken.None)).Status);
}

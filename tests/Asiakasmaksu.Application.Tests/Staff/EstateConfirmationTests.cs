using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.Tests.Staff;

/// <summary>
/// The estate's one confirmation (seed 002): a rerun of the same write-off sends nothing twice, and a
/// write-off run again after an invoice billed in arrears arrived (home care is invoiced the month
/// after, seed 004) sends a new confirmation listing every invoice written off for the inventory.
/// </summary>
public sealed class EstateConfirmationTests
{
    private static readonly DateOnly Inventory = new(2026, 3, 1);

    [Fact]
    public async Task GivenAWriteOffRunTwice_WhenNothingNewWasWrittenOff_ThenOneConfirmation_AndWhenAnInvoiceArrivedBetween_ThenANewOneListingBoth()
    {
        var store = ImportKit.NewStore();
        await ImportKit.RunAsync(ImportKit.NewImport(store), ImportKit.Csv(ImportKit.Line("L1", "C1")));
        var clock = new ManualClock(ImportKit.Now);
        clock.SetDay(new DateOnly(2026, 3, 5), new TimeOnly(10, 0));
        var staff = new StaffActions(ImportKit.Workflow(store, clock), new InMemoryAuditLog());
        var estate = new EstateWriteOff(store, staff, store);
        var stamp = new Stamp(new Actor("team-anna", StaffRole.Team), clock.GetUtcNow(), "estate inventory: no assets");

        var first = await estate.RunAsync("C1", Inventory, stamp, CancellationToken.None);
        var rerun = await estate.RunAsync("C1", Inventory, stamp, CancellationToken.None);
        await ImportKit.RunAsync(ImportKit.NewImport(store), ImportKit.Csv(ImportKit.Line("L2", "C1", changes: [("batch_id", "B2"), ("service_date", "2026-02-27")])), "billing-late.csv");
        var later = await estate.RunAsync("C1", Inventory, stamp, CancellationToken.None);

        Assert.Empty(first.Refusals);
        Assert.Equal(1, first.WrittenOff);
        Assert.Equal((0, first.Confirmation!.Id), (rerun.WrittenOff, rerun.Confirmation?.Id));
        Assert.Equal(1, later.WrittenOff);
        Assert.NotEqual(first.Confirmation.Id, later.Confirmation!.Id);
        Assert.Equal(2, later.Confirmation.Details.WrittenOffInvoices.Count);
        Assert.DoesNotContain("C1", later.Confirmation.Id, StringComparison.Ordinal);
    }
}

using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Serialization;
using Asiakasmaksu.Application.Tests.Import;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Testing;
using E = Asiakasmaksu.Domain.Invoices.InvoiceEvent;
using L = Asiakasmaksu.Testing.KtlFileBuilder.Line;

namespace Asiakasmaksu.Application.Tests.Payments;

/// <summary>
/// A payment made before its invoice's due date with a wrong reference, matched by staff only after
/// the reminder: applied as of its payment day, it pays the invoice and the reminder's costs are
/// taken back (the invoice was not overdue when paid). Invoice of 2.3.2026 for 20.90 €, due
/// 19.3.2026 (+14 days, +3 bank days), reminded on Tuesday 7.4.2026 (17 days after, Easter Monday 6.4 closed).
/// </summary>
public sealed class LateMatchedPaymentTests
{
    private static readonly Stamp Anna = new(new Actor("team-anna", StaffRole.Team), new DateTimeOffset(2026, 4, 10, 9, 0, 0, TimeSpan.Zero), "client phoned: paid on 10 March with a wrong reference");

    [Fact]
    public async Task GivenAPaymentBeforeTheDueDateLeftUnmatched_WhenStaffAllocateItAfterTheReminder_ThenTheInvoiceIsPaidWithoutTheReminderCosts()
    {
        var kit = await PaymentKit.CreateAsync();
        await kit.RunAsync(KtlFileBuilder.Bytes([new L("A1", "0", 2_090, PaymentKit.PaidDay)]));
        var entry = Assert.Single(await kit.UnmatchedAsync());
        var advance = new AdvanceInvoice(ImportKit.Workflow(kit.Store, kit.Clock));
        kit.Clock.SetDay(new DateOnly(2026, 4, 7), new TimeOnly(18, 0));
        await advance.RunAsync(kit.Invoices[0], new DateOnly(2026, 4, 7), CancellationToken.None);
        var reminded = Assert.IsType<OpenInvoice>(await kit.StateAsync(kit.Invoices[0]));
        Assert.Equal("reminder", reminded.Stage.Name);
        Assert.Equal(Money.Of(2.10m), reminded.Ledger.Fees);

        kit.Clock.SetDay(new DateOnly(2026, 4, 10), new TimeOnly(9, 0));
        await kit.Allocate.RunAsync(entry.Id, kit.Invoices[0], Anna, CancellationToken.None);

        var paid = Assert.IsType<ClosedInvoice>(await kit.StateAsync(kit.Invoices[0]));
        Assert.Equal("paid", paid.Status);
        Assert.Equal(Money.Zero, paid.Ledger.Credit);
        var payment = (await kit.Store.LoadAsync(kit.Invoices[0], CancellationToken.None))!.History.Select(h => h.Event).OfType<E.PaymentReceived>().Single();
        Assert.Equal(Money.Of(2.10m), payment.Withdrawn?.Fees);
    }

    [Fact]
    public void GivenAPaymentThatTookCostsBack_WhenStoredAndReadBack_ThenTheWithdrawalIsKept_AndAnOrdinaryPaymentIsStoredAsBefore()
    {
        var stamp = Anna;
        var ordinary = new E.PaymentReceived(new DateOnly(2026, 4, 10), "p1", new DateOnly(2026, 3, 10), Money.Of(20.90m), new PaymentAllocation(Money.Zero, Money.Zero, Money.Of(20.90m), Money.Zero), 0m, new DateOnly(2026, 4, 7), stamp);
        var withdrawing = ordinary with { Withdrawn = new CostsWithdrawn(Money.Of(2.10m), Money.Of(0.07m)) };

        var ordinaryJson = DomainJson.Serialize(ordinary);

        Assert.DoesNotContain("withdrawn", ordinaryJson, StringComparison.Ordinal);
        Assert.Equal(ordinary, DomainJson.DeserializeEvent(ordinaryJson));
        Assert.Equal(withdrawing, DomainJson.DeserializeEvent(DomainJson.Serialize(withdrawing)));
        var paidBack = withdrawing with { Withdrawn = withdrawing.Withdrawn! with { PaidFees = Money.Of(2.10m), ToPrincipal = Money.Of(2.10m) } };
        Assert.Equal(paidBack, DomainJson.DeserializeEvent(DomainJson.Serialize(paidBack)));
    }

    [Fact]
    public void GivenACostRemovalStoredBeforeItsPrincipalShare_WhenReadBack_ThenItHasNone_AndANewOneKeepsIt()
    {
        var removed = new E.CollectionCostsRemoved(new DateOnly(2026, 4, 10), Money.Of(16.10m), Money.Of(0.52m), Money.Of(10m), Anna) { ToPrincipal = Money.Of(10m) };
        var json = DomainJson.Serialize(removed);
        var old = json.Replace(",\"toPrincipal\":\"10.00\"", string.Empty, StringComparison.Ordinal);

        Assert.Contains("\"toPrincipal\":\"10.00\"", json, StringComparison.Ordinal);
        Assert.Equal(removed, DomainJson.DeserializeEvent(json));
        Assert.Null(Assert.IsType<E.CollectionCostsRemoved>(DomainJson.DeserializeEvent(old)).ToPrincipal);
    }
}

using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>
/// Fee-reduction decisions (Act 734/1992 11 §) in the billing import: seed 001's 2020 pensioner at
/// home has 167.79 € a month left for a 310.40 € home-care fee, from March 2020 for 12 months.
/// </summary>
public class FeeReductionImportTests
{
    private static readonly (string, string)[] HomeCare = [("service_code", "KOTIHOITO"), ("ceiling", "0"), ("invoice_date", "2020-05-04")];

    [Fact]
    public async Task GivenAReducedDecision_ThenTheHomeCareLinesOfItsMonthsAreBilledTheDecidedFee_AndOtherLinesAsListed()
    {
        var store = NewStore();
        var decisions = new InMemoryFeeReductionStore();
        await decisions.RecordAsync(Decide("fr-1", "C1", pension: 1430.00m), CancellationToken.None);
        var text = Csv(
            Line("L1", "C1", 310.40m, [.. HomeCare, ("service_date", "2020-02-28")]),
            Line("L2", "C1", 310.40m, [.. HomeCare, ("service_date", "2020-04-30")]),
            Line("L3", "C1", 20.90m, ("service_code", "DOCTOR"), ("ceiling", "1"), ("service_date", "2020-04-15"), ("invoice_date", "2020-05-04")),
            Line("L4", "C2", 310.40m, [.. HomeCare, ("service_date", "2020-04-30")]));

        var (report, rejections) = await RunAsync(Import(store, decisions), text);

        Assert.Empty(rejections);
        Assert.Equal(4, report.Accepted);
        var invoices = await AllAsync(store);
        var c1 = invoices.Single(i => i.State.Facts.ClientId == "C1").State.Facts;
        Assert.Equal(
            [("L1", 310.40m, (decimal?)null, (string?)null), ("L2", 167.79m, 310.40m, "fr-1"), ("L3", 20.90m, null, null)],
            c1.Lines.Select(l => (l.LineId, l.Amount.Euros, l.ListAmount?.Euros, l.FeeReductionId)));
        Assert.Equal(Money.Of(499.09m), c1.Amount);
        var c2 = invoices.Single(i => i.State.Facts.ClientId == "C2").State.Facts;
        Assert.Equal(Money.Of(310.40m), c2.Amount); // another client's decision does not apply
    }

    [Fact]
    public async Task GivenAWaiver_ThenAnInvoiceOfOnlyWaivedLinesIsNotMade_AndItsLinesCountAsAccepted_AndARerunMakesNothing()
    {
        var store = NewStore();
        var decisions = new InMemoryFeeReductionStore();
        var waiver = Decide("fr-9", "C1", pension: 900.00m);
        Assert.Equal(FeeReductionOutcome.Waived, waiver.Outcome);
        await decisions.RecordAsync(waiver, CancellationToken.None);
        var text = Csv(Line("L1", "C1", 310.40m, [.. HomeCare, ("service_date", "2020-04-30")]));

        var (report, rejections) = await RunAsync(Import(store, decisions), text);
        var (again, _) = await RunAsync(Import(store, decisions), text);

        Assert.Empty(rejections);
        Assert.Equal((1, 0), (report.Accepted, report.InvoicesCreated));
        Assert.Equal((1, 0), (again.Accepted, again.InvoicesCreated));
        Assert.Empty(await AllAsync(store));
    }

    [Fact]
    public async Task GivenAReducedInvoice_WhenTheSameFileIsImportedAgain_ThenNothingIsCreatedTwiceOrRejected()
    {
        var store = NewStore();
        var decisions = new InMemoryFeeReductionStore();
        await decisions.RecordAsync(Decide("fr-1", "C1", pension: 1430.00m), CancellationToken.None);
        var text = Csv(Line("L2", "C1", 310.40m, [.. HomeCare, ("service_date", "2020-04-30")]));

        var (first, _) = await RunAsync(Import(store, decisions), text);
        var (again, rejections) = await RunAsync(Import(store, decisions), text);

        Assert.Empty(rejections);
        Assert.Equal(1, first.InvoicesCreated);
        Assert.Equal((0, 1), (again.InvoicesCreated, again.InvoicesAlreadyImported));
        Assert.Equal(Money.Of(167.79m), Assert.Single(await AllAsync(store)).State.Facts.Amount);
    }

    private static BillingImport Import(InMemoryStore store, InMemoryFeeReductionStore decisions) =>
        new(store, Rules, new ManualClock(Now), CeilingsOf(store), store, decisions);

    /// <summary>Seed 001's 2020 single pensioner at home, rent 760 €, applying on 17 March 2020 for 12 months.</summary>
    private static FeeReductionDecision Decide(string id, string clientId, decimal pension)
    {
        var application = new FeeReductionApplication(
            new DateOnly(2020, 3, 17),
            12,
            Household.Single,
            LivingArrangement.Home,
            [new(IncomeKind.Pension, HouseholdMember.Applicant, Money.Of(pension))],
            [new(ExpenseKind.Rent, HouseholdMember.Applicant, Money.Of(760.00m))],
            Money.Of(1200m),
            [new("KOTIHOITO", FeeKind.SocialCare, Money.Of(310.40m))]);
        var stamp = new Stamp(new Actor("sup-maija", StaffRole.Supervisor), new DateTimeOffset(2020, 3, 20, 9, 30, 0, TimeSpan.Zero), "application of 17.3.");
        return FeeReductionDecision.Of(id, clientId, application, FeeReductionCalculator.Calculate(application, DefaultTariffs.Load()), stamp);
    }
}

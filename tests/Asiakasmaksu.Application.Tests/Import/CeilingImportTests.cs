using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>The annual payment ceiling (maksukatto) in the billing import: 762 € and the reduced daily fee 25.10 € in 2024 (domain-facts).</summary>
public class CeilingImportTests
{
    private static readonly (string, string)[] In2024 = [("service_date", "2024-01-10"), ("invoice_date", "2024-03-01")];

    private static Dictionary<string, string> Line2024(string lineId, string client, decimal amount, params (string Column, string Value)[] changes) =>
        Line(lineId, client, amount, [.. In2024, .. changes]);

    [Fact]
    public async Task GivenAClientCrossingTheCeilingInTheMiddleOfAnInvoice_ThenTheCrossingStayIsChargedUpToItAndTheReducedFeeAfter()
    {
        var store = NewStore();
        var text = Csv(
            Line2024("L1", "C1", 400m),
            Line2024("L2", "C1", 500m, ("service_date", "2024-01-20"), ("service_category", "short_term_institutional_care"), ("days", "10")),
            Line2024("L3", "C1", 60m, ("service_date", "2024-02-05")),
            Line2024("L4", "C1", 15m, ("service_date", "2024-02-06"), ("ceiling", "0")));

        var (report, rejections) = await RunAsync(NewImport(store), text);

        Assert.Empty(rejections);
        Assert.Equal(4, report.Accepted);
        var facts = Assert.Single(await AllAsync(store)).State.Facts;
        // 400 + 362 (8 of the 10 days reach 762: ceil(362 × 10 / 500) = 8) + 2 × 25.10; then free; the non-ceiling line as billed.
        Assert.Equal(
            [("L1", 400m, (decimal?)null), ("L2", 412.20m, 500m), ("L3", 0m, 60m), ("L4", 15m, null)],
            facts.Lines.Select(l => (l.LineId, l.Amount.Euros, l.ListAmount?.Euros)));
        Assert.Equal(Money.Of(827.20m), facts.Amount);
        var account = await AccountAsync(store, "C1", 2024);
        Assert.Equal(Money.Of(762m), account.Account.Accrued);
        Assert.Equal(new FreeCard(new DateOnly(2024, 1, 20)), account.Account.FreeCard);
        Assert.Equal(Money.Of(50.20m), account.Account.ReducedFees);
    }

    [Fact]
    public async Task GivenAMinorWithAGuardianLink_ThenTheFeesCountTowardTheGuardiansCeilingAcrossBothInvoices()
    {
        var store = NewStore();
        var text = Csv(
            Line2024("M1", "MOTHER", 700m),
            Line2024("K1", "CHILD", 100m, ("service_date", "2024-02-01"), ("ceiling_holder_id", "MOTHER"),
                ("recipient_name", "Äiti Virtanen"), ("recipient_street", "Kotikatu 2"), ("recipient_postal_code", "00200"), ("recipient_city", "Helsinki")),
            Line2024("K2", "CHILD", 30m, ("service_date", "2024-02-02"), ("ceiling_holder_id", "MOTHER")));

        var (_, rejections) = await RunAsync(NewImport(store), text);

        Assert.Empty(rejections);
        var child = (await AllAsync(store)).Single(i => i.State.Facts.ClientId == "CHILD").State.Facts;
        Assert.Equal([(62m, (decimal?)100m), (0m, 30m)], child.Lines.Select(l => (l.Amount.Euros, l.ListAmount?.Euros)));
        Assert.All(child.Lines, l => Assert.Equal("MOTHER", l.CeilingHolderId));
        var mother = await AccountAsync(store, "MOTHER", 2024);
        Assert.Equal(Money.Of(762m), mother.Account.Accrued);
        Assert.Equal(new FreeCard(new DateOnly(2024, 2, 1)), mother.Account.FreeCard);
        Assert.Equal(["CHILD", "CHILD", "MOTHER"], mother.Account.Lines.Select(l => l.Line.ClientId).Order(StringComparer.Ordinal));
        Assert.Equal("Äiti Virtanen", mother.Contact!.HolderName);
        Assert.False(mother.Contact.Recipient.OnBehalfOfClient);
        Assert.Equal("Kotikatu 2", mother.Contact.Recipient.Address.Street);
        Assert.Equal(Money.Zero, (await AccountAsync(store, "CHILD", 2024)).Account.Accrued);
    }

    [Fact]
    public async Task GivenAYearWhoseCeilingIsUnconfirmed_ThenItsCeilingLinesAreRejectedNamingTheYearAndTheOthersAreInvoiced()
    {
        var store = NewStore();
        var defaults = DefaultTariffs.Load();
        var unconfirmed = new TariffBook(
            defaults.Years.Select(y => y == 2024 ? defaults.For(y) with { Ceiling = null } : defaults.For(y)),
            Enumerable.Range(2000, 40).SelectMany(y => new[] { 1, 2 }.Select(h => (y, h, Rate: defaults.ReferenceRateOn(new DateOnly(y, h == 1 ? 1 : 7, 1)))))
                .Where(r => r.Rate is not null).Select(r => new ReferenceRate(r.y, r.h, r.Rate!.Value)));
        var text = Csv(Line2024("L1", "C1", 40m), Line2024("L2", "C1", 15m, ("ceiling", "0")), Line2024("L3", "C2", 40m, ("service_date", "2023-12-30")));

        var (report, rejections) = await RunAsync(NewImport(store, rules: InvoiceRules.Default(unconfirmed)), text);

        var rejection = Assert.Single(rejections);
        Assert.Equal((2, BillingColumns.ServiceDate, "C1"), (rejection.LineNumber, rejection.Column, rejection.ClientId));
        Assert.Contains("2024", rejection.Reason, StringComparison.Ordinal);
        Assert.Contains("unconfirmed", rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(2, report.Accepted);
        Assert.Equal([15m, 40m], (await AllAsync(store)).Select(i => i.State.Facts.Amount.Euros).Order());
    }

    [Fact]
    public async Task GivenAnUnconfirmedReducedDailyFee_WhenACareDayFallsAfterTheCeiling_ThenTheAccountsLinesAreRejectedNamingTheYear()
    {
        var store = NewStore();
        var text = Csv(
            Line("A1", "C1", 800m, ("service_date", "2025-01-10"), ("invoice_date", "2025-03-03")),
            Line("A2", "C1", 300m, ("service_date", "2025-02-01"), ("invoice_date", "2025-03-03"), ("service_category", "short_term_institutional_care"), ("days", "3")));

        var (_, rejections) = await RunAsync(NewImport(store), text);

        Assert.Equal([2, 3], rejections.Select(r => r.LineNumber));
        Assert.All(rejections, r => Assert.Contains("reduced daily fee of short-term institutional care for 2025 is unconfirmed", r.Reason, StringComparison.Ordinal));
        Assert.Empty(await AllAsync(store));
    }

    [Fact]
    public async Task GivenAFreeCard_WhenALaterFileBillsOnlyFreeLines_ThenNoInvoiceIsMadeAndTheLinesCountAsAccepted()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Csv(Line2024("L1", "C1", 800m)));

        var (report, rejections) = await RunAsync(NewImport(store), Csv(Line2024("L1", "C1", 30m, ("batch_id", "B2"), ("service_date", "2024-02-10"))));

        Assert.Empty(rejections);
        Assert.Equal((1, 0), (report.Accepted, report.InvoicesCreated));
        Assert.Single(await AllAsync(store));
        Assert.Equal(Money.Zero, (await AccountAsync(store, "C1", 2024)).Account.Find("B2/L1")!.Charge.Total);
    }

    [Fact]
    public async Task GivenALineIdAnEarlierFileUsedForAnotherClient_ThenTheRejectedLineIsNotLeftInTheCeilingAccount()
    {
        var store = NewStore();
        await RunAsync(NewImport(store), Csv(Line2024("L1", "C1", 100m)));

        var (_, rejections) = await RunAsync(NewImport(store), Csv(Line2024("L1", "C2", 100m), Line2024("L2", "C2", 50m)));

        Assert.Equal([2], rejections.Select(r => r.LineNumber));
        var c2 = await AccountAsync(store, "C2", 2024);
        Assert.Equal(Money.Of(50m), c2.Account.Accrued);
        Assert.Equal(["B1/L1"], c2.Account.Cancelled);
        Assert.Equal(Money.Of(100m), (await AccountAsync(store, "C1", 2024)).Account.Accrued);
    }

    /// <summary>
    /// The store rejects a charged line after the ceiling pass; cancelling it lowers the account, so
    /// the holder's line on an invoice of the same file made after that is billed its new charge
    /// (not what the pass charged while the rejected line still counted).
    /// </summary>
    [Fact]
    public async Task GivenALineTheStoreRejects_ThenALaterInvoiceOfTheFileBillsTheChargeLeftWithoutIt()
    {
        // Invoices go to the store in batch-key order, one call per batch, two calls in flight: the
        // third batch's invoice is built after the first batch's answer came back.
        var batches = new[] { "B1", "B2", "B3" }.OrderBy(InvoiceIdentity.BatchKey, StringComparer.Ordinal).ToArray();
        var (first, second, third) = (batches[0], batches[1], batches[2]);
        var store = NewStore();
        await RunAsync(NewImport(store), Csv(Line2024("L1", "OTHER", 100m, ("batch_id", first))));

        var (_, rejections) = await RunAsync(NewImport(store), Csv(
            Line2024("L1", "C2", 700m, ("batch_id", first)),
            Line2024("L1", "FILLER", 10m, ("batch_id", second)),
            Line2024("L1", "C2", 100m, ("batch_id", third), ("service_date", "2024-02-01"))));

        Assert.Equal([2], rejections.Select(r => r.LineNumber));
        var later = (await AllAsync(store)).Single(i => i.State.Facts.BatchId == third).State.Facts;
        Assert.Equal([(100m, (decimal?)null)], later.Lines.Select(l => (l.Amount.Euros, l.ListAmount?.Euros)));
        var account = await AccountAsync(store, "C2", 2024);
        Assert.Equal(Money.Of(100m), account.Account.Accrued);
        Assert.Equal(Money.Of(100m), account.Account.Find($"{third}/L1")!.Charge.Total);
    }

    private static async Task<StoredCeiling> AccountAsync(Store.IInvoiceStore store, string holder, int year)
    {
        var key = new CeilingKey(holder, year);
        return (await CeilingsOf(store).LoadAsync([key], CancellationToken.None))[key];
    }
}

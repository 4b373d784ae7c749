using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Maintenance;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using Asiakasmaksu.Testing.Docs;

namespace Asiakasmaksu.Application.Tests.Maintenance;

/// <summary>
/// The hosts' hourly housekeeping: expired Idempotency-Keys are deleted (issue 17.4) and a year or
/// half-year the tariff configuration cannot price is warned about 90 days before it begins (issue 21.14;
/// docs/tariffs.md: "with the embedded tariffs, 2028 has none: from 3 October 2027 a 90-day window names it").
/// </summary>
public class HousekeepingTests
{
    private static readonly InvoiceRules Embedded = InvoiceRules.Default(DefaultTariffs.Load());

    [Fact]
    public void GivenTheEmbeddedTariffs_On2October2027_ThenNothingIsWarnedYet()
    {
        var outlook = Housekeeping(Embedded, At(new DateOnly(2027, 10, 2))).Outlook();

        Assert.False(outlook.NeedsAttention);
        Assert.Empty(outlook.YearsWithoutTariff);
        Assert.Null(outlook.Warning());
    }

    [Fact]
    public void GivenTheEmbeddedTariffs_On3October2027_Then2028IsNamedNinetyDaysAhead()
    {
        var outlook = Housekeeping(Embedded, At(new DateOnly(2027, 10, 3))).Outlook();

        Assert.Equal([2028], outlook.YearsWithoutTariff);
        Assert.Equal(new DateOnly(2028, 1, 1), outlook.FirstUncoveredDay);
        Assert.Equal(
            "No tariff is configured for 2028 (from 2028-01-01, in 90 days): reminders, collection letters, transfers to enforcement and late interest on those days wait until it is added to the tariff configuration (docs/tariffs.md).",
            outlook.Warning());
    }

    [Fact]
    public void GivenTheDocsExample_ThenItIsWhatImportPrints61DaysBefore2028()
    {
        var example = File.ReadLines(Path.Combine(DocPages.RepositoryRoot, "docs", "tariffs.md"))
            .Select(line => line.Trim())
            .Single(line => line.StartsWith("Warning: ", StringComparison.Ordinal));

        var warning = Housekeeping(Embedded, At(new DateOnly(2027, 11, 1))).Outlook().Warning();

        Assert.Equal(example, "Warning: " + warning);
    }

    [Fact]
    public void GivenAYearAlreadyWithoutTariff_ThenTheWarningSaysItIsAlreadyMissing()
    {
        var warning = Housekeeping(Embedded, At(new DateOnly(2028, 2, 15))).Outlook().Warning();

        Assert.StartsWith("No tariff is configured for 2028 (from 2028-02-15, already missing)", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void GivenLateInterestByTheReferenceRate_WhenTheNextHalfYearHasNoRate_ThenTheWarningNamesTheHalfYear()
    {
        // 2026 counted as the reference rate + 7 points; the embedded table has 2026 half 1 only.
        var rules = InvoiceRules.Default(TariffBookJson.Parse(DefaultTariffs.JsonText.Replace(
            """{ "year": 2026, "ceiling": 815, "reducedDailyFee": null }""",
            """{ "year": 2026, "ceiling": 815, "reducedDailyFee": null, "lateInterest": { "referenceRatePlusPoints": 7 } }""",
            StringComparison.Ordinal)));

        var outlook = Housekeeping(rules, At(new DateOnly(2026, 5, 1))).Outlook();

        Assert.Empty(outlook.YearsWithoutTariff);
        Assert.Equal(new DateOnly(2026, 7, 1), outlook.FirstUncoveredDay);
        Assert.StartsWith("No reference rate is configured for 2026 half 2 (from 2026-07-01, in 61 days): late interest", outlook.Warning(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenKeysOlderAndYoungerThanADay_WhenRun_ThenOnlyTheExpiredAreDeletedAndASecondRunDeletesNothing()
    {
        var now = BusinessTime.StartOf(new DateOnly(2026, 12, 3)).AddHours(12);
        var store = new InMemoryIdempotencyStore();
        await store.ClaimAsync("old", "h1", now - IdempotencyRetention.Period, TimeSpan.FromMinutes(1), CancellationToken.None);
        await store.ClaimAsync("young", "h2", now - IdempotencyRetention.Period + TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), CancellationToken.None);
        var housekeeping = new Housekeeping(store, Embedded, new ManualClock(now));

        var first = await housekeeping.RunAsync(CancellationToken.None);
        var second = await housekeeping.RunAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first.IdempotencyKeysPurged, second.IdempotencyKeysPurged));
        Assert.IsType<IdempotencyClaim.Mismatch>(await store.ClaimAsync("young", "other request", now, TimeSpan.FromMinutes(1), CancellationToken.None));
    }

    private static DateTimeOffset At(DateOnly day) => BusinessTime.StartOf(day).AddHours(9);

    private static Housekeeping Housekeeping(InvoiceRules rules, DateTimeOffset now) =>
        new(new InMemoryIdempotencyStore(), rules, new ManualClock(now));
}

using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Domain.Tariffs;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.FeeReductions;

/// <summary>The fee-reduction store's contract, run on Azurite and in memory alike.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class FeeReductionStoreContractTests(AzuriteFixture fixture)
{
    private static readonly Actor Supervisor = new("sup-maija", StaffRole.Supervisor);

    public static TheoryData<string> Stores => ["azure", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAReducedDecision_WhenRecordedAndRead_ThenEveryFieldRoundTrips(string kind)
    {
        var store = await NewAsync(kind);
        var decision = Decide("fr-1", "asiakas/1?#", Pensioner(), new DateTimeOffset(2020, 3, 20, 9, 30, 0, TimeSpan.Zero));

        Assert.True(await store.RecordAsync(decision, CancellationToken.None));

        var read = await store.GetAsync("asiakas/1?#", "fr-1", CancellationToken.None);
        Assert.Equal(decision, read);
        Assert.Equal(FeeReductionOutcome.Reduced, read!.Outcome);
        Assert.Equal([new ReducedFee("KOTIHOITO", Money.Of(310.40m), Money.Of(167.79m))], read.Fees);
        Assert.Equal(new ReductionPeriod(new DateOnly(2020, 3, 1), new DateOnly(2021, 2, 28)), read.Period);
        Assert.Null(await store.GetAsync("asiakas/1?#", "fr-2", CancellationToken.None));
        Assert.Null(await store.GetAsync("other", "fr-1", CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenARecordedDecision_WhenTheSameIdIsRecordedAgain_ThenTheFirstIsKept(string kind)
    {
        var store = await NewAsync(kind);
        var first = Decide("fr-1", "c-1", Pensioner(), new DateTimeOffset(2020, 3, 20, 9, 30, 0, TimeSpan.Zero));

        Assert.True(await store.RecordAsync(first, CancellationToken.None));
        Assert.False(await store.RecordAsync(first, CancellationToken.None));
        Assert.False(await store.RecordAsync(first with { Reason = "another note" }, CancellationToken.None));

        Assert.Equal([first], await ListAsync(store, "c-1"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenDecisionsOfTwoClients_WhenListed_ThenEachClientGetsOnlyItsOwn_OldestFirst_RefusalsToo(string kind)
    {
        var store = await NewAsync(kind);
        var later = Decide("fr-b", "c-1", Pensioner(savings: 9000m), new DateTimeOffset(2020, 5, 4, 8, 0, 0, TimeSpan.Zero));
        var earlier = Decide("fr-c", "c-1", Pensioner(), new DateTimeOffset(2020, 3, 20, 8, 0, 0, TimeSpan.Zero));
        var sameInstant = Decide("fr-a", "c-1", Pensioner(), new DateTimeOffset(2020, 5, 4, 8, 0, 0, TimeSpan.Zero));
        var otherClient = Decide("fr-d", "c-2", Pensioner(), new DateTimeOffset(2020, 1, 2, 8, 0, 0, TimeSpan.Zero));
        foreach (var d in new[] { later, earlier, sameInstant, otherClient })
        {
            Assert.True(await store.RecordAsync(d, CancellationToken.None));
        }

        Assert.Equal([earlier, sameInstant, later], await ListAsync(store, "c-1"));
        Assert.Equal(FeeReductionOutcome.Refused, later.Outcome);
        Assert.Null(later.Period);
        Assert.Contains("exceed the limit", later.RefusalReason, StringComparison.Ordinal);
        Assert.Equal([otherClient], await ListAsync(store, "c-2"));
        Assert.Empty(await ListAsync(store, "c-3"));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenDecisionsOfTwoClients_WhenTheDecisionsInForceAreListed_ThenRefusalsAreLeftOut_ByClientThenOldestFirst(string kind)
    {
        var store = await NewAsync(kind);
        var refused = Decide("fr-b", "c-1", Pensioner(savings: 9000m), new DateTimeOffset(2020, 5, 4, 8, 0, 0, TimeSpan.Zero));
        var later = Decide("fr-a", "c-1", Pensioner(), new DateTimeOffset(2020, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var earlier = Decide("fr-c", "c-1", Pensioner(), new DateTimeOffset(2020, 3, 20, 8, 0, 0, TimeSpan.Zero));
        var otherClient = Decide("fr-d", "c-0", Pensioner(), new DateTimeOffset(2020, 9, 2, 8, 0, 0, TimeSpan.Zero));
        foreach (var d in new[] { refused, later, earlier, otherClient })
        {
            Assert.True(await store.RecordAsync(d, CancellationToken.None));
        }

        var inForce = new List<FeeReductionDecision>();
        await foreach (var d in store.ListInForceAsync(CancellationToken.None))
        {
            inForce.Add(d);
        }

        Assert.Equal([otherClient, earlier, later], inForce);
    }

    /// <summary>Seed 001's 2020 amounts: a single pensioner at home with 167.79 € left for a 310.40 € home-care fee.</summary>
    private static FeeReductionApplication Pensioner(decimal savings = 1200m) => new(
        new DateOnly(2020, 3, 17),
        12,
        Household.Single,
        LivingArrangement.Home,
        [new(IncomeKind.Pension, HouseholdMember.Applicant, Money.Of(1430.00m))],
        [new(ExpenseKind.Rent, HouseholdMember.Applicant, Money.Of(760.00m))],
        Money.Of(savings),
        [new("KOTIHOITO", FeeKind.SocialCare, Money.Of(310.40m))]);

    private static FeeReductionDecision Decide(string id, string clientId, FeeReductionApplication application, DateTimeOffset at) =>
        FeeReductionDecision.Of(id, clientId, application, FeeReductionCalculator.Calculate(application, DefaultTariffs.Load()), new Stamp(Supervisor, at, "application of 17.3."));

    private static async Task<List<FeeReductionDecision>> ListAsync(IFeeReductionStore store, string clientId)
    {
        var list = new List<FeeReductionDecision>();
        await foreach (var d in store.ListForClientAsync(clientId, CancellationToken.None))
        {
            list.Add(d);
        }

        return list;
    }

    private async Task<IFeeReductionStore> NewAsync(string kind)
    {
        if (kind == "memory")
        {
            return new InMemoryFeeReductionStore();
        }

        var table = new TableClient(fixture.ConnectionString, TestNames.Table("feereductions"));
        await table.CreateIfNotExistsAsync();
        return new AzureFeeReductionStore(table);
    }
}

using System.Text;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Idempotency;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Idempotency;

/// <summary>Idempotency keys kept for 24 hours, then forgotten and purged (issue 17, item 4), on Azurite and in memory alike.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class IdempotencyStoreContractTests(AzuriteFixture fixture)
{
    private static readonly DateTimeOffset FirstUse = new(2026, 3, 5, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);
    private static readonly StoredResponse Answer = new(200, "application/json", Encoding.UTF8.GetBytes("""{"outcome":"applied"}"""));

    public static TheoryData<string> Stores => ["azure", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnAnsweredKey_WhenReusedJustBefore24Hours_ThenTheSameRequestReplaysAndAnotherIsRefused(string kind)
    {
        var store = await NewAsync(kind);
        await AnswerAsync(store, "team-anna|k1", "hash-a", FirstUse);
        var justBefore = FirstUse + IdempotencyRetention.Period - TimeSpan.FromSeconds(1);

        var replay = Assert.IsType<IdempotencyClaim.Replay>(await store.ClaimAsync("team-anna|k1", "hash-a", justBefore, Stale, CancellationToken.None));
        var other = await store.ClaimAsync("team-anna|k1", "hash-b", justBefore, Stale, CancellationToken.None);

        Assert.Equal(Answer.Body, replay.Response.Body);
        Assert.IsType<IdempotencyClaim.Mismatch>(other);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnAnsweredKey_When24HoursHavePassed_ThenItIsForgottenEvenBeforeAPurge(string kind)
    {
        var store = await NewAsync(kind);
        await AnswerAsync(store, "team-anna|k2", "hash-a", FirstUse);
        var expired = FirstUse + IdempotencyRetention.Period;

        var claim = await store.ClaimAsync("team-anna|k2", "hash-b", expired, Stale, CancellationToken.None);
        var second = await store.ClaimAsync("team-anna|k2", "hash-b", expired, Stale, CancellationToken.None);

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
        Assert.IsType<IdempotencyClaim.InProgress>(second);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenOldAndNewKeys_WhenPurged_ThenOnlyTheExpiredAreDeletedAndTheOthersStillReplay(string kind)
    {
        var store = await NewAsync(kind);
        await AnswerAsync(store, "team-anna|old-1", "hash-a", FirstUse);
        await AnswerAsync(store, "sup-kari|old-2", "hash-a", FirstUse.AddMinutes(5));
        await store.ClaimAsync("team-anna|old-unanswered", "hash-a", FirstUse, Stale, CancellationToken.None);
        await AnswerAsync(store, "team-anna|recent", "hash-a", FirstUse.AddHours(20));
        var now = FirstUse.AddHours(25);

        var purged = await store.PurgeExpiredAsync(now, CancellationToken.None);
        var again = await store.PurgeExpiredAsync(now, CancellationToken.None);

        Assert.Equal(3, purged);
        Assert.Equal(0, again);
        Assert.IsType<IdempotencyClaim.Replay>(await store.ClaimAsync("team-anna|recent", "hash-a", now, Stale, CancellationToken.None));
        Assert.IsType<IdempotencyClaim.Mismatch>(await store.ClaimAsync("team-anna|recent", "hash-b", now, Stale, CancellationToken.None));
        Assert.IsType<IdempotencyClaim.Claimed>(await store.ClaimAsync("team-anna|old-1", "hash-b", now, Stale, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnExpiredKeyClaimedAnew_WhenPurged_ThenTheNewClaimStays(string kind)
    {
        var store = await NewAsync(kind);
        await AnswerAsync(store, "team-anna|k3", "hash-a", FirstUse);
        var now = FirstUse.AddDays(2);
        await AnswerAsync(store, "team-anna|k3", "hash-b", now);

        Assert.Equal(0, await store.PurgeExpiredAsync(now.AddHours(1), CancellationToken.None));
        Assert.IsType<IdempotencyClaim.Replay>(await store.ClaimAsync("team-anna|k3", "hash-b", now.AddHours(1), Stale, CancellationToken.None));
    }

    private static async Task AnswerAsync(IIdempotencyStore store, string key, string hash, DateTimeOffset at)
    {
        Assert.IsType<IdempotencyClaim.Claimed>(await store.ClaimAsync(key, hash, at, Stale, CancellationToken.None));
        await store.CompleteAsync(key, Answer, CancellationToken.None);
    }

    private async Task<IIdempotencyStore> NewAsync(string kind)
    {
        if (kind == "memory")
        {
            return new InMemoryIdempotencyStore();
        }

        var table = new TableClient(fixture.ConnectionString, TestNames.Table("idempotency"));
        await table.CreateIfNotExistsAsync();
        return new AzureIdempotencyStore(table);
    }
}

using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Adapters.Tests.Ceiling;

/// <summary>What every ceiling store must do; run in memory and on Azure Tables in Azurite.</summary>
public abstract class CeilingStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly TariffBook Tariffs = DefaultTariffs.Load();
    private static readonly DateOnly On = new(2024, 6, 3);

    /// <summary>A fresh, empty store.</summary>
    protected abstract Task<ICeilingStore> NewStoreAsync();

    [Fact]
    public async Task GivenNothingStored_LoadGivesOpenAccountsWithoutVersion()
    {
        var store = await NewStoreAsync();
        var key = new CeilingKey("C1", 2024);

        var loaded = await store.LoadAsync([key, key], None);

        var account = Assert.Single(loaded).Value;
        Assert.Equal(CeilingAccount.Open("C1", 2024), account.Account);
        Assert.Null(account.Version);
        Assert.Null(account.Contact);
    }

    [Fact]
    public async Task GivenManyAccountsCommittedAtOnce_ThenEachLoadsWithItsEventsStateAndContact()
    {
        var store = await NewStoreAsync();
        var keys = Enumerable.Range(1, 120).Select(i => new CeilingKey($"C{i:D3}", 2024)).ToList();
        var read = await store.LoadAsync(keys, None);
        var commits = keys.Select(k => Charge(read[k], Line($"b1/{k.HolderId}", k.HolderId, 800m), Contact(k.HolderId))).ToList();

        var conflicts = await store.CommitAsync(commits, None);
        var loaded = await store.LoadAsync(keys, None);

        Assert.Empty(conflicts);
        Assert.All(keys, k =>
        {
            var account = loaded[k];
            Assert.Equal(Money.Of(762m), account.Account.Accrued);
            Assert.Equal(new FreeCard(new DateOnly(2024, 3, 5)), account.Account.FreeCard);
            Assert.Equal(2, account.Events.Count);
            Assert.Equal(Contact(k.HolderId), account.Contact);
            Assert.NotNull(account.Version);
        });
        Assert.Equal(keys, await store.ListAsync(None).Select(a => a.Key).ToListAsync());
    }

    [Fact]
    public async Task GivenTwoWritersOfOneAccount_ThenTheSecondConflictsAndWinsAfterReloading()
    {
        var store = await NewStoreAsync();
        var key = new CeilingKey("C1", 2024);
        var other = new CeilingKey("C2", 2024);
        var first = await store.LoadAsync([key, other], None);
        var second = await store.LoadAsync([key], None);

        Assert.Empty(await store.CommitAsync([Charge(first[key], Line("b1/1", "C1", 500m), null)], None));
        var conflicts = await store.CommitAsync([Charge(second[key], Line("b2/1", "C1", 400m), null), Charge(first[other], Line("b2/2", "C2", 10m), null)], None);
        Assert.Equal([key], conflicts);

        var reloaded = (await store.LoadAsync([key], None))[key];
        Assert.Empty(await store.CommitAsync([Charge(reloaded, Line("b2/1", "C1", 400m), null)], None));
        var final = (await store.LoadAsync([key, other], None));

        Assert.Equal(Money.Of(762m), final[key].Account.Accrued);
        Assert.Equal(Money.Of(262m), final[key].Account.Find("b2/1")!.Charge.Total);
        Assert.Equal(Money.Of(10m), final[other].Account.Accrued);
    }

    [Fact]
    public async Task GivenAStaleReadOfAnExistingAccount_ThenTheCommitConflictsAndNothingIsWritten()
    {
        var store = await NewStoreAsync();
        var key = new CeilingKey("C1", 2024);
        var empty = (await store.LoadAsync([key], None))[key];
        await store.CommitAsync([Charge(empty, Line("b1/1", "C1", 100m), null)], None);
        var stale = (await store.LoadAsync([key], None))[key];
        await store.CommitAsync([Charge(stale, Line("b1/2", "C1", 100m), null)], None);

        var conflicts = await store.CommitAsync([Charge(stale, Line("b1/3", "C1", 100m), null), Charge(empty, Line("b1/4", "C1", 1m), null)], None);
        var now = (await store.LoadAsync([key], None))[key];

        Assert.Equal([key, key], conflicts);
        Assert.Equal(Money.Of(200m), now.Account.Accrued);
    }

    [Fact]
    public async Task GivenALongEventStream_ThenItRoundTrips()
    {
        var store = await NewStoreAsync();
        var key = new CeilingKey("C1", 2024);
        var account = (await store.LoadAsync([key], None))[key];
        for (var batch = 0; batch < 4; batch++)
        {
            var lines = Enumerable.Range(0, 60).Select(i => Line($"batch-{batch}/line-{i:D3}", "C1", 3.5m, new DateOnly(2024, 1, 1).AddDays((batch * 60) + i))).ToList();
            var decision = (CeilingDecision.Accepted)CeilingDecider.Decide(account.Account, new CeilingCommand.ChargeLines(On, [.. lines]), Tariffs);
            Assert.Empty(await store.CommitAsync([new CeilingCommit(account, decision.Events, null)], None));
            account = (await store.LoadAsync([key], None))[key];
        }

        Assert.Equal(240, account.Account.Lines.Count);
        Assert.Equal(Money.Of(762m), account.Account.Accrued);
        Assert.Equal(account.Events.Aggregate(CeilingAccount.Open("C1", 2024), CeilingDecider.Evolve), account.Account);
    }

    /// <summary>
    /// An import loads thousands of accounts at once, which a store may read as key ranges: the
    /// answer still holds exactly the accounts asked for (not their neighbours, not another year's,
    /// not the overflow rows of a long stream), each as stored.
    /// </summary>
    [Fact]
    public async Task GivenManyAccountsAskedForAmongOthers_ThenTheLoadGivesExactlyThoseAskedFor()
    {
        var store = await NewStoreAsync();
        var stored = Enumerable.Range(0, 600).SelectMany(i => new[] { new CeilingKey($"H{i:D4}", 2024), new CeilingKey($"H{i:D4}", 2025) }).ToList();
        var read = await store.LoadAsync(stored, None);
        var longStream = new CeilingKey("H0100", 2024);
        Assert.Empty(await store.CommitAsync([.. stored.Select(k => k == longStream
            ? new CeilingCommit(read[k], ((CeilingDecision.Accepted)CeilingDecider.Decide(read[k].Account, new CeilingCommand.ChargeLines(On, [.. Enumerable.Range(0, 240).Select(j => Line($"long/{j:D3}", k.HolderId, 2m, new DateOnly(2024, 1, 1).AddDays(j)))]), Tariffs)).Events, null)
            : Charge(read[k], Line($"b/{k.HolderId}/{k.Year}", k.HolderId, k.Year - 2000m, new DateOnly(k.Year, 3, 5)), null))], None));
        var asked = Enumerable.Range(0, 300).Select(i => new CeilingKey($"H{i * 2:D4}", 2024))
            .Concat(Enumerable.Range(0, 20).Select(i => new CeilingKey($"H{i * 2:D4}x", 2024)))
            .ToList();

        var loaded = await store.LoadAsync(asked, None);

        Assert.Equal(asked.ToHashSet(), loaded.Keys.ToHashSet());
        Assert.All(asked.Where(k => !k.HolderId.EndsWith('x') && k != longStream), k => Assert.Equal(Money.Of(24m), loaded[k].Account.Accrued));
        Assert.All(asked.Where(k => k.HolderId.EndsWith('x')), k => Assert.Null(loaded[k].Version));
        Assert.Equal(240, loaded[longStream].Account.Lines.Count);
        Assert.Equal(Money.Of(480m), loaded[longStream].Account.Accrued);
    }

    [Fact]
    public async Task GivenACommitWithoutEventsOrNewContact_ThenNothingIsWrittenAndNothingConflicts()
    {
        var store = await NewStoreAsync();
        var key = new CeilingKey("C1", 2024);
        var empty = (await store.LoadAsync([key], None))[key];

        Assert.Empty(await store.CommitAsync([new CeilingCommit(empty, [], null)], None));
        Assert.Empty(await store.ListAsync(None).ToListAsync());
    }

    private static CeilingCommit Charge(StoredCeiling read, CeilingLine line, CeilingAddressee? contact)
    {
        var decision = Assert.IsType<CeilingDecision.Accepted>(CeilingDecider.Decide(read.Account, new CeilingCommand.ChargeLines(On, [line]), Tariffs));
        return new CeilingCommit(read, decision.Events, contact);
    }

    private static CeilingLine Line(string key, string client, decimal billed, DateOnly? date = null) =>
        new(key, client, date ?? new DateOnly(2024, 3, 5), Money.Of(billed), true);

    private static CeilingAddressee Contact(string holder) =>
        new($"Holder {holder}", Language.Fi, new Recipient(new PostalAddress($"Holder {holder}", "Kauppakatu 1", "00100", "Helsinki"), null, false));
}

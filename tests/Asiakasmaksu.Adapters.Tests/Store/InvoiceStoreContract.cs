using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// What every invoice store must do. Run against the in-memory store and, on Azurite, the Azure
/// Table store: the simulator may use the first only because it behaves as the second.
/// </summary>
public abstract partial class InvoiceStoreContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateOnly Due = new(2026, 3, 19);

    /// <summary>A fresh, empty store; <paramref name="name"/> keeps stores of different tests apart.</summary>
    protected abstract Task<(IInvoiceStore Invoices, IOutboxStore Outbox)> NewStoreAsync(string name);

    [Fact]
    public async Task Created_LoadsBackWithHistoryIndexesAndOutbox()
    {
        var (store, outbox) = await NewStoreAsync("created");
        var invoice = TestInvoices.New("b1", "c1");

        var outcome = Assert.Single(await store.CreateAsync([invoice], None));

        Assert.IsType<CreateOutcome.Created>(outcome);
        var loaded = Assert.IsType<StoredInvoice>(await store.LoadAsync(invoice.Id, None));
        Assert.Equal(invoice.State, loaded.State);
        Assert.Equal(invoice.Events, loaded.History.Select(h => h.Event));
        Assert.Equal(1, loaded.History[0].Number);
        Assert.Equal(Due.AddDays(1), loaded.NextWakeUp);
        Assert.Equal(invoice.Id, await store.FindByReferenceAsync(invoice.State.Facts.Reference, None));
        Assert.Null(await store.FindByReferenceAsync("99999", None));
        Assert.Equal([invoice.Id], await ToList(store.ListForClientAsync("c1", None), s => s.Id));
        Assert.Equal([new WakeUp(invoice.Id, Due.AddDays(1))], await ToList(store.DueForWakeUpAsync(Due.AddDays(1), None), w => w));
        Assert.Empty(await ToList(store.DueForWakeUpAsync(Due, None), w => w));
        var pending = Assert.Single(await ToList(outbox.PendingAsync(TestInvoices.At, 100, None), e => e));
        Assert.Equal(invoice.Notices[0], pending.Notice);
        Assert.Null(await store.LoadAsync(new InvoiceId("nope"), None));
    }

    [Fact]
    public async Task SameImportAgain_CreatesNothingTwice()
    {
        var (store, outbox) = await NewStoreAsync("again");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);

        Assert.IsType<CreateOutcome.CreatedEarlier>(Assert.Single(await store.CreateAsync([invoice], None)));

        var loaded = await store.LoadAsync(invoice.Id, None);
        Assert.Single(loaded!.History);
        Assert.Single(await ToList(outbox.PendingAsync(TestInvoices.At, 100, None), e => e));
        Assert.Single(await ToList(store.ListAllAsync(None), s => s));
    }

    [Fact]
    public async Task AnotherImportOfTheSameInvoice_IsReportedWithTheExistingLines()
    {
        var (store, _) = await NewStoreAsync("another");
        await store.CreateAsync([TestInvoices.New("b1", "c1", lines: 2)], None);

        var outcome = Assert.IsType<CreateOutcome.AlreadyExists>(Assert.Single(await store.CreateAsync([TestInvoices.New("b1", "c1", lines: 3, importId: "import-2")], None)));

        Assert.Equal(new HashSet<string> { "c1-1", "c1-2" }, outcome.ExistingLineIds);
    }

    [Fact]
    public async Task LineIdUsedWithOtherContent_IsAConflictAndNothingIsCreated()
    {
        var (store, _) = await NewStoreAsync("conflict");
        await store.CreateAsync([TestInvoices.New("b1", "c1", lines: 1, linePrefix: "x")], None);
        var clash = TestInvoices.New("b1", "c2", lines: 1, importId: "import-2", linePrefix: "x") with { Lines = [new LineKey("xc1-1", "other-hash")] };

        var outcome = Assert.IsType<CreateOutcome.LineConflicts>(Assert.Single(await store.CreateAsync([clash], None)));

        Assert.Equal(new HashSet<string> { "xc1-1" }, outcome.LineIds);
        Assert.Null(await store.LoadAsync(clash.Id, None));
    }

    [Fact]
    public async Task ALineInTwoInvoicesOfOneCall_GoesToTheFirstAndTheSecondIsAConflict()
    {
        var (store, _) = await NewStoreAsync("sameline");
        var first = TestInvoices.New("b1", "c1", lines: 2);
        var second = TestInvoices.New("b1", "c2", lines: 1) with { Lines = [new LineKey("c1-2", "hash-c1-2-25.00"), new LineKey("c2-1", "hash-c2-1")] };

        var outcomes = await store.CreateAsync([first, second, first], None);

        Assert.IsType<CreateOutcome.Created>(outcomes[0]);
        Assert.Equal(new HashSet<string> { "c1-2" }, Assert.IsType<CreateOutcome.LineConflicts>(outcomes[1]).LineIds);
        Assert.IsType<CreateOutcome.CreatedEarlier>(outcomes[2]);
        Assert.Null(await store.LoadAsync(second.Id, None));
        var third = TestInvoices.New("b1", "c3") with { Lines = [new LineKey("c2-1", "hash-of-c3")] };
        Assert.IsType<CreateOutcome.Created>(Assert.Single(await store.CreateAsync([third], None))); // the refused invoice's lines stay free
    }

    [Fact]
    public async Task ManyInvoicesAndALargeOne_AreCreatedInOneCall()
    {
        var (store, _) = await NewStoreAsync("many");
        var invoices = Enumerable.Range(1, 250).Select(i => TestInvoices.New("b1", $"c{i}")).Append(TestInvoices.New("b2", "big", lines: 300, amount: 1m)).ToList();

        var outcomes = await store.CreateAsync(invoices, None);

        Assert.All(outcomes, o => Assert.IsType<CreateOutcome.Created>(o));
        Assert.Equal(251, (await ToList(store.ListAllAsync(None), s => s)).Count);
        var big = await store.LoadAsync(invoices[^1].Id, None);
        Assert.Equal(300, big!.State.Facts.Lines.Count);
        Assert.Equal(invoices[^1].State, big.State);
    }

    [Fact]
    public async Task Commit_AppendsEventsQueuesNoticesAndMovesTheWakeUp()
    {
        var (store, outbox) = await NewStoreAsync("commit");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var overdue = TestInvoices.Advance(loaded, Due.AddDays(1));
        var token = await store.CommitAsync(overdue, None);
        var afterOverdue = (await store.LoadAsync(invoice.Id, None))!;
        var reminder = TestInvoices.Advance(afterOverdue, new DateOnly(2026, 4, 7));

        await store.CommitAsync(reminder, None);

        var reloaded = (await store.LoadAsync(invoice.Id, None))!;
        Assert.NotEqual(loaded.ConcurrencyToken, token);
        Assert.Equal([1, 2, 3], reloaded.History.Select(h => h.Number));
        Assert.Equal("reminder", reloaded.State.Stage.Name);
        Assert.Equal(reminder.NextWakeUp, reloaded.NextWakeUp);
        Assert.Empty(await ToList(store.DueForWakeUpAsync(new DateOnly(2026, 4, 7), None), w => w));
        Assert.Equal(2, (await ToList(outbox.PendingAsync(TestInvoices.At.AddDays(60), 100, None), e => e)).Count);
        Assert.Equal("reminder", (await ToList(store.ListForClientAsync("c1", None), s => s.Stage)).Single());
    }

    [Fact]
    public async Task TheTokenACommitReturns_CommitsAgainWithoutReloading()
    {
        var (store, _) = await NewStoreAsync("chain");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var first = TestInvoices.Pay(loaded, ["p1"]);
        var token = await store.CommitAsync(first, None);

        await store.CommitAsync(TestInvoices.Pay(new StoredInvoice(first.After, [], token, first.NextWakeUp), ["p2"]), None);

        var reloaded = (await store.LoadAsync(invoice.Id, None))!;
        Assert.Equal(["p1", "p2"], reloaded.History.Select(h => h.Event).OfType<InvoiceEvent.PaymentReceived>().Select(p => p.PaymentId));
    }

    [Fact]
    public async Task StaleToken_IsAConflictAndNothingIsWritten()
    {
        var (store, _) = await NewStoreAsync("stale");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        await store.CommitAsync(TestInvoices.Advance(loaded, Due.AddDays(1)), None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(TestInvoices.Advance(loaded, Due.AddDays(2)), None));

        Assert.Equal(2, (await store.LoadAsync(invoice.Id, None))!.History.Count);
    }

    [Fact]
    public async Task TwoWritersAtOnce_ExactlyOneWins()
    {
        var (store, _) = await NewStoreAsync("race");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var change = TestInvoices.Advance(loaded, Due.AddDays(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(change, None);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, results.Count(r => r));
        Assert.Equal(2, (await store.LoadAsync(invoice.Id, None))!.History.Count);
    }

    [Fact]
    public async Task CommitWithoutEvents_OnlyMovesTheWakeUp_AndStaleEntriesCanBeForgotten()
    {
        var (store, _) = await NewStoreAsync("wake");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var loaded = (await store.LoadAsync(invoice.Id, None))!;
        var later = new DateOnly(2026, 5, 4);

        await store.CommitAsync(new InvoiceChange(loaded.State, loaded.ConcurrencyToken, [], loaded.State, [], later, TestInvoices.At), None);
        await store.ForgetWakeUpAsync(invoice.Id, later, None);

        var reloaded = (await store.LoadAsync(invoice.Id, None))!;
        Assert.Single(reloaded.History);
        Assert.Equal(later, reloaded.NextWakeUp);
        Assert.Equal([new WakeUp(invoice.Id, later)], await ToList(store.DueForWakeUpAsync(later, None), w => w));
    }

    [Fact]
    public async Task Outbox_RetriesFailuresAndNeverResendsWhatWasSent()
    {
        var (store, outbox) = await NewStoreAsync("outbox");
        var invoice = TestInvoices.New("b1", "c1");
        await store.CreateAsync([invoice], None);
        var id = invoice.Notices[0].Id;
        var now = TestInvoices.At;

        await outbox.MarkFailedAsync((await outbox.ClaimAsync(id, now, OutboxDispatcher.ClaimLease, None))!, 1, now.AddMinutes(5), "smtp timeout", None);
        Assert.Empty(await ToList(outbox.PendingAsync(now.AddMinutes(1), 10, None), e => e));
        var retry = Assert.Single(await ToList(outbox.PendingAsync(now.AddMinutes(6), 10, None), e => e));
        Assert.Equal(1, retry.Attempts);
        Assert.Equal("smtp timeout", retry.LastError);

        Assert.True(await outbox.MarkSentAsync((await outbox.ClaimAsync(id, now.AddMinutes(6), OutboxDispatcher.ClaimLease, None))!, new NoticeDelivery("letter", now.AddMinutes(7), "letters/x.pdf"), None));
        await outbox.AddAsync(invoice.Notices[0], now.AddMinutes(8), None);

        Assert.Empty(await ToList(outbox.PendingAsync(now.AddDays(1), 10, None), e => e));
        Assert.Equal("letter", (await outbox.DeliveryOfAsync(id, None))!.Channel);
    }

    [Fact]
    public async Task StandaloneNotice_IsStoredOnceAndPending()
    {
        var (store, outbox) = await NewStoreAsync("standalone");
        var invoice = TestInvoices.New("b1", "c1");
        var notice = invoice.Notices[0] with { Id = "estate-c1-20260301", InvoiceId = null };

        await outbox.AddAsync(notice, TestInvoices.At, None);
        await outbox.AddAsync(notice, TestInvoices.At.AddHours(1), None);

        var pending = Assert.Single(await ToList(outbox.PendingAsync(TestInvoices.At.AddDays(1), 10, None), e => e));
        Assert.Equal(notice, pending.Notice);
        Assert.Equal(TestInvoices.At, pending.StoredAt);
        Assert.Empty(await ToList(store.ListAllAsync(None), s => s));
    }

    private static async Task<List<TOut>> ToList<TIn, TOut>(IAsyncEnumerable<TIn> items, Func<TIn, TOut> select)
    {
        var list = new List<TOut>();
        await foreach (var item in items)
        {
            list.Add(select(item));
        }

        return list;
    }
}

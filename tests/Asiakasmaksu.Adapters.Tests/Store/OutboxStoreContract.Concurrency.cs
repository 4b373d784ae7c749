using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>
/// Dispatchers racing over one outbox, each an <see cref="OutboxDispatcher"/> of its own, started
/// behind a barrier, counted at the real senders (<see cref="DeliveryRig"/>). Without claims the
/// passes overlap and send notices twice: these tests fail then.
/// </summary>
public abstract partial class OutboxStoreContract
{
    [Fact]
    public async Task GivenEightDispatchersAtOnce_WhenTheySweepDispatchByInvoiceAndByName_ThenEachOfTwoHundredNoticesIsDeliveredExactlyOnce()
    {
        var (store, outbox) = await NewStoreAsync("concurrent");
        var (invoices, noticeIds) = await TwoHundredNoticesAsync(store, outbox);
        await using var rig = new DeliveryRig(outbox, TestInvoices.At);

        var passes = Enumerable.Range(0, 8).Select(n => Pass(rig.Dispatcher(n), n, invoices, noticeIds)).ToList();
        var delivered = await DeliveryRig.AllAtOnceAsync(passes);

        var deliveries = rig.Deliveries();
        Assert.All(deliveries, d => Assert.True(d.Value == 1, $"{d.Key} was delivered {d.Value} times"));
        Assert.Equal(noticeIds.Order(StringComparer.Ordinal), deliveries.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(rig.Problems);
        Assert.Equal(noticeIds.Order(StringComparer.Ordinal), delivered.SelectMany(d => d).Select(d => d.Notice.Id).Order(StringComparer.Ordinal));
        Assert.True(delivered.Count(d => d.Count > 0) > 1, "the work was shared: more than one dispatcher delivered");
        foreach (var id in noticeIds)
        {
            Assert.NotNull(await outbox.DeliveryOfAsync(id, None));
        }

        rig.Clock.Set(TestInvoices.At.Add(Lease * 2));
        Assert.Empty(await rig.Dispatcher(0).DispatchAsync(None));
        Assert.Equal(deliveries, rig.Deliveries());
    }

    [Fact]
    public async Task GivenAHolderThatDiesAfterClaiming_WhenDispatchersRace_ThenItsNoticesAreDeliveredExactlyOnceAfterTheClaimRunsOut()
    {
        var (store, outbox) = await NewStoreAsync("dies");
        var invoices = Enumerable.Range(0, 12).Select(i => Renderable("b1", i)).ToList();
        await store.CreateAsync(invoices, None);
        var noticeIds = invoices.Select(i => i.Notices[0].Id).ToList();
        await using var rig = new DeliveryRig(outbox, TestInvoices.At);
        var dead = new List<OutboxClaim>();
        foreach (var id in noticeIds.Take(4))
        {
            dead.Add(await ClaimAsync(outbox, id, TestInvoices.At));
        }

        var race = () => DeliveryRig.AllAtOnceAsync([.. Enumerable.Range(0, 6).Select(n => Pass(rig.Dispatcher(n), n, invoices.Select(i => i.Id).ToList(), noticeIds))]);
        await race();
        var whileClaimed = rig.Deliveries();
        rig.Clock.Set(dead[0].Until.AddTicks(-1));
        await race();
        var justBefore = rig.Deliveries();
        rig.Clock.Set(dead[0].Until);
        var once = (await race()).SelectMany(d => d).Select(d => d.Notice.Id).ToList();
        rig.Clock.Set(dead[0].Until + Lease);
        await race();

        Assert.Equal(noticeIds.Skip(4).Order(StringComparer.Ordinal), whileClaimed.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(whileClaimed, justBefore);
        Assert.Equal(noticeIds.Take(4).Order(StringComparer.Ordinal), once.Order(StringComparer.Ordinal));
        var deliveries = rig.Deliveries();
        Assert.Equal(noticeIds.Order(StringComparer.Ordinal), deliveries.Keys.Order(StringComparer.Ordinal));
        Assert.All(deliveries, d => Assert.True(d.Value == 1, $"{d.Key} was delivered {d.Value} times"));
        Assert.All(rig.Problems, p => Assert.Contains("earlier claim ran out", p, StringComparison.Ordinal));
        foreach (var claim in dead)
        {
            Assert.False(await outbox.MarkSentAsync(claim, new NoticeDelivery("email", claim.Until, "from the dead"), None));
            Assert.NotEqual("from the dead", (await outbox.DeliveryOfAsync(claim.NoticeId, None))!.Location);
        }
    }

    /// <summary>A third of the dispatchers sweep, a third go invoice by invoice, a third name every notice; each starts at its own place in the list.</summary>
    private static Func<Task<IReadOnlyList<DispatchedNotice>>> Pass(OutboxDispatcher dispatcher, int n, IReadOnlyList<Domain.Invoices.InvoiceId> invoices, IReadOnlyList<string> noticeIds) => (n % 3) switch
    {
        0 => () => dispatcher.DispatchAsync(None),
        1 => async () =>
        {
            var delivered = new List<DispatchedNotice>();
            foreach (var invoice in Rotate(invoices, n))
            {
                delivered.AddRange(await dispatcher.DispatchForInvoiceAsync(invoice, None));
            }

            return delivered;
        },
        _ => () => dispatcher.DispatchNoticesAsync(Rotate(noticeIds, n), None),
    };

    /// <summary>An invoice whose notice renders (a valid reference for the barcode); every other one to an email address.</summary>
    private static NewInvoice Renderable(string batch, int i)
    {
        var client = i % 2 == 0 ? $"c{i}e" : $"c{i}";
        return TestInvoices.New(batch, client, reference: InvoiceReferences.NationalFor(InvoiceIdentity.For(batch, client)));
    }

    private static List<T> Rotate<T>(IReadOnlyList<T> items, int n) => [.. items.Skip(n * items.Count / 8), .. items.Take(n * items.Count / 8)];

    /// <summary>190 invoices (every other one to an email address), each with its invoice notice, and 10 standalone notices added for the first ten of them.</summary>
    private static async Task<(List<Domain.Invoices.InvoiceId> Invoices, List<string> NoticeIds)> TwoHundredNoticesAsync(IInvoiceStore store, IOutboxStore outbox)
    {
        var invoices = Enumerable.Range(0, 190).Select(i => Renderable($"b{i % 4}", i)).ToList();
        await store.CreateAsync(invoices, None);
        var added = invoices.Take(10).Select(i => i.Notices[0] with { Id = $"{i.Id}-deferral-r1" }).ToList();
        foreach (var notice in added)
        {
            await outbox.AddAsync(notice, TestInvoices.At, None);
        }

        return ([.. invoices.Select(i => i.Id)], [.. invoices.Select(i => i.Notices[0].Id), .. added.Select(n => n.Id)]);
    }
}

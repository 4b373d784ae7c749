using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.References;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>Readable invoice numbers: allocated once per invoice id, never shared, found by number.</summary>
public abstract partial class InvoiceStoreContract
{
    [Fact]
    public async Task GivenInvoiceIds_WhenNumbersAreAllocatedTwice_ThenEachHasOneValidNumberOfItsOwn()
    {
        var (store, _) = await NewStoreAsync("numbers");
        InvoiceId[] ids = [.. Enumerable.Range(1, 30).Select(i => InvoiceIdentity.For(i % 2 == 0 ? "b1" : "b2", $"c{i}"))];

        var first = await store.AllocateInvoiceNumbersAsync(ids, None);
        var again = await store.AllocateInvoiceNumbersAsync([.. ids.Reverse(), ids[0]], None);

        Assert.Equal(ids.Length, first.Distinct().Count());
        Assert.All(first, n => Assert.True(InvoiceNumbers.IsValid(n) && n.Length <= 10, n));
        Assert.Equal([.. first.Reverse(), first[0]], again);
        Assert.Equal(InvoiceNumbers.FromSequence(InvoiceNumbers.FirstSequence), first.MinBy(InvoiceNumbers.SequenceOf));
    }

    [Fact]
    public async Task GivenEightAllocationsRacingOverOverlappingInvoices_ThenTheyAgreeOnEveryNumberAndShareNone()
    {
        var (store, _) = await NewStoreAsync("numberrace");
        InvoiceId[] ids = [.. Enumerable.Range(0, 120).Select(i => InvoiceIdentity.For($"b{i % 3}", $"c{i}"))];

        // Each caller asks for a window of 60 of the 120, overlapping its neighbours'.
        var calls = await Task.WhenAll(Enumerable.Range(0, 8).Select(k => Task.Run(async () =>
        {
            var window = ids.Skip(k * 15).Concat(ids).Take(60).ToArray();
            return window.Zip(await store.AllocateInvoiceNumbersAsync(window, None));
        })));

        var byInvoice = calls.SelectMany(c => c).GroupBy(p => p.First, p => p.Second).ToList();
        Assert.Equal(ids.Length, byInvoice.Count);
        Assert.All(byInvoice, g => Assert.Single(g.Distinct()));
        Assert.Equal(ids.Length, byInvoice.Select(g => g.First()).Distinct().Count());
    }

    [Fact]
    public async Task GivenACreatedInvoiceWithItsNumber_WhenFoundByNumber_ThenOnlyThatNumberFindsIt()
    {
        var (store, _) = await NewStoreAsync("numberfind");
        var id = InvoiceIdentity.For("b1", "c1");
        var numbers = await store.AllocateInvoiceNumbersAsync([id, InvoiceIdentity.For("b1", "never-created")], None);
        await store.CreateAsync([TestInvoices.New("b1", "c1", invoiceNumber: numbers[0])], None);

        Assert.Equal(id, await store.FindByInvoiceNumberAsync(numbers[0], None));
        Assert.Equal(numbers[0], (await store.LoadAsync(id, None))!.State.Facts.InvoiceNumber);
        Assert.Null(await store.FindByInvoiceNumberAsync(numbers[1], None));
        Assert.Null(await store.FindByInvoiceNumberAsync("1000008", None));
        Assert.Null(await store.FindByInvoiceNumberAsync("abc", None));
    }
}

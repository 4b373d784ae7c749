using Asiakasmaksu.Adapters.AzureStorage;
using Asiakasmaksu.Domain.Invoices;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Store;

/// <summary>The store's memory of the rows it has just written or read: bounded, each row taken once, and peeked at as often as asked.</summary>
public sealed class RecentRecordsTests
{
    private static readonly StoreTables Tables = new(new AzureStorageOptions { ConnectionString = "UseDevelopmentStorage=true" });

    [Fact]
    public void GivenARememberedRecord_ThenItIsTakenOnceOnly()
    {
        var recent = new RecentRecords();
        var record = new TableEntity("s1", "r|n1");
        recent.Remember("n1", record);

        Assert.Same(record, recent.Take("n1"));
        Assert.Null(recent.Take("n1"));
        Assert.Null(recent.Take("n2"));
    }

    [Fact]
    public void GivenARememberedRecord_WhenItIsPeekedAt_ThenItIsKeptUntilTaken()
    {
        var recent = new RecentRecords();
        var header = new TableEntity("p1", "h|i1");
        recent.Remember("i1", header);

        Assert.Same(header, recent.Peek("i1"));
        Assert.Same(header, recent.Peek("i1"));
        Assert.Same(header, recent.Take("i1"));
        Assert.Null(recent.Peek("i1"));
    }

    [Fact]
    public void GivenAHeaderOverWhatIsKept_WhenTheReaderKeepsIt_ThenNoneIsKeptForTheInvoiceAndAnOlderCopyGoesToo()
    {
        var reader = new InvoiceReader(Tables, new LookupIndexes(Tables));
        var id = new InvoiceId("i1");
        reader.Recent.Remember(id.Value, new TableEntity("p1", "h|i1") { ["E000001"] = new string('x', InvoiceReader.MaxKeptChars - 100) });
        var small = reader.Recent.Count;
        reader.Recent.Remember(id.Value, new TableEntity("p1", "h|i1") { ["E000001"] = new string('x', InvoiceReader.MaxKeptChars - 100), ["E000002"] = new string('x', 200) });

        Assert.Equal((1, 0), (small, reader.Recent.Count));
    }

    [Fact]
    public void GivenMoreRecordsThanItsCapacity_ThenTheOldestAreForgotten()
    {
        var recent = new RecentRecords(capacity: 3);
        foreach (var n in (string[])["n1", "n2", "n3", "n4", "n5"])
        {
            recent.Remember(n, new TableEntity("s1", "r|" + n));
        }

        Assert.Equal(3, recent.Count);
        Assert.Null(recent.Take("n1"));
        Assert.Null(recent.Take("n2"));
        Assert.Equal(["r|n3", "r|n4", "r|n5"], [recent.Take("n3")!.RowKey, recent.Take("n4")!.RowKey, recent.Take("n5")!.RowKey]);
    }

    [Fact]
    public void GivenANoticeRememberedAgain_WhenItsFirstRecordIsPushedOut_ThenTheNewerOneStays()
    {
        var recent = new RecentRecords(capacity: 2);
        var newer = new TableEntity("s1", "r|n1") { ["Attempts"] = 1 };
        recent.Remember("n1", new TableEntity("s1", "r|n1"));
        recent.Remember("n1", newer);
        recent.Remember("n2", new TableEntity("s1", "r|n2"));

        Assert.Same(newer, recent.Take("n1"));
        Assert.Equal(1, recent.Count);
    }
}

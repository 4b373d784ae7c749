using Azure;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

[Collection(AzuriteCollection.Name)]
public sealed class TableRoundTripTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task Entity_round_trips_and_a_stale_etag_is_refused_with_412()
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table("roundtrip"));
        await table.CreateIfNotExistsAsync();

        var entity = new TableEntity("customer-1", "invoice-1") { ["Amount"] = 12_345L, ["Status"] = "open" };
        await table.AddEntityAsync(entity);

        var stored = (await table.GetEntityAsync<TableEntity>("customer-1", "invoice-1")).Value;
        Assert.Equal(12_345L, stored.GetInt64("Amount"));
        Assert.Equal("open", stored.GetString("Status"));
        var firstEtag = stored.ETag;

        stored["Status"] = "paid";
        var update = await table.UpdateEntityAsync(stored, firstEtag, TableUpdateMode.Replace);
        Assert.NotEqual(firstEtag, update.Headers.ETag);

        stored["Status"] = "cancelled";
        var stale = await Assert.ThrowsAsync<RequestFailedException>(
            () => table.UpdateEntityAsync(stored, firstEtag, TableUpdateMode.Replace));
        Assert.Equal(412, stale.Status);

        var final = (await table.GetEntityAsync<TableEntity>("customer-1", "invoice-1")).Value;
        Assert.Equal("paid", final.GetString("Status"));
        Assert.Equal(update.Headers.ETag, final.ETag);
    }
}

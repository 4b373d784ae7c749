using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Azurite;

[Collection(AzuriteCollection.Name)]
public sealed class TableTransactionTests(AzuriteFixture fixture)
{
    [Fact]
    public async Task A_transaction_of_100_entities_in_one_partition_commits_all_of_them()
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table("batch"));
        await table.CreateIfNotExistsAsync();

        var actions = Enumerable.Range(0, 100)
            .Select(i => new TableTransactionAction(
                TableTransactionActionType.Add,
                new TableEntity("ledger-7", $"row-{i:D3}") { ["Index"] = i }))
            .ToList();
        var response = await table.SubmitTransactionAsync(actions);

        Assert.Equal(100, response.Value.Count);
        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "ledger-7").ToListAsync();
        Assert.Equal(100, rows.Count);
        Assert.Equal(Enumerable.Range(0, 100), rows.Select(r => r.GetInt32("Index")!.Value).Order());
        Assert.Equal("row-042", rows.Single(r => r.GetInt32("Index") == 42).RowKey);
    }

    [Fact]
    public async Task A_transaction_with_one_failing_action_commits_nothing()
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table("atomic"));
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new TableEntity("p", "row-005"));

        var actions = Enumerable.Range(0, 10)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"row-{i:D3}")))
            .ToList();
        await Assert.ThrowsAsync<TableTransactionFailedException>(() => table.SubmitTransactionAsync(actions));

        var rows = await table.QueryAsync<TableEntity>(e => e.PartitionKey == "p").ToListAsync();
        Assert.Equal(["row-005"], rows.Select(r => r.RowKey));
    }
}

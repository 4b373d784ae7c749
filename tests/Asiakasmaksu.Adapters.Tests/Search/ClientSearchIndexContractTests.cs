using System.Text;
using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Domain.Billing;
using Azure.Data.Tables;

namespace Asiakasmaksu.Adapters.Tests.Search;

/// <summary>
/// The client search index on Azurite and in memory alike, filled as the import fills it
/// (<see cref="ClientIndexing"/> reading a billing file with the optional ssn column): names by any
/// word's beginning, henkilötunnus by keyed hash only, never the code in clear.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ClientSearchIndexContractTests(AzuriteFixture fixture)
{
    private const string Ssn = "131052-308T";

    private static readonly PersonalIdentityHasher Hasher = new(Encoding.UTF8.GetBytes("test key for the client search, 32+ bytes long"));

    private static readonly string File = string.Join('\n',
        "batch_id;line_id;client_id;name;street;postal_code;city;language;service_code;service_date;amount;ceiling;invoice_date;ssn",
        $"B1;1;C-1;Östman Åsa;Katu 1;00100;Helsinki;sv;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;{Ssn}",
        $"B1;2;C-1;Östman Åsa;Katu 1;00100;Helsinki;sv;KOTIHOITO;2026-01-06;10.00;0;2026-01-30;{Ssn}",
        "B1;3;C-2;Asiakas Aino;Katu 2;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;",
        "B1;4;C-3;Two People;Katu 3;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;131052-308T",
        "B1;5;C-3;Two People;Katu 3;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;010101-901S",
        "B1;6;C-4;Rejected Rita;Katu 4;00100;Helsinki;fi;KOTIHOITO;2026-01-05;10.00;0;2026-01-30;") + "\n";

    public static TheoryData<string> Stores => ["azure", "memory"];

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnImportedFile_WhenIndexed_ThenNamesAreFoundByAnyWordsBeginningWithoutDiacritics(string kind)
    {
        var (index, _) = await IndexAsync(kind);

        var byFolded = await index.FindByNameWordAsync("osa", PageRequest.First(), CancellationToken.None);
        var bySurname = await index.FindByNameWordAsync("ostm", PageRequest.First(), CancellationToken.None);
        var rejected = await index.FindByNameWordAsync("rita", PageRequest.First(), CancellationToken.None);

        Assert.Equal(["C-1"], bySurname.Items.Select(c => c.ClientId));
        Assert.Empty(byFolded.Items);
        Assert.Equal("Östman Åsa", Assert.Single((await index.FindByNameWordAsync("asa", PageRequest.First(), CancellationToken.None)).Items).Name);
        Assert.Empty(rejected.Items);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenAnImportedFileWithCodes_WhenLookedUpByHash_ThenOnlyAClientWithOneCodeIsFound(string kind)
    {
        var (index, _) = await IndexAsync(kind);

        var found = await index.FindByPersonalIdentityAsync(Hasher.Hash(PersonalIdentityHasher.Canonical(Ssn)!), CancellationToken.None);
        var other = await index.FindByPersonalIdentityAsync(Hasher.Hash(PersonalIdentityHasher.Canonical("010101-901S")!), CancellationToken.None);

        Assert.Equal(["C-1"], found.Select(c => c.ClientId));
        Assert.Empty(other);
    }

    [Fact]
    public async Task GivenTheAzureIndex_ThenNoRowHoldsAHenkilotunnusInClear()
    {
        var (_, table) = await IndexAsync("azure");
        var text = new StringBuilder();
        await foreach (var e in table!.QueryAsync<TableEntity>())
        {
            text.Append(e.PartitionKey).Append(e.RowKey);
            foreach (var value in e)
            {
                text.Append(value.Value);
            }
        }

        Assert.Contains("C-1", text.ToString(), StringComparison.Ordinal);
        Assert.False(Domain.References.PersonalIdentityCodeSearch.Contains(text.ToString()));
        Assert.DoesNotContain("131052", text.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task GivenManyClientsWithOneWord_WhenPaged_ThenEachIsListedOnce(string kind)
    {
        var (index, _) = await IndexAsync(kind);
        await index.AddAsync([.. Enumerable.Range(0, 7).Select(i => new ClientIndexEntry($"P-{i}", $"Paging Person{i}", null))], CancellationToken.None);

        var seen = new List<string>();
        var page = PageRequest.First(3);
        while (true)
        {
            var read = await index.FindByNameWordAsync("pag", page, CancellationToken.None);
            seen.AddRange(read.Items.Select(c => c.ClientId));
            if (read.Next is null)
            {
                break;
            }

            page = new PageRequest(read.Next, 3);
        }

        Assert.Equal(Enumerable.Range(0, 7).Select(i => $"P-{i}"), seen);
    }

    private async Task<(IClientSearchIndex Index, TableClient? Table)> IndexAsync(string kind)
    {
        TableClient? table = null;
        IClientSearchIndex index;
        if (kind == "azure")
        {
            table = new TableServiceClient(fixture.ConnectionString).GetTableClient($"search{Guid.NewGuid():N}"[..20]);
            await table.CreateIfNotExistsAsync();
            index = new AzureClientSearchIndex(table);
        }
        else
        {
            index = new InMemoryClientSearchIndex();
        }

        var imported = new ImportedInvoiceSet(null);
        await imported.AddAsync([InvoiceIdentity.For("B1", "C-1"), InvoiceIdentity.For("B1", "C-2"), InvoiceIdentity.For("B1", "C-3")], CancellationToken.None);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(File));
        Assert.Equal(3, await new ClientIndexing(index, Hasher).IndexAsync(content, imported, CancellationToken.None));
        return (index, table);
    }
}

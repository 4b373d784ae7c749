using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Domain.Billing;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET and POST /api/search and GET /api/me on the loopback host, the client search index on Azurite, filled by the import.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class SearchTests(StaffApiFixture fixture)
{
    private const string Code = "131052-308T";

    [Fact]
    public async Task GivenAnIndexedClient_WhenSearchedEveryWay_ThenEachFindsItAndSaysHow()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var invoice = (await fixture.StoredAsync(id)).State.Facts;
        await fixture.Api.Services.GetRequiredService<IClientSearchIndex>().AddAsync(
            [new ClientIndexEntry(invoice.ClientId, "Östman Åsa", LoopbackStaffApi.SearchHasher.Hash(Code))], CancellationToken.None);
        var team = fixture.As(StaffKeys.Team);

        var hits = new Dictionary<string, (int Status, string Body)>
        {
            ["name"] = await SearchAsync(team, "ostman AS"),
            ["invoice_id"] = await SearchAsync(team, id.Value),
            ["reference"] = await SearchAsync(team, NationalReference.Format(invoice.Reference)),
            ["reference (RF)"] = await SearchAsync(team, CreditorReference.Format(CreditorReference.FromNational(invoice.Reference)).ToLowerInvariant()),
            ["client_id"] = await SearchAsync(team, invoice.ClientId),
            ["personal_identity_code"] = await PostSearchAsync(team, "131052\u2013308t"),
        };

        foreach (var (how, (status, body)) in hits)
        {
            Assert.True(status == 200, $"{how}: {status} {body}");
            Assert.Contains($"\"clientId\":\"{invoice.ClientId}\"", body, StringComparison.Ordinal);
            Assert.Contains($"\"matchedBy\":\"{how.Split(' ')[0]}\"", body, StringComparison.Ordinal);
            Assert.DoesNotContain("131052", body, StringComparison.Ordinal);
        }

        Assert.Contains($"\"invoiceId\":\"{id}\"", hits["reference (RF)"].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenAnImportedFile_WhenSearchedByTheReadableInvoiceNumber_ThenItsInvoiceIsFoundWithOrWithoutSpaces()
    {
        fixture.SetDay();
        var batch = TestBillingFile.NewBatch();
        var outcome = await fixture.Api.ImportBillingFileAsync($"{batch}.csv", TestBillingFile.Of(batch, [("C-" + batch, "Numero Nelli", null)]), TestBillingFile.ImportClock());
        Assert.Equal(1, outcome.Report!.InvoicesCreated);
        var id = InvoiceIdentity.For(batch, "C-" + batch);
        var number = (await fixture.StoredAsync(id)).State.Facts.InvoiceNumber!;
        Assert.True(InvoiceNumbers.IsValid(number), number);
        var auditor = fixture.As(StaffKeys.Auditor);

        var plain = await auditor.GetAsync($"/api/search?q={number}");
        var spaced = await auditor.GetAsync($"/api/search?q={Uri.EscapeDataString($"{number[..3]} {number[3..]}")}");
        var mistyped = await auditor.GetAsync($"/api/search?q={number[..^1]}{(char)('0' + ((number[^1] - '0' + 1) % 10))}");

        foreach (var reply in new[] { plain, spaced })
        {
            Assert.True(reply.Status == 200, reply.ToString());
            var hit = Assert.Single(reply.Items.EnumerateArray(), h => h.GetProperty("matchedBy").GetString() == "invoice_number");
            Assert.Equal(id.Value, hit.GetProperty("invoiceId").GetString());
            Assert.Equal(number, hit.GetProperty("invoiceNumber").GetString());
            Assert.Equal("C-" + batch, hit.GetProperty("clientId").GetString());
            Assert.Equal("Numero Nelli", hit.GetProperty("name").GetString());
        }

        Assert.True(mistyped.Status == 200, mistyped.ToString());
        Assert.DoesNotContain(mistyped.Items.EnumerateArray(), h => h.GetProperty("matchedBy").GetString() == "invoice_number");
    }

    [Fact]
    public async Task GivenAFileWithAHenkilotunnus_WhenImportedAndSearchedByIt_ThenTheClientIsFoundThroughTheKeyedHashAndTheCodeIsNowhere()
    {
        fixture.SetDay();
        var batch = TestBillingFile.NewBatch();
        var word = TestBillingFile.UniqueWord();
        var client = "C-" + batch;
        await fixture.Api.ImportBillingFileAsync($"{batch}.csv", TestBillingFile.Of(batch, [(client, $"Hetu {word}", "010150-902E")]), TestBillingFile.ImportClock());
        var before = fixture.Api.Logs.Messages.Count;

        var found = await fixture.As(StaffKeys.Team).PostAsync("/api/search", new { q = " 010150 -902e " });
        var nearMiss = await fixture.As(StaffKeys.Team).PostAsync("/api/search", new { q = "010150-902F" });
        var logged = fixture.Api.Logs.Messages.Skip(before).ToList();
        var byUrl = await fixture.As(StaffKeys.Team).GetAsync("/api/search?q=010150-902E");

        Assert.True(found.Status == 200, found.ToString());
        var hit = Assert.Single(found.Items.EnumerateArray(), h => h.GetProperty("clientId").GetString() == client);
        Assert.Equal("personal_identity_code", hit.GetProperty("matchedBy").GetString());
        Assert.Equal($"Hetu {word}", hit.GetProperty("name").GetString());
        ProblemAssert.Is(400, byUrl, "q");
        ProblemAssert.Is(400, nearMiss, "q");
        Assert.NotEmpty(logged);
        foreach (var text in new[] { found.Body, byUrl.Body, nearMiss.Body }.Concat(logged))
        {
            Assert.DoesNotContain("010150", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task GivenManyClientsWithOneNameWord_WhenSearchedAPageAtATime_ThenEachOnceAndTheContinuationIsBoundToTheQuery()
    {
        fixture.SetDay();
        var batch = TestBillingFile.NewBatch();
        var word = TestBillingFile.UniqueWord();
        await fixture.Api.ImportBillingFileAsync($"{batch}.csv", TestBillingFile.Of(batch, Enumerable.Range(0, 5).Select(i => ($"C-{batch}-{i}", $"{word} Henkilö{i}", (string?)null))), TestBillingFile.ImportClock());
        var team = fixture.As(StaffKeys.Team);

        var all = await team.GetAllAsync($"/api/search?q={word.ToUpperInvariant()}&limit=2");
        var first = await team.GetAsync($"/api/search?q={word}&limit=2");
        var otherQuery = await team.GetAsync($"/api/search?q={word}x&limit=2&continuation={Uri.EscapeDataString(first["continuation"]!)}");
        var badLimit = await team.GetAsync($"/api/search?q={word}&limit=0");

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"C-{batch}-{i}"), all.Select(h => h.GetProperty("clientId").GetString()));
        Assert.All(all, h => Assert.Equal("name", h.GetProperty("matchedBy").GetString()));
        ProblemAssert.Is(400, otherQuery, "continuation");
        ProblemAssert.Is(400, badLimit, "limit");
    }

    [Fact]
    public async Task GivenAReImportOfTheSameFile_WhenSearchedByName_ThenTheClientIsListedOnce()
    {
        fixture.SetDay();
        var batch = TestBillingFile.NewBatch();
        var word = TestBillingFile.UniqueWord();
        var file = TestBillingFile.Of(batch, [("C-" + batch, $"Kahdesti {word}", null)]);
        await fixture.Api.ImportBillingFileAsync($"{batch}.csv", file, TestBillingFile.ImportClock());
        await fixture.Api.ImportBillingFileAsync($"{batch}.csv", file, TestBillingFile.ImportClock(5));

        var hits = await fixture.As(StaffKeys.Team).GetAllAsync($"/api/search?q={word}&limit=1");

        Assert.Equal(["C-" + batch], hits.Select(h => h.GetProperty("clientId").GetString()));
    }

    [Fact]
    public async Task GivenANearMissOfAHenkilotunnus_WhenSearched_Then400NamingQWithoutRepeatingIt()
    {
        var reply = await fixture.As(StaffKeys.Auditor).PostAsync("/api/search", new { q = "131052-308U" });

        Assert.Equal(400, reply.Status);
        Assert.Equal("q", reply.Json.GetProperty("field").GetString());
        Assert.DoesNotContain("131052", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%00")]
    [InlineData("%20%20")]
    public async Task GivenAnEmptyOrBrokenQuery_WhenSearched_Then400NamingQ(string q)
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/search?q={q}");

        ProblemAssert.Is(400, reply, "q");
    }

    [Theory]
    [InlineData("{}", "q")]
    [InlineData("{\"q\":12}", "q")]
    [InlineData("{\"q\":\"\\u0000\"}", "q")]
    [InlineData("{\"q\":\"aino\",\"limit\":2}", "limit")]
    [InlineData("[]", "body")]
    public async Task GivenABrokenSearchBody_WhenPosted_Then400NamingTheField(string json, string field)
    {
        var reply = await fixture.As(StaffKeys.Team).PostRawAsync("/api/search", json);

        ProblemAssert.Is(400, reply, field);
    }

    [Fact]
    public async Task GivenNoIdentity_WhenSearchingOrAskingWhoIsSignedIn_Then401()
    {
        var get = await fixture.As(null).GetAsync("/api/search?q=aino");
        var post = await fixture.As(null).PostAsync("/api/search", new { q = Code });
        var me = await fixture.As(null).GetAsync("/api/me");

        ProblemAssert.Is(401, get);
        ProblemAssert.Is(401, post);
        ProblemAssert.Is(401, me);
    }

    [Theory]
    [InlineData(StaffKeys.Team, "team")]
    [InlineData(StaffKeys.Supervisor, "supervisor")]
    [InlineData(StaffKeys.Director, "director")]
    [InlineData(StaffKeys.Auditor, "auditor")]
    public async Task GivenEachRole_WhenAskingWhoIsSignedIn_ThenTheStaffIdRoleAndBusinessDay(string key, string role)
    {
        fixture.SetDay();

        var reply = await fixture.As(key).GetAsync("/api/me");

        Assert.Equal(200, reply.Status);
        Assert.Equal(role, reply.Json.GetProperty("role").GetString());
        Assert.Equal(StaffKeys.All[key].StaffId, reply.Json.GetProperty("staffId").GetString());
        Assert.Equal("2026-03-05", reply.Json.GetProperty("today").GetString());
    }

    private static async Task<(int, string)> SearchAsync(StaffClient client, string q)
    {
        var reply = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");
        return (reply.Status, reply.Body);
    }

    private static async Task<(int, string)> PostSearchAsync(StaffClient client, string q)
    {
        var reply = await client.PostAsync("/api/search", new { q });
        return (reply.Status, reply.Body);
    }
}

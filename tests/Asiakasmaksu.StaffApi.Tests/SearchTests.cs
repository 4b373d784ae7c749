using Asiakasmaksu.Application.Search;
using Asiakasmaksu.Domain.References;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/search and GET /api/me on the loopback host with the client search index on Azurite.</summary>
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
            ["personal_identity_code"] = await SearchAsync(team, "131052\u2013308t"),
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
    public async Task GivenANearMissOfAHenkilotunnus_WhenSearched_Then400NamingQWithoutRepeatingIt()
    {
        var reply = await fixture.As(StaffKeys.Auditor).GetAsync($"/api/search?q={Uri.EscapeDataString("131052-308U")}");

        Assert.Equal(400, reply.Status);
        Assert.Equal("q", reply.Json.GetProperty("field").GetString());
        Assert.DoesNotContain("131052", reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%00")]
    public async Task GivenAnEmptyOrBrokenQuery_WhenSearched_Then400NamingQ(string q)
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/search?q={q}");

        Assert.Equal(400, reply.Status);
        Assert.Equal("q", reply.Json.GetProperty("field").GetString());
    }

    [Fact]
    public async Task GivenASupervisor_WhenAskingWhoIsSignedIn_ThenTheStaffIdRoleAndBusinessDay()
    {
        fixture.SetDay();

        var reply = await fixture.As(StaffKeys.Supervisor).GetAsync("/api/me");

        Assert.Equal(200, reply.Status);
        Assert.Equal("supervisor", reply.Json.GetProperty("role").GetString());
        Assert.Equal("2026-03-05", reply.Json.GetProperty("today").GetString());
    }

    private static async Task<(int, string)> SearchAsync(StaffClient client, string q)
    {
        var reply = await client.GetAsync($"/api/search?q={Uri.EscapeDataString(q)}");
        return (reply.Status, reply.Body);
    }
}

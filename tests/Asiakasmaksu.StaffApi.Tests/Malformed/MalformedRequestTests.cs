using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// No input produces a 500: the malformed corpus against every endpoint. Each answer must be the
/// expected 4xx as an RFC 7807 problem naming the field at fault, and nothing may change.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class MalformedRequestTests(StaffApiFixture fixture)
{
    public static TheoryData<string> PostRoutes => [.. PostEndpoint.All.Select(e => e.Route)];

    [Theory]
    [MemberData(nameof(PostRoutes))]
    public async Task EveryMalformedPost_GetsAProblemNamingTheFieldAndChangesNothing(string route)
    {
        fixture.SetDay();
        var endpoint = PostEndpoint.All.Single(e => e.Route == route);
        var ids = await IdsAsync();
        var cases = MalformedCorpus.For(endpoint, ids).ToList();

        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (await MalformedSender.CheckAsync(fixture.Http, StaffKeys.Supervisor, c) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} malformed requests to {route} were answered wrongly:\n{string.Join('\n', failures)}");
        var invoice = new Domain.Invoices.InvoiceId(ids["invoiceId"]);
        Assert.Single((await fixture.StoredAsync(invoice)).History);
        Assert.Empty(await fixture.AuditOfAsync(invoice));
    }

    [Fact]
    public async Task EveryMalformedRead_GetsAProblemNamingTheField()
    {
        var ids = await IdsAsync();
        var cases = MalformedCorpus.ForReads(ids).ToList();

        var failures = new List<string>();
        foreach (var c in cases)
        {
            if (await MalformedSender.CheckAsync(fixture.Http, StaffKeys.Auditor, c) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} malformed reads were answered wrongly:\n{string.Join('\n', failures)}");
    }

    private async Task<Dictionary<string, string>> IdsAsync()
    {
        var id = await fixture.SeedOneAsync();
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["invoiceId"] = id.Value,
            ["clientId"] = (await fixture.StoredAsync(id)).State.Facts.ClientId,
            ["requestId"] = "dr-00000000000000aa",
            ["claimId"] = "rc-00000000000000aa",
        };
    }
}

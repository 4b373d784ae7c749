using Asiakasmaksu.Domain.References;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests.Malformed;

/// <summary>
/// Well-formed requests the rules refuse (<see cref="RefusedCorpus"/>): each gets its status as a
/// problem naming the field where there is one, never a 5xx, never personal data in the answer, and
/// the invoice is as it was before the request.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class RefusedRequestTests(StaffApiFixture fixture)
{
    public static TheoryData<string> Cases => [.. RefusedCorpus.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EveryRefusedRequest_GetsItsProblemAndChangesNothing(string name)
    {
        var c = RefusedCorpus.All.Single(c => c.Name == name);
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var values = new Dictionary<string, string> { ["invoiceId"] = id.Value, ["clientId"] = (await fixture.StoredAsync(id)).State.Facts.ClientId };
        foreach (var (key, path, body) in c.Setup)
        {
            var setup = await fixture.As(key).PostRawAsync(Fill(path, values), Fill(body, values));
            Assert.True(setup.Status is 200 or 202, $"{name}: setup {path} gave {setup}");
            foreach (var member in new[] { "requestId", "claimId" })
            {
                if (setup[member] is { } value)
                {
                    values[member] = value;
                }
            }
        }

        var before = (await fixture.StoredAsync(id)).State.Version;

        var reply = await fixture.As(c.Key).PostRawAsync(Fill(c.Path, values), Fill(c.Body, values));

        ProblemAssert.Is(c.Status, reply, c.Field);
        Assert.False(PersonalIdentityCodeSearch.Contains(reply.Body), reply.ToString());
        Assert.DoesNotContain("Testi Asiakas", reply.Body, StringComparison.Ordinal);
        Assert.Equal(before, (await fixture.StoredAsync(id)).State.Version);
    }

    private static string Fill(string text, Dictionary<string, string> values) =>
        values.Aggregate(text, (t, v) => t.Replace($"{{{v.Key}}}", v.Value, StringComparison.Ordinal));
}

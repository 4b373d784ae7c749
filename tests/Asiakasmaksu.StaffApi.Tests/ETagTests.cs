using System.Text;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// ETags: GET /api/invoices/{id} sends the invoice's version as its ETag; a change sent with
/// If-Match is applied only to that version, so a decision made on a state someone else has
/// changed since is a 409 with the current state, never applied on top of it.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class ETagTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTwoStaffWhoReadVersion1_WhenBothDeferWithIfMatch_ThenTheSecondGets409WithVersion2()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var read = await SendAsync(StaffKeys.Team, HttpMethod.Get, $"/api/invoices/{id}", null, null);
        Assert.Equal("\"1\"", read.ETag);

        var first = await SendAsync(StaffKeys.Team, HttpMethod.Post, $"/api/invoices/{id}/deferrals", """{"newDueDate":"2026-04-17","reason":"anna"}""", read.ETag);
        var second = await SendAsync(StaffKeys.Team2, HttpMethod.Post, $"/api/invoices/{id}/deferrals", """{"newDueDate":"2026-05-15","reason":"ben"}""", read.ETag);

        Assert.True(first.Reply.Status == 200, first.Reply.ToString());
        ProblemAssert.Is(409, second.Reply);
        Assert.Equal("the invoice has changed since version 1 was read (If-Match); it is at version 2: review the current state and try again", second.Reply.Detail);
        Assert.Equal("2026-04-17", second.Reply.State.GetProperty("dueDate").GetString());
        Assert.Equal(2, second.Reply.State.GetProperty("version").GetInt32());
        Assert.Equal(2, (await fixture.StoredAsync(id)).History.Count);
        var audit = await fixture.AuditOfAsync(id);
        Assert.Equal("the invoice is at version 2, not the version 1 the change was based on", Assert.Single(audit, a => a.Outcome == "conflict").RefusalReason);
        var reread = await SendAsync(StaffKeys.Team2, HttpMethod.Get, $"/api/invoices/{id}", null, null);
        Assert.Equal("\"2\"", reread.ETag);
    }

    [Theory]
    [InlineData("\"1\"")]
    [InlineData("W/\"1\"")]
    [InlineData("*")]
    public async Task GivenIfMatchOfTheCurrentVersionOrAny_WhenChanging_ThenApplied(string ifMatch)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await SendAsync(StaffKeys.Team, HttpMethod.Post, $"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", ifMatch);

        Assert.True(reply.Reply.Status == 200, reply.Reply.ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("\"one\"")]
    [InlineData("\"1\", \"2\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"99999999999\"")]
    public async Task GivenAMalformedIfMatch_WhenChanging_Then400NamingIt(string ifMatch)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await SendAsync(StaffKeys.Team, HttpMethod.Post, $"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", ifMatch);

        ProblemAssert.Is(400, reply.Reply, "If-Match");
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    private async Task<(ApiReply Reply, string? ETag)> SendAsync(string key, HttpMethod method, string path, string? json, string? ifMatch)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        using var response = await fixture.Http.SendAsync(request);
        var reply = new ApiReply((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
        return (reply, response.Headers.ETag?.ToString());
    }
}

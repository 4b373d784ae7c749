using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>Idempotency-Key on every POST: a retry gets the same answer and changes nothing twice.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class IdempotencyTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTheSameKeyAndBody_WhenAPaymentIsRetried_ThenTheSameAnswerAndOnePayment()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        const string Body = """{"amount":"25.00","paidOn":"2026-03-05"}""";

        var first = await team.PostRawAsync($"/api/invoices/{id}/payments", Body, "pay-25-once");
        fixture.Clock.SetDay(StaffApiFixture.Today.AddDays(1), new TimeOnly(8, 59)); // 23 h 59 min later: the key is still kept
        var retry = await team.PostRawAsync($"/api/invoices/{id}/payments", Body, "pay-25-once");

        Assert.True(first.Status == 200, first.ToString());
        Assert.Equal(first, retry);
        var stored = await fixture.StoredAsync(id);
        Assert.Single(stored.History, h => h.Event is InvoiceEvent.PaymentReceived);
        Assert.Equal("35.00", stored.State.Ledger.Principal.ToString());
        Assert.Single(await fixture.AuditOfAsync(id), a => a.Action == "payment");
    }

    [Fact]
    public async Task GivenTheSameKeyWithAnotherBody_WhenSent_Then422NamingTheKeyAndNothingChanges()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        await team.PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"25.00","paidOn":"2026-03-05"}""", "pay-key-1");

        var other = await team.PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"26.00","paidOn":"2026-03-05"}""", "pay-key-1");
        var otherPath = await team.PostRawAsync($"/api/invoices/{id}/deferrals", """{"newDueDate":"2026-04-17","reason":"x"}""", "pay-key-1");

        ProblemAssert.Is(422, other, "Idempotency-Key");
        ProblemAssert.Is(422, otherPath, "Idempotency-Key");
        Assert.Equal(2, (await fixture.StoredAsync(id)).History.Count);
    }

    [Fact]
    public async Task GivenAKeyUsed24HoursAgo_WhenSentWithAnotherBody_ThenItIsANewRequestNot422()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        var first = await team.PostRawAsync($"/api/invoices/{id}/deferrals", """{"newDueDate":"2026-04-17","reason":"client in hospital"}""", "defer-kept-a-day");
        fixture.Clock.SetDay(StaffApiFixture.Today.AddDays(1), new TimeOnly(9, 0)); // exactly 24 hours later

        var reused = await team.PostRawAsync($"/api/invoices/{id}/deferrals", """{"newDueDate":"2026-04-20","reason":"still in hospital"}""", "defer-kept-a-day");

        Assert.True(first.Status == 200, first.ToString());
        Assert.True(reused.Status == 200, reused.ToString());
        Assert.Equal(("applied", "2026-04-20"), (reused["outcome"], reused.State.GetProperty("dueDate").GetString()));
        Assert.Equal(2, (await fixture.AuditOfAsync(id)).Count(a => a.Action == "deferral" && a.Outcome == "applied"));
    }

    [Fact]
    public async Task GivenARefusedChange_WhenRetriedWithTheSameKey_ThenTheSame403AndOneAuditRecord()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        var body = new { newDueDate = "2026-07-23", reason = "long rehabilitation" };

        var first = await team.PostAsync($"/api/invoices/{id}/deferrals", body, "defer-too-far");
        var retry = await team.PostAsync($"/api/invoices/{id}/deferrals", body, "defer-too-far");

        ProblemAssert.Is(403, first);
        Assert.Equal(first, retry);
        Assert.Single(await fixture.AuditOfAsync(id), a => a.Action == "deferral");
    }

    [Fact]
    public async Task GivenADeferralRequestRetried_WhenSentAgain_ThenTheSameRequestAndItsApprovalStartedOnce()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        var body = new { newDueDate = "2026-09-18", reason = "hospital" };

        var first = await team.PostAsync($"/api/invoices/{id}/deferral-requests", body, "ask-once");
        var retry = await team.PostAsync($"/api/invoices/{id}/deferral-requests", body, "ask-once");

        Assert.True(first.Status == 202, first.ToString());
        Assert.Equal(first, retry);
        Assert.Single(fixture.Api.Workflows.Approvals, r => r.Id == first["requestId"]);
    }

    [Fact]
    public async Task GivenTenParallelRetriesOfOneKey_WhenSent_ThenOnePaymentAndEveryAnswerIsTheAnswerOrBusy()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        var replies = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            team.PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", "parallel-retries")));

        var answers = replies.Where(r => r.Status == 200).ToList();
        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.Equal(answers[0], a));
        Assert.All(replies.Where(r => r.Status != 200), r =>
        {
            ProblemAssert.Is(409, r);
            Assert.Equal("A request with this Idempotency-Key is being handled; retry in a moment.", r.Detail);
        });
        Assert.Single((await fixture.StoredAsync(id)).History, h => h.Event is InvoiceEvent.PaymentReceived);
        var again = await team.PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", "parallel-retries");
        Assert.Equal(answers[0], again);
    }

    [Fact]
    public async Task GivenTwoStaffMembersUsingTheSameKey_WhenSent_ThenEachIsTheirOwnRequest()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var anna = await fixture.As(StaffKeys.Team).PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", "shared-key");
        var ben = await fixture.As(StaffKeys.Team2).PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", "shared-key");

        Assert.True(anna.Status == 200 && ben.Status == 200, $"{anna}\n{ben}");
        Assert.Equal(2, (await fixture.StoredAsync(id)).History.Count(h => h.Event is InvoiceEvent.PaymentReceived));
    }

    [Theory]
    [InlineData(null, "Every POST needs an Idempotency-Key header (e.g. a new UUID per change); a retry sends the same key.")]
    [InlineData("   ", "Every POST needs an Idempotency-Key header (e.g. a new UUID per change); a retry sends the same key.")]
    [InlineData("has spaces inside", "The Idempotency-Key must be one value of 1–200 visible ASCII characters.")]
    public async Task GivenNoUsableKey_WhenPosting_Then400NamingTheHeader(string? key, string detail)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostBytesAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}"""u8.ToArray(), key, "application/json");

        ProblemAssert.Is(400, reply, "Idempotency-Key");
        Assert.Equal(detail, reply.Detail);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Fact]
    public async Task GivenAKeyOf201Characters_WhenPosting_Then400NamingTheHeader()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostRawAsync($"/api/invoices/{id}/payments", """{"amount":"5.00","paidOn":"2026-03-05"}""", new string('k', 201));

        ProblemAssert.Is(400, reply, "Idempotency-Key");
    }
}

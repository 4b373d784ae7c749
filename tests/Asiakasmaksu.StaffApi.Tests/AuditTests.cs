using System.Text.Json;
using System.Text.RegularExpressions;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>Every accepted or refused change leaves an append-only audit record (who, role, when, what, before/after, reason) without henkilötunnus; GET /api/audit filters them.</summary>
[Collection(StaffApiCollection.Name)]
public sealed partial class AuditTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAnAcceptedDeferral_ThenItsRecordSaysWhoRoleWhenWhatBeforeAfterAndWhy()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "client in hospital" });

        var record = Assert.Single(await AuditAsync($"invoiceId={id}"));

        Assert.Equal("team-anna", Text(record, "staffId"));
        Assert.Equal("team", Text(record, "role"));
        Assert.Equal(fixture.Clock.GetUtcNow(), DateTimeOffset.Parse(Text(record, "at")!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("deferral", Text(record, "action"));
        Assert.Equal(id.Value, Text(record, "invoiceId"));
        Assert.Equal((await fixture.StoredAsync(id)).State.Facts.ClientId, Text(record, "clientId"));
        Assert.Equal("applied", Text(record, "outcome"));
        Assert.Equal("client in hospital", Text(record, "reason"));
        Assert.Null(Text(record, "refusal"));
        Assert.Contains("dueDate=2026-03-19", Text(record, "before"), StringComparison.Ordinal);
        Assert.Contains("dueDate=2026-04-17", Text(record, "after"), StringComparison.Ordinal);
        Assert.Equal("newDueDate=2026-04-17", Text(record, "details"));
    }

    [Fact]
    public async Task GivenARefusedDeferralAndAnAuditorsAttempt_ThenBothAreRecordedWithTheRefusal()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-07-23", reason = "long rehabilitation" });
        await fixture.As(StaffKeys.Auditor).PostAsync($"/api/invoices/{id}/waiver", new { reason = "test" });

        var records = await AuditAsync($"invoiceId={id}");

        Assert.Equal(2, records.Count);
        Assert.Equal("refused", Text(records[0], "outcome"));
        Assert.Equal("a team member may defer by at most 3 months; 4 months 4 days were asked", Text(records[0], "refusal"));
        Assert.Contains("dueDate=2026-03-19", Text(records[0], "before"), StringComparison.Ordinal);
        Assert.Null(Text(records[0], "after"));
        Assert.Equal(("aud-olli", "auditor", "waiver", "refused", "an auditor reads only"), (Text(records[1], "staffId"), Text(records[1], "role"), Text(records[1], "action"), Text(records[1], "outcome"), Text(records[1], "refusal")));
    }

    [Fact]
    public async Task GivenADeferralRequestApproved_ThenTheRequestItsDecisionAndTheDeferralAreRecorded()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var request = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-09-18", reason = "hospital" });
        await fixture.As(StaffKeys.Team).PostAsync($"/api/deferral-requests/{request["requestId"]}/decision", new { approve = true });
        await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{request["requestId"]}/decision", new { approve = true, note = "ok" });

        // What the approval workflow does with the decision it was handed (tests/Asiakasmaksu.Orchestrations.Tests runs it on the engine).
        var (claimed, _) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == request["requestId"]);
        await fixture.Api.Services.GetRequiredService<DeferralApprovals>().CarryOutAsync(claimed, CancellationToken.None);

        var records = (await AuditAsync($"invoiceId={id}")).Select(r => (Text(r, "staffId"), Text(r, "action"), Text(r, "outcome"))).ToList();

        Assert.Equal(
            [("team-anna", "deferral_request", "requested"), ("team-anna", "deferral_request_decision", "refused"), ("sup-kari", "deferral", "applied"), ("sup-kari", "deferral_request_decision", "approved")],
            records);
    }

    [Fact]
    public async Task GivenAReasonCarryingAHenkilotunnus_WhenSent_Then400AndTheAuditNeverHoldsOne()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        var withCode = await team.PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "asiakas 131052-308T soitti" });
        var lowerCase = await team.PostAsync($"/api/invoices/{id}/payments", new { amount = "1.00", paidOn = "2026-03-05", reference = "131052-308t" });
        var nearMiss = await team.PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "case 131052-308X" });
        var notACode = await team.PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "case 2026/131052 and phone 0401234567" });
        await team.PostAsync($"/api/invoices/{id}/payments", new { amount = "2.00", paidOn = "2026-03-05", reference = "RF18 5390 0754 7034" });

        ProblemAssert.Is(400, withCode, "reason");
        Assert.Equal("reason contains a henkilötunnus; refer to the client by client id or invoice id instead.", withCode.Detail);
        ProblemAssert.Is(400, lowerCase, "reference");
        ProblemAssert.Is(400, nearMiss, "reason");
        Assert.True(notACode.Status == 200, notACode.ToString());
        var everything = await fixture.As(StaffKeys.Auditor).GetAsync("/api/audit");
        Assert.Equal(200, everything.Status);
        Assert.DoesNotContain("131052-308T", everything.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(HenkilotunnusLike().Matches(everything.Body), m => HasValidCheckCharacter(m.Value));
        Assert.DoesNotContain("Testi Asiakas", everything.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Katu 1", everything.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenChangesOnThreeDaysForTwoInvoicesOfAClient_WhenFiltered_ThenByInvoiceClientAndTime()
    {
        var client = $"audit-{Guid.NewGuid():N}"[..20];
        var first = (await fixture.SeedAsync(client))[0];
        var second = (await fixture.SeedAsync(client))[0];
        var team = fixture.As(StaffKeys.Team);
        fixture.SetDay(new DateOnly(2026, 3, 5));
        await team.PostAsync($"/api/invoices/{first}/payments", new { amount = "1.00", paidOn = "2026-03-05" });
        fixture.SetDay(new DateOnly(2026, 3, 6));
        await team.PostAsync($"/api/invoices/{second}/payments", new { amount = "2.00", paidOn = "2026-03-06" });
        fixture.SetDay(new DateOnly(2026, 3, 9));
        await team.PostAsync($"/api/invoices/{first}/payments", new { amount = "3.00", paidOn = "2026-03-09" });

        var byInvoice = await AuditAsync($"invoiceId={first}");
        var byClient = await AuditAsync($"clientId={client}");
        var oneDay = await AuditAsync($"clientId={client}&from=2026-03-06&to=2026-03-07");
        // 09:00 in Helsinki is 07:00Z in March; "from" is inclusive, "to" exclusive.
        var instants = await AuditAsync($"clientId={client}&from=2026-03-06T07:00:00Z&to=2026-03-09T07:00:00Z");
        var fromOnly = await AuditAsync($"invoiceId={first}&from=2026-03-06");

        Assert.Equal(["amount=1.00", "amount=3.00"], byInvoice.Select(Amount));
        Assert.Equal(["amount=1.00", "amount=2.00", "amount=3.00"], byClient.Select(Amount));
        Assert.Equal(["amount=2.00"], oneDay.Select(Amount));
        Assert.Equal(["amount=2.00"], instants.Select(Amount));
        Assert.Equal(["amount=3.00"], fromOnly.Select(Amount));
        Assert.Equal(BusinessTime.StartOf(new DateOnly(2026, 3, 9)).AddHours(9), DateTimeOffset.Parse(Text(fromOnly[0], "at")!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("from=2026-02-30", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=1999-12-31", "from")]
    [InlineData("from=0001-01-01T00:00:00Z", "from")]
    [InlineData("to=9999-12-31", "to")]
    [InlineData("invoiceId=nope", "invoiceId")]
    [InlineData("clientId=%01x", "clientId")]
    public async Task GivenABadFilter_WhenQueried_Then400NamingIt(string query, string field)
    {
        var reply = await fixture.As(StaffKeys.Auditor).GetAsync($"/api/audit?{query}");

        ProblemAssert.Is(400, reply, field);
    }

    private static string Amount(JsonElement record) => Text(record, "details")!.Split(';')[0];

    private static string? Text(JsonElement record, string name) => record.GetProperty(name).GetString();

    private async Task<List<JsonElement>> AuditAsync(string query)
    {
        return await fixture.As(StaffKeys.Auditor).GetAllAsync($"/api/audit?{query}");
    }

    /// <summary>The check character of DDMMYYCZZZQ: the 9 digits DDMMYYZZZ modulo 31 (an independent oracle for the test).</summary>
    private static bool HasValidCheckCharacter(string code) =>
        "0123456789ABCDEFHJKLMNPRSTUVWXY"[(int)(long.Parse(code[..6] + code[7..10], System.Globalization.CultureInfo.InvariantCulture) % 31)] == char.ToUpperInvariant(code[10]);

    [GeneratedRegex(@"(?<![0-9A-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![0-9A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex HenkilotunnusLike();
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// POST and GET /api/clients/{clientId}/fee-reductions on the real host and Azurite, on the worked
/// example of <see cref="FeeReductionBodies"/> (seed 001's 2020 amounts; 2020 is the one year with
/// confirmed protected amounts).
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class FeeReductionTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenASupervisor_WhenTheWorkedExampleIsDecided_ThenTheReductionIsRecordedNotifiedAndAudited()
    {
        var client = await ClientAsync();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/clients/{client}/fee-reductions", FeeReductionBodies.Pensioner());

        Assert.True(reply.Status == 200, reply.ToString());
        var json = reply.Json;
        Assert.Equal("decided", reply["outcome"]);
        Assert.Equal("reduced", reply["result"]);
        Assert.Equal("2020-03-01", json.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2021-02-28", json.GetProperty("period").GetProperty("through").GetString());
        var fee = Assert.Single(json.GetProperty("fees").EnumerateArray());
        Assert.Equal(("KOTIHOITO", "310.40", "167.79"), (fee.GetProperty("serviceCode").GetString(), fee.GetProperty("was").GetString(), fee.GetProperty("now").GetString()));
        var lines = json.GetProperty("calculation").EnumerateArray().ToDictionary(l => l.GetProperty("code").GetString()!, l => l.GetProperty("amount").GetString());
        Assert.Equal("1430.00", lines["income.total"]);
        Assert.Equal("760.00", lines["expenses.total"]);
        Assert.Equal("502.21", lines["protected"]);
        Assert.Equal("167.79", lines["capacity"]);
        Assert.Equal("0.00", lines["expense.not_accepted.applicant"]);
        Assert.Equal("sup-kari", reply["decidedBy"]);

        var notice = Assert.Single(await NoticesOfAsync(client));
        Assert.Equal(reply["noticeId"], notice.Id);
        Assert.Equal(Language.Fi, notice.Language);
        Assert.Equal("Testi Asiakas", notice.Recipient.Address.Name);
        var decision = notice.Details.FeeReduction!;
        Assert.Equal(FeeReductionOutcome.Reduced, decision.Outcome);
        Assert.Equal(reply["decisionId"], decision.Id);
        Assert.Equal(Money.Of(167.79m), notice.Amounts.Total);

        var listed = await fixture.As(StaffKeys.Team).GetAsync($"/api/clients/{client}/fee-reductions");
        Assert.True(listed.Status == 200, listed.ToString());
        var only = Assert.Single(listed.Items.EnumerateArray());
        Assert.Equal(reply["decisionId"], only.GetProperty("decisionId").GetString());
        Assert.Equal(reply["noticeId"], only.GetProperty("noticeId").GetString());

        var audit = Assert.Single(await AuditOfAsync(client), r => r.Outcome == "applied");
        Assert.Equal(("fee_reduction", "sup-kari", "supervisor", "application of 17.3.2020 with its attachments"), (audit.Action, audit.StaffId, audit.Role, audit.Why));
        Assert.Contains("result=reduced", audit.Details, StringComparison.Ordinal);
        Assert.Contains("KOTIHOITO:310.40->167.79", audit.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("1250.00", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenNothingLeft_WhenDecided_ThenTheFeeIsWaivedForThePeriod()
    {
        // 1 030.00 − 760.00 − 502.21 < 0.
        var client = await ClientAsync();

        var reply = await fixture.As(StaffKeys.Director).PostAsync($"/api/clients/{client}/fee-reductions", FeeReductionBodies.Pensioner(pension: 850.00m));

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("waived", reply["result"]);
        Assert.Equal("0.00", reply.Json.GetProperty("fees")[0].GetProperty("now").GetString());
        Assert.Equal(FeeReductionOutcome.Waived, Assert.Single(await NoticesOfAsync(client)).Details.FeeReduction!.Outcome);
    }

    [Fact]
    public async Task GivenSavingsAboveTheLimit_WhenDecided_ThenTheRefusalIsRecordedAndNotifiedToo()
    {
        var client = await ClientAsync();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/clients/{client}/fee-reductions", FeeReductionBodies.Pensioner(savings: "4000.01"));

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("refused", reply["result"]);
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("period").ValueKind);
        Assert.Contains("exceed the limit of 4000.00", reply["refusalReason"], StringComparison.Ordinal);
        Assert.Empty(reply.Json.GetProperty("fees").EnumerateArray());
        var notice = Assert.Single(await NoticesOfAsync(client));
        Assert.Equal(FeeReductionOutcome.Refused, notice.Details.FeeReduction!.Outcome);
        Assert.Single((await fixture.As(StaffKeys.Auditor).GetAsync($"/api/clients/{client}/fee-reductions")).Items.EnumerateArray());
    }

    [Fact]
    public async Task GivenAYearWithUnconfirmedAmounts_WhenDecided_Then400NamingTheYear_AndNothingIsRecorded()
    {
        var client = await ClientAsync();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/clients/{client}/fee-reductions", FeeReductionBodies.Pensioner(applicationDate: "2026-02-10"));

        ProblemAssert.Is(400, reply, "applicationDate");
        Assert.Contains("2026", reply.Detail, StringComparison.Ordinal);
        Assert.Contains("unconfirmed", reply.Detail, StringComparison.Ordinal);
        Assert.Empty((await fixture.As(StaffKeys.Supervisor).GetAsync($"/api/clients/{client}/fee-reductions")).Items.EnumerateArray());
        Assert.Empty(await NoticesOfAsync(client));
        Assert.Contains(await AuditOfAsync(client), r => r.Outcome == "refused");
    }

    [Fact]
    public async Task GivenARetryWithTheSameKey_ThenTheAnswerIsReplayed_AndOneDecisionAndOneNoticeExist()
    {
        var client = await ClientAsync();
        var supervisor = fixture.As(StaffKeys.Supervisor);
        var key = Guid.NewGuid().ToString();
        var path = $"/api/clients/{client}/fee-reductions";

        var first = await supervisor.PostAsync(path, FeeReductionBodies.Pensioner(), key);
        var again = await supervisor.PostAsync(path, FeeReductionBodies.Pensioner(), key);
        var other = await supervisor.PostAsync(path, FeeReductionBodies.Pensioner(savings: "10.00"), key);

        Assert.True(first.Status == 200, first.ToString());
        Assert.Equal((first.Status, first.Body), (again.Status, again.Body));
        ProblemAssert.Is(422, other, "Idempotency-Key");
        Assert.Single((await supervisor.GetAsync(path)).Items.EnumerateArray());
        Assert.Single(await NoticesOfAsync(client));
    }

    [Fact]
    public async Task GivenATeamMember_WhenDeciding_Then403WithTheReason_AndTheRefusalIsAudited()
    {
        var client = await ClientAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/clients/{client}/fee-reductions", FeeReductionBodies.Pensioner());

        ProblemAssert.Is(403, reply);
        Assert.Equal("only a supervisor or director may decide a fee reduction; a team asked", reply.Detail);
        Assert.Contains(await AuditOfAsync(client), r => r is { Outcome: "refused", StaffId: "team-anna", Action: "fee_reduction" });
        Assert.Empty(await NoticesOfAsync(client));
    }

    [Fact]
    public async Task GivenAClientWithNoInvoice_WhenDecided_Then404_ForTheNoticeHasNoAddress()
    {
        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync("/api/clients/nobody-known/fee-reductions", FeeReductionBodies.Pensioner());

        ProblemAssert.Is(404, reply);
        Assert.Equal("the client has no invoice to take the address and language of the decision notice from", reply.Detail);
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { """{"applicationDate":"2020-02-30"}""", "applicationDate" },
        { """{"applicationDate":"2026-03-06"}""", "applicationDate" },
        { """{"monthsApplied":0}""", "monthsApplied" },
        { """{"monthsApplied":13}""", "monthsApplied" },
        { """{"monthsApplied":"12"}""", "monthsApplied" },
        { """{"monthsApplied":1.5}""", "monthsApplied" },
        { """{"household":"Single"}""", "household" },
        { """{"livingArrangement":"hotel"}""", "livingArrangement" },
        { """{"incomes":[{"kind":"lottery","member":"applicant","monthly":"1.00"}]}""", "incomes[0].kind" },
        { """{"incomes":[{"kind":"pension","member":"spouse","monthly":"1.00"}]}""", "incomes[0].member" },
        { """{"incomes":[{"kind":"pension","member":"applicant","monthly":"-1.00"}]}""", "incomes[0].monthly" },
        { """{"incomes":[{"kind":"pension","member":"applicant","monthly":"1.001"}]}""", "incomes[0].monthly" },
        { """{"incomes":{"kind":"pension"}}""", "incomes" },
        { """{"expenses":[{"kind":"rent","member":"applicant","monthly":"1,00"}]}""", "expenses[0].monthly" },
        { """{"expenses":[{"kind":"rent","member":"applicant","monthly":"1.00","extra":1}]}""", "expenses[0].extra" },
        { """{"savings":null}""", "savings" },
        { """{"savings":"-0.01"}""", "savings" },
        { """{"fees":[]}""", "fees" },
        { """{"fees":[{"serviceCode":"KOTI HOITO","kind":"social_care","monthly":"310.40"}]}""", "fees[0].serviceCode" },
        { """{"fees":[{"serviceCode":"KOTIHOITO","kind":"social_care","monthly":"0"}]}""", "fees[0].monthly" },
        { """{"fees":[{"serviceCode":"KOTIHOITO","kind":"dental","monthly":"10.00"}]}""", "fees[0].kind" },
        { """{"reason":"asiakas 010101-901S"}""", "reason" },
        { """{"reason":""}""", "reason" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task GivenAMalformedField_WhenPosted_Then400NamingIt_NeverA500(string patch, string field)
    {
        fixture.SetDay();
        var body = FeeReductionBodies.Pensioner();
        foreach (var (name, value) in JsonNode.Parse(patch)!.AsObject())
        {
            body[name] = value?.DeepClone();
        }

        var reply = await fixture.As(StaffKeys.Supervisor).PostRawAsync("/api/clients/some-client/fee-reductions", body.ToJsonString());

        ProblemAssert.Is(400, reply, field);
    }

    [Theory]
    [InlineData("applicationDate")]
    [InlineData("monthsApplied")]
    [InlineData("household")]
    [InlineData("livingArrangement")]
    [InlineData("savings")]
    [InlineData("fees")]
    [InlineData("reason")]
    public async Task GivenARequiredFieldLeftOut_WhenPosted_Then400NamingIt(string field)
    {
        fixture.SetDay();
        var body = FeeReductionBodies.Pensioner();
        body.Remove(field);

        var reply = await fixture.As(StaffKeys.Supervisor).PostRawAsync("/api/clients/some-client/fee-reductions", body.ToJsonString());

        ProblemAssert.Is(400, reply, field);
    }

    [Fact]
    public async Task GivenNoIncomesNorExpenses_WhenDecided_ThenTheyCountAsNone()
    {
        var client = await ClientAsync();
        var body = FeeReductionBodies.Pensioner();
        body.Remove("incomes");
        body["expenses"] = new JsonArray();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/clients/{client}/fee-reductions", body);

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("waived", reply["result"]);
    }

    private async Task<string> ClientAsync()
    {
        fixture.SetDay();
        var client = $"fr-{Guid.NewGuid():N}"[..20];
        await fixture.SeedAsync(client);
        return client;
    }

    private async Task<List<Notice>> NoticesOfAsync(string client)
    {
        var notices = new List<Notice>();
        await foreach (var entry in fixture.Api.Outbox.PendingAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 100_000, CancellationToken.None))
        {
            if (entry.Notice.ClientId == client && entry.Notice.Kind == NoticeKind.FeeReductionDecision)
            {
                notices.Add(entry.Notice);
            }
        }

        return notices;
    }

    private async Task<List<AuditRecord>> AuditOfAsync(string client)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in fixture.Api.Audit.QueryAsync(new AuditQuery(null, client, null, null), CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}

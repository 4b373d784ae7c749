using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/invoices/{id}/deferrals: applied within the caller's authority, refused with the reason otherwise.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class DeferralTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenATeamMember_WhenDeferringWithin3Months_ThenAppliedAndTheNextStepIsRecomputedAtOnce()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "client in hospital" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("applied", reply["outcome"]);
        Assert.Equal("2026-04-17", reply.State.GetProperty("dueDate").GetString());
        Assert.Equal("2026-04-18", reply.State.GetProperty("nextStepDate").GetString());
        Assert.Equal(2, reply.State.GetProperty("version").GetInt32());
        Assert.Contains(id, fixture.Api.Workflows.Changed);
        var stored = await fixture.StoredAsync(id);
        Assert.Equal(new DateOnly(2026, 4, 18), stored.NextWakeUp);
        var deferred = Assert.IsType<InvoiceEvent.DueDateDeferred>(stored.History[^1].Event);
        Assert.Equal(new DateOnly(2026, 3, 19), deferred.PreviousDueDate);
        Assert.Equal("team-anna", deferred.Stamp.Actor.StaffId);
        Assert.Equal("client in hospital", deferred.Stamp.Reason);
        var notice = Assert.Single(await fixture.NoticesForAsync(id), n => n.Kind == NoticeKind.DeferralConfirmation);
        Assert.Equal(new DateOnly(2026, 4, 17), notice.DueDate);
        var read = await fixture.As(StaffKeys.Team).GetAsync($"/api/invoices/{id}");
        Assert.Equal("deferral", read.Json.GetProperty("timeline")[1].GetProperty("type").GetString());
        Assert.Equal("2026-04-18", read.Json.GetProperty("nextStep").GetProperty("date").GetString());
    }

    [Fact]
    public async Task GivenATeamMember_WhenDeferringBy4Months4Days_Then403SayingByHowMuch()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        // Due Thu 19.3.2026; Thu 23.7.2026 is 4 months 4 days later.
        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-07-23", reason = "long rehabilitation" });

        ProblemAssert.Is(403, reply);
        Assert.Equal("a team member may defer by at most 3 months; 4 months 4 days were asked", reply.Detail);
        Assert.Equal(1, (await fixture.StoredAsync(id)).State.Version);
        Assert.DoesNotContain(id, fixture.Api.Workflows.Changed);
    }

    [Fact]
    public async Task GivenATeamMember_WhenMidsummerEveBlocksTheLastDayOf3Months_ThenTheDayBeforeIsAppliedAndTheNextBankDayRefused()
    {
        fixture.SetDay();
        var first = await fixture.SeedOneAsync();
        var second = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        // 19.6.2026, three months after the due date, is Midsummer Eve: no bank day.
        var eve = await team.PostAsync($"/api/invoices/{first}/deferrals", new { newDueDate = "2026-06-19", reason = "summer" });
        var before = await team.PostAsync($"/api/invoices/{first}/deferrals", new { newDueDate = "2026-06-18", reason = "summer" });
        var after = await team.PostAsync($"/api/invoices/{second}/deferrals", new { newDueDate = "2026-06-22", reason = "summer" });

        ProblemAssert.Is(400, eve, "newDueDate");
        Assert.Equal("2026-06-19 is not a bank day; the next bank day is 2026-06-22", eve.Detail);
        Assert.True(before.Status == 200, before.ToString());
        ProblemAssert.Is(403, after);
        Assert.Equal("a team member may defer by at most 3 months; 3 months 3 days were asked", after.Detail);
    }

    [Fact]
    public async Task GivenASupervisor_When12MonthsThen13Months1Day_ThenTheFirstAppliedTheSecond403()
    {
        fixture.SetDay();
        var first = await fixture.SeedOneAsync();
        var second = await fixture.SeedOneAsync();
        var supervisor = fixture.As(StaffKeys.Supervisor);

        var twelve = await supervisor.PostAsync($"/api/invoices/{first}/deferrals", new { newDueDate = "2027-03-19", reason = "estate being settled" });
        var thirteen = await supervisor.PostAsync($"/api/invoices/{second}/deferrals", new { newDueDate = "2027-04-20", reason = "estate being settled" });

        Assert.True(twelve.Status == 200, twelve.ToString());
        ProblemAssert.Is(403, thirteen);
        Assert.Equal("a supervisor may defer by at most 12 months; 13 months 1 day were asked", thirteen.Detail);
    }

    [Theory]
    [InlineData("2026-03-21", "2026-03-21 is not a bank day; the next bank day is 2026-03-23")]
    [InlineData("2026-04-03", "2026-04-03 is not a bank day; the next bank day is 2026-04-07")]
    [InlineData("2026-03-18", "the new due date 2026-03-18 is not later than the current due date 2026-03-19")]
    public async Task GivenADateTheRulesRefuse_WhenDeferring_Then400NamingNewDueDateWithTheReason(string date, string reason)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = date, reason = "asked by phone" });

        ProblemAssert.Is(400, reply, "newDueDate");
        Assert.Equal(reason, reply.Detail);
    }

    [Fact]
    public async Task GivenTheSameDueDateAgain_WhenDeferring_ThenUnchangedAndNothingStored()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-03-19", reason = "no change" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("unchanged", reply["outcome"]);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Fact]
    public async Task GivenAWaivedInvoice_WhenDeferring_Then409WithTheCurrentState()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        await fixture.As(StaffKeys.Director).PostAsync($"/api/invoices/{id}/waiver", new { reason = "hardship" });

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "late" });

        ProblemAssert.Is(409, reply);
        Assert.Equal("the invoice is already waived", reply.Detail);
        Assert.Equal("waived", reply.State.GetProperty("status").GetString());
        Assert.Equal(2, reply.State.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task GivenAnUnknownInvoice_WhenDeferring_Then404()
    {
        fixture.SetDay();

        var reply = await fixture.As(StaffKeys.Team).PostAsync("/api/invoices/aaaaaaaa-cccccccccccccccc/deferrals", new { newDueDate = "2026-04-17", reason = "x" });

        ProblemAssert.Is(404, reply);
    }
}

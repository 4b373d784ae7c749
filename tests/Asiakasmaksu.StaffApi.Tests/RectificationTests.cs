using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/invoices/{id}/rectification-claims and .../{claimId}/decision.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class RectificationTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAClaim_WhenRecorded_ThenStepsPauseAndASupervisorCanAcceptItWithALowerAmount()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var claim = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/rectification-claims", new { receivedOn = "2026-03-04", note = "the visit was cancelled" });

        Assert.True(claim.Status == 200, claim.ToString());
        var claimId = claim["claimId"]!;
        Assert.StartsWith("rc-", claimId, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, claim.State.GetProperty("nextStepDate").ValueKind);
        var read = await fixture.As(StaffKeys.Team).GetAsync($"/api/invoices/{id}");
        Assert.Equal(claimId, read.Json.GetProperty("pendingClaim").GetProperty("claimId").GetString());
        Assert.True(read.Json.GetProperty("pendingClaim").GetProperty("withinTimeLimit").GetBoolean());

        var byTeam = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/rectification-claims/{claimId}/decision", new { accepted = true, newAmount = "40.00" });
        var higher = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/rectification-claims/{claimId}/decision", new { accepted = true, newAmount = "70.00" });
        var accepted = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/rectification-claims/{claimId}/decision", new { accepted = true, newAmount = "40.00" });

        ProblemAssert.Is(403, byTeam);
        Assert.Equal("a rectification claim is decided by a supervisor or director; a team member asked", byTeam.Detail);
        ProblemAssert.Is(400, higher, "newAmount");
        Assert.True(accepted.Status == 200, accepted.ToString());
        Assert.Equal("40.00", accepted.State.GetProperty("principal").GetString());
        // Billed anew from the decision day 5.3.2026: +14 days = Thu 19.3., +3 bank days = Tue 24.3.
        Assert.Equal("2026-03-24", accepted.State.GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task GivenNoSuchClaim_WhenDecided_Then404()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/rectification-claims/rc-0000000000000000/decision", new { accepted = false });

        ProblemAssert.Is(404, reply);
        Assert.Equal("no rectification claim rc-0000000000000000 is pending on this invoice", reply.Detail);
    }

    [Fact]
    public async Task GivenAClaimReceivedTomorrow_WhenRecorded_Then400NamingReceivedOn()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/rectification-claims", new { receivedOn = "2026-03-06" });

        ProblemAssert.Is(400, reply, "receivedOn");
        Assert.Equal("the claim's received date 2026-03-06 is in the future", reply.Detail);
    }

    [Fact]
    public async Task GivenAPendingClaim_WhenDeferring_Then409SayingToDecideItFirst()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var claim = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/rectification-claims", new { receivedOn = "2026-03-05" });

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "x" });

        ProblemAssert.Is(409, reply);
        Assert.Equal($"a rectification claim ({claim["claimId"]}) is pending; decide it before you defer it", reply.Detail);
    }
}

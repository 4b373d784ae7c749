using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Issue 17.3: two or more supervisors deciding one deferral request at once. Exactly one decision
/// wins (the request's ETag); every other gets 409 naming the decision that won, and only the
/// winner's is handed to the approval workflow; once it is carried out, the invoice and the request
/// agree. A decider whose API died after the claim retries and gets the same decision, handed on again.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class DeferralDecisionRaceTests(StaffApiFixture fixture)
{
    private const string NewDueDate = "2026-09-18";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task GivenThreeDecidersAtOnce_ThenExactlyOneWinsTheOthersGet409AndInvoiceAndRequestAgree(int round)
    {
        var (id, requestId) = await RequestAsync();
        var before = (await fixture.StoredAsync(id)).State;
        (string Key, bool Approve)[] deciders = round % 2 == 0
            ? [(StaffKeys.Supervisor, false), (StaffKeys.Supervisor2, true), (StaffKeys.Director, true)]
            : [(StaffKeys.Supervisor, true), (StaffKeys.Supervisor2, false), (StaffKeys.Director, false)];

        var replies = await Task.WhenAll(deciders.Select(d =>
            Task.Run(() => fixture.As(d.Key).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = d.Approve, note = $"round {round}" }))));

        var won = Assert.Single(replies, r => r.Status == 202);
        Assert.All(replies.Where(r => r != won), r =>
        {
            ProblemAssert.Is(409, r);
            Assert.StartsWith($"the request is already {won["status"]}: decided by ", r.Detail, StringComparison.Ordinal);
        });
        var (claimed, decision) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
        Assert.Equal(won["status"] == "approved", decision.Approve);

        // What the approval workflow does with the decision it was handed.
        var done = await Approvals.CarryOutAsync(claimed, CancellationToken.None);

        var dueDate = ((OpenInvoice)(await fixture.StoredAsync(id)).State).Stage.DueDate;
        Assert.Equal(done.Status, won["status"]);
        Assert.Equal(
            done.Status == "approved" ? DateOnly.Parse(NewDueDate, System.Globalization.CultureInfo.InvariantCulture) : ((OpenInvoice)before).Stage.DueDate,
            dueDate);
    }

    [Fact]
    public async Task GivenAClaimWhoseHandOverNeverHappened_WhenTheSameSupervisorRetries_Then202WithTheSameDecisionHandedOnOnce()
    {
        var (id, requestId) = await RequestAsync();
        var at = fixture.Clock.GetUtcNow();

        // The API claimed the decision, then died before handing it to the workflow.
        var (claimed, _, refusal) = await Approvals.ClaimDecisionAsync(requestId, approve: true, "ok", new Stamp(new Actor("sup-kari", StaffRole.Supervisor), at, "ok"), CancellationToken.None);
        Assert.Null(refusal);

        var retry = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = true, note = "ok" });
        var other = await fixture.As(StaffKeys.Supervisor2).PostAsync($"/api/deferral-requests/{requestId}/decision", new { approve = false });

        Assert.True(retry.Status == 202, retry.ToString());
        Assert.Equal("approved", retry["status"]);
        ProblemAssert.Is(409, other);
        Assert.Equal($"the request is already approved: decided by sup-kari (supervisor) on {BusinessTime.DateOf(at):yyyy-MM-dd}", other.Detail);
        var (handed, decision) = Assert.Single(fixture.Api.Workflows.Decisions, d => d.Request.Id == requestId);
        Assert.Equal((claimed!.DecidedAt, true), (decision.DecidedAt, decision.Approve));
        Assert.Equal(new DateOnly(2026, 9, 18), ((OpenInvoice)(await fixture.StoredAsync((await Approvals.CarryOutAsync(handed, CancellationToken.None)).InvoiceId)).State).Stage.DueDate);
        Assert.Equal(id, handed.InvoiceId);
    }

    private DeferralApprovals Approvals => fixture.Api.Services.GetRequiredService<DeferralApprovals>();

    private async Task<(InvoiceId Id, string RequestId)> RequestAsync()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = NewDueDate, reason = "long hospital stay" });
        Assert.True(reply.Status == 202, reply.ToString());
        return (id, reply["requestId"]!);
    }
}

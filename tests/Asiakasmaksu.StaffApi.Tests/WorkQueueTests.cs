using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Asiakasmaksu.Testing;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/work/enforcement and GET /api/work/rectification-claims on the loopback host.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WorkQueueTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAnInvoiceWhoseNextStepIsEnforcement_WhenTheWeekIsListed_ThenItIsThereWithTheTransferDay_AndNotInAShorterWindow()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var transfer = await AdvanceToEnforcementStepAsync(id);
        fixture.SetDay(transfer.AddDays(-3));

        var week = await fixture.As(StaffKeys.Auditor).GetAllAsync("/api/work/enforcement");
        var twoDays = await fixture.As(StaffKeys.Team).GetAllAsync("/api/work/enforcement?days=2&limit=1");

        var item = Assert.Single(week, q => q.GetProperty("invoiceId").GetString() == id.Value);
        Assert.Equal(transfer.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), item.GetProperty("date").GetString());
        Assert.Equal((await fixture.StoredAsync(id)).State.Facts.ClientId, item.GetProperty("clientId").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, item.GetProperty("claimId").ValueKind);
        Assert.DoesNotContain(twoDays, q => q.GetProperty("invoiceId").GetString() == id.Value);
        var dates = week.Select(q => q.GetProperty("date").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("32")]
    [InlineData("-1")]
    [InlineData("7.5")]
    [InlineData("seven")]
    public async Task GivenDaysOutOfRange_WhenListingEnforcement_Then400NamingDays(string days)
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/work/enforcement?days={days}");

        ProblemAssert.Is(400, reply, "days");
    }

    [Fact]
    public async Task GivenAClaimAwaitingDecision_WhenListed_ThenItIsQueuedUntilASupervisorDecidesIt()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var claim = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/rectification-claims", new { receivedOn = "2026-03-04", note = "the visit was cancelled" });
        Assert.True(claim.Status == 200, claim.ToString());

        var pending = await fixture.As(StaffKeys.Supervisor).GetAllAsync("/api/work/rectification-claims?limit=1");
        var decided = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/rectification-claims/{claim["claimId"]}/decision", new { accepted = false, note = "the visit took place" });
        var after = await fixture.As(StaffKeys.Auditor).GetAllAsync("/api/work/rectification-claims");

        var item = Assert.Single(pending, q => q.GetProperty("invoiceId").GetString() == id.Value);
        Assert.Equal(claim["claimId"], item.GetProperty("claimId").GetString());
        Assert.Equal("2026-03-04", item.GetProperty("date").GetString());
        Assert.True(item.GetProperty("withinTimeLimit").GetBoolean());
        Assert.Equal("60.00", item.GetProperty("total").GetString());
        Assert.True(decided.Status == 200, decided.ToString());
        Assert.DoesNotContain(after, q => q.GetProperty("invoiceId").GetString() == id.Value);
    }

    [Fact]
    public async Task GivenABadContinuation_WhenListingClaims_Then400NamingContinuation()
    {
        var first = await fixture.As(StaffKeys.Team).GetAsync("/api/work/enforcement?days=7&limit=1");
        var token = first["continuation"];
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/work/rectification-claims?continuation={Uri.EscapeDataString(token ?? "c1.not-ours")}");

        ProblemAssert.Is(400, reply, "continuation");
    }

    /// <summary>Lets each step before the transfer to enforcement happen on its day; returns the transfer's day.</summary>
    private async Task<DateOnly> AdvanceToEnforcementStepAsync(InvoiceId id)
    {
        for (var steps = 0; steps < 10; steps++)
        {
            var open = Assert.IsType<OpenInvoice>((await fixture.StoredAsync(id)).State);
            var step = CollectionSchedule.NextStep(open, SeedInvoices.Rules) ?? throw new InvalidOperationException($"{id} has no next step.");
            var day = step.FirstRunFrom(step.Earliest);
            if (step.Kind == StepKind.TransferToEnforcement)
            {
                return day;
            }

            await fixture.AdvanceAsync(id, day);
        }

        throw new InvalidOperationException($"{id} never reached the transfer to enforcement.");
    }
}

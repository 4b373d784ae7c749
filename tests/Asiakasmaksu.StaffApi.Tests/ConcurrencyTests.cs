using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>Concurrent changes to one invoice: one wins, the other gets 409 with the current state; no update is lost.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ConcurrencyTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTwoDeferralsDecidedOnTheSameState_WhenBothCommit_ThenOneWinsAndTheOtherGets409WithTheWinnersState()
    {
        for (var round = 0; round < 20; round++)
        {
            fixture.SetDay();
            var id = await fixture.SeedOneAsync();
            fixture.Gate.Arm(id, loads: 2);
            try
            {
                var replies = await Task.WhenAll(
                    fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-04-17", reason = "kari" }),
                    fixture.As(StaffKeys.Supervisor2).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = "2026-05-15", reason = "maija" }));

                var winner = Assert.Single(replies, r => r.Status == 200);
                var loser = Assert.Single(replies, r => r.Status != 200);
                ProblemAssert.Is(409, loser);
                Assert.Equal("another change was made to the invoice at the same time; review the current state and try again", loser.Detail);
                Assert.Equal(winner.State.GetProperty("dueDate").GetString(), loser.State.GetProperty("dueDate").GetString());
                Assert.Equal(2, loser.State.GetProperty("version").GetInt32());
                var stored = await fixture.StoredAsync(id);
                var deferral = Assert.Single(stored.History, h => h.Event is InvoiceEvent.DueDateDeferred);
                Assert.Equal(winner.State.GetProperty("dueDate").GetString(), ((InvoiceEvent.DueDateDeferred)deferral.Event).NewDueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                var audit = await fixture.AuditOfAsync(id);
                Assert.Single(audit, a => a.Action == "deferral" && a.Outcome == "applied");
                Assert.Single(audit, a => a.Action == "deferral" && a.Outcome == "conflict");
            }
            finally
            {
                fixture.Gate.Disarm();
            }
        }
    }

    [Fact]
    public async Task GivenAWaiverAndACancellationAtOnce_WhenRacedManyTimes_ThenExactlyOneWinsAndTheLoserSeesTheWinnersState()
    {
        for (var round = 0; round < 40; round++)
        {
            fixture.SetDay();
            var id = await fixture.SeedOneAsync();

            var replies = await Task.WhenAll(
                fixture.As(StaffKeys.Director).PostAsync($"/api/invoices/{id}/waiver", new { reason = "hardship" }),
                fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/cancellation", new { reason = "erroneous_invoice", note = "duplicate" }));

            var winner = Assert.Single(replies, r => r.Status == 200);
            var loser = Assert.Single(replies, r => r.Status != 200);
            ProblemAssert.Is(409, loser);
            var status = winner.State.GetProperty("status").GetString();
            Assert.Equal(status, loser.State.GetProperty("status").GetString());
            var stored = await fixture.StoredAsync(id);
            Assert.Equal(status, stored.State.Status);
            Assert.Single(stored.History, h => h.Event is InvoiceEvent.Waived or InvoiceEvent.Cancelled);
        }
    }

    [Fact]
    public async Task GivenEightParallelDeferralsPerRound_WhenRacing_ThenEveryAcceptedDeferralIsStoredAndNoneIsLost()
    {
        for (var round = 0; round < 10; round++)
        {
            fixture.SetDay();
            var id = await fixture.SeedOneAsync();
            string[] dates = ["2026-03-20", "2026-03-23", "2026-03-24", "2026-03-25", "2026-03-26", "2026-03-27", "2026-03-30", "2026-03-31"];

            var replies = await Task.WhenAll(dates.Select((d, i) =>
                fixture.As(i % 2 == 0 ? StaffKeys.Supervisor : StaffKeys.Team).PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = d, reason = $"r{i}" })));

            var applied = replies.Where(r => r.Status == 200).ToList();
            Assert.NotEmpty(applied);
            Assert.All(replies.Where(r => r.Status != 200), r =>
            {
                // Lost the race (409 with the state), or decided after a later date was already set (400).
                Assert.True(r.Status is 409 or 400, r.ToString());
                if (r.Status == 409)
                {
                    Assert.True(r.State.GetProperty("version").GetInt32() >= 2, r.ToString());
                }
            });
            var stored = await fixture.StoredAsync(id);
            var deferrals = stored.History.Select(h => h.Event).OfType<InvoiceEvent.DueDateDeferred>().ToList();
            Assert.Equal(applied.Count, deferrals.Count);
            Assert.Equal(
                applied.Select(a => a.State.GetProperty("dueDate").GetString()).Order(StringComparer.Ordinal),
                deferrals.Select(d => d.NewDueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
            Assert.Equal(
                Enumerable.Range(2, applied.Count),
                applied.Select(a => a.State.GetProperty("version").GetInt32()).Order());
            var last = applied.MaxBy(a => a.State.GetProperty("version").GetInt32())!;
            Assert.Equal(last.State.GetProperty("dueDate").GetString(), stored.State.Stage.DueDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/invoices/{id}/waiver and /cancellation.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class WaiverAndCancellationTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenADirector_WhenWaiving_ThenWaivedWithAConfirmationAndNoNextStep()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Director).PostAsync($"/api/invoices/{id}/waiver", new { reason = "collection would endanger the client's livelihood" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("waived", reply.State.GetProperty("status").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.State.GetProperty("nextStepDate").ValueKind);
        Assert.Contains(await fixture.NoticesForAsync(id), n => n.Kind == NoticeKind.WaiverConfirmation);
    }

    [Theory]
    [InlineData(StaffKeys.Team, "only a director may waive collection; a team member asked")]
    [InlineData(StaffKeys.Supervisor, "only a director may waive collection; a supervisor asked")]
    public async Task GivenSomeoneButADirector_WhenWaiving_Then403WithTheReason(string key, string reason)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(key).PostAsync($"/api/invoices/{id}/waiver", new { reason = "hardship" });

        ProblemAssert.Is(403, reply);
        Assert.Equal(reason, reply.Detail);
    }

    [Fact]
    public async Task GivenAnErroneousInvoicePartlyPaid_WhenCancelled_ThenCancelledAndThePaymentBecomesCredit()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payments", new { amount = "15.00", paidOn = "2026-03-05" });

        var reply = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/cancellation", new { reason = "erroneous_invoice", note = "billed for a visit that did not happen" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("cancelled", reply.State.GetProperty("status").GetString());
        Assert.Equal("15.00", reply.State.GetProperty("credit").GetString());
    }

    [Fact]
    public async Task GivenATeamMember_WhenCancellingAnErroneousInvoice_Then403AndNothingChanges()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/cancellation", new { reason = "erroneous_invoice", note = "billed twice" });

        ProblemAssert.Is(403, reply);
        Assert.Equal("only a supervisor or director may cancel an invoice as erroneous (it ends the claim); a team member asked", reply.Detail);
        Assert.Single((await fixture.StoredAsync(id)).History);
        Assert.Equal("refused", Assert.Single(await fixture.AuditOfAsync(id)).Outcome);
    }

    [Theory]
    [InlineData("\u202e\u200b")]
    [InlineData("\u200b\u2060\ufeff")]
    [InlineData("\u00ad \u3164")]
    public async Task GivenANoteOfOnlyInvisibleCharacters_WhenCancelling_Then400NamingTheNote(string note)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Supervisor).PostRawAsync($"/api/invoices/{id}/cancellation", $$"""{"reason":"erroneous_invoice","note":"{{note}}"}""");

        ProblemAssert.Is(400, reply, "note");
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Fact]
    public async Task GivenAnInvoiceNotInCollection_WhenCancellingAnErroneousTransfer_Then409WithTheCurrentState()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/cancellation", new { reason = "erroneous_transfer", note = "wrong" });

        ProblemAssert.Is(409, reply);
        Assert.Equal("the invoice has not been transferred to collection", reply.Detail);
        Assert.Equal("invoiced", reply.State.GetProperty("stage").GetString());
    }

    [Fact]
    public async Task GivenAnInvoiceTransferredToCollectionByMistake_WhenCancellingTheTransfer_ThenTheCostsGoAndItAwaitsANewDueDate()
    {
        var id = await fixture.SeedOneAsync();
        // Due Thu 19.3.2026 + 17 days = Sun 5.4.; the first Tuesday bank day on or after it is 7.4.2026.
        await fixture.AdvanceAsync(id, new DateOnly(2026, 3, 20));
        await fixture.AdvanceAsync(id, new DateOnly(2026, 4, 7));
        var reminded = await fixture.As(StaffKeys.Team).GetAsync($"/api/invoices/{id}");
        Assert.Equal("reminder", reminded.Json.GetProperty("stage").GetString());
        Assert.NotEqual("0.00", reminded.Json.GetProperty("balance").GetProperty("fees").GetString());

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/cancellation", new { reason = "erroneous_transfer", note = "payment was made on time to the old account" });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("0.00", reply.State.GetProperty("fees").GetString());
        Assert.Equal("0.00", reply.State.GetProperty("interest").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, reply.State.GetProperty("nextStepDate").ValueKind);
    }

    [Theory]
    [InlineData("""{"reason":"mistake","note":"x"}""", "reason")]
    [InlineData("""{"reason":"erroneous_invoice"}""", "note")]
    [InlineData("""{"reason":["erroneous_invoice"],"note":"x"}""", "reason")]
    public async Task GivenABadCancellation_WhenSent_Then400NamingTheField(string body, string field)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostRawAsync($"/api/invoices/{id}/cancellation", body);

        ProblemAssert.Is(400, reply, field);
    }
}

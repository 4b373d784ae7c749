using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/invoices/{id}/payments.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class PaymentTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAPartPaymentThenTheRest_WhenRecorded_ThenTheBalanceFallsAndTheInvoiceIsPaid()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        var part = await team.PostAsync($"/api/invoices/{id}/payments", new { amount = "20.00", paidOn = "2026-03-04", reference = "cash desk 12" });
        var rest = await team.PostAsync($"/api/invoices/{id}/payments", new { amount = 40.00m, paidOn = "2026-03-05" });

        Assert.True(part.Status == 200, part.ToString());
        Assert.Equal("40.00", part.State.GetProperty("principal").GetString());
        Assert.Equal("open", part.State.GetProperty("status").GetString());
        Assert.True(rest.Status == 200, rest.ToString());
        Assert.Equal("paid", rest.State.GetProperty("status").GetString());
        Assert.Equal("0.00", rest.State.GetProperty("total").GetString());
        Assert.Equal(JsonValueKindNull, rest.State.GetProperty("nextStepDate").ValueKind);
        var payments = (await fixture.StoredAsync(id)).History.Select(h => h.Event).OfType<InvoiceEvent.PaymentReceived>().ToList();
        Assert.Equal(2, payments.Count);
        Assert.Equal("payment recorded by staff, reference cash desk 12", payments[0].Stamp.Reason);
    }

    [Fact]
    public async Task GivenAPaidInvoice_WhenAnotherPaymentIsRecorded_Then409WithTheCurrentState()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payments", new { amount = "60.00", paidOn = "2026-03-05" });

        var again = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/payments", new { amount = "60.00", paidOn = "2026-03-05" });

        ProblemAssert.Is(409, again);
        Assert.Equal("the invoice is already paid", again.Detail);
        Assert.Equal("paid", again.State.GetProperty("status").GetString());
    }

    [Fact]
    public async Task GivenAPaymentDatedTomorrow_WhenRecorded_Then400NamingPaidOn()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payments", new { amount = "10.00", paidOn = "2026-03-06" });

        ProblemAssert.Is(400, reply, "paidOn");
        Assert.Equal("the payment date 2026-03-06 is after today 2026-03-05", reply.Detail);
    }

    [Theory]
    [InlineData("""{"amount":"1.001","paidOn":"2026-03-05"}""", "amount", "amount has more than two decimals.")]
    [InlineData("""{"amount":-5,"paidOn":"2026-03-05"}""", "amount", "amount must be above zero and at most 1 000 000.")]
    [InlineData("""{"amount":"0.00","paidOn":"2026-03-05"}""", "amount", "amount must be above zero and at most 1 000 000.")]
    [InlineData("""{"amount":1000000.01,"paidOn":"2026-03-05"}""", "amount", "amount must be above zero and at most 1 000 000.")]
    [InlineData("""{"amount":"12,50","paidOn":"2026-03-05"}""", "amount", "amount must be an amount in euros, e.g. \"12.30\".")]
    [InlineData("""{"amount":true,"paidOn":"2026-03-05"}""", "amount", "amount must be an amount in euros, e.g. \"12.30\".")]
    [InlineData("""{"amount":"10.00","paidOn":"2026-02-30"}""", "paidOn", "paidOn must be a real date yyyy-mm-dd in 2000–2099.")]
    [InlineData("""{"amount":"10.00","paidOn":"5.3.2026"}""", "paidOn", "paidOn must be a real date yyyy-mm-dd in 2000–2099.")]
    [InlineData("""{"amount":"10.00"}""", "paidOn", "paidOn is required (a date yyyy-mm-dd).")]
    [InlineData("""{"amount":"10.00","paidOn":"2026-03-05","reference":42}""", "reference", "reference must be a string.")]
    public async Task GivenABadAmountOrDate_WhenRecorded_Then400NamingTheField(string body, string field, string detail)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostRawAsync($"/api/invoices/{id}/payments", body);

        ProblemAssert.Is(400, reply, field);
        Assert.Equal(detail, reply.Detail);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}

using System.Text.Json;
using Asiakasmaksu.StaffApi.Contract;
using Asiakasmaksu.StaffApi.Contract.Requests;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// The contract (Asiakasmaksu.StaffApi.Contract) is what goes over the wire both ways: a request
/// written from its records with its JSON is one the API accepts, and an answer read into its
/// records and written again is the answer byte for byte, so the web app loses and adds nothing.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class ContractTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenRequestsWrittenFromTheRecords_WhenPosted_ThenEachIsApplied()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        var deferral = await team.PostRawAsync($"/api/invoices/{id}/deferrals", JsonSerializer.Serialize(new DeferralBody(new DateOnly(2026, 4, 17), "client in hospital"), StaffApiJson.Default.DeferralBody));
        var payment = await team.PostRawAsync($"/api/invoices/{id}/payments", JsonSerializer.Serialize(new PaymentBody(20.00m, new DateOnly(2026, 3, 4)), StaffApiJson.Default.PaymentBody));
        var plan = await fixture.As(StaffKeys.Supervisor).PostRawAsync(
            $"/api/invoices/{id}/payment-plans",
            JsonSerializer.Serialize(new PaymentPlanBody([new InstallmentBody(new DateOnly(2026, 4, 17), 20.00m), new InstallmentBody(new DateOnly(2026, 5, 15), 20.00m)], "two parts"), StaffApiJson.Default.PaymentPlanBody));

        Assert.True(deferral.Status == 200, deferral.ToString());
        Assert.True(payment.Status == 200, payment.ToString());
        Assert.True(plan.Status == 200, plan.ToString());
        var answer = JsonSerializer.Deserialize(plan.Body, StaffApiJson.Default.ChangeAnswer)!;
        Assert.Equal(("applied", "40.00", 4), (answer.Outcome, answer.Invoice.Principal, answer.Invoice.Version));
    }

    [Fact]
    public async Task GivenAnswers_WhenReadIntoTheRecordsAndWrittenAgain_ThenTheyAreTheSameBytes()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        await team.PostAsync($"/api/invoices/{id}/payments", new { amount = "20.00", paidOn = "2026-03-04", reference = "cash desk" });
        var invoice = await team.GetAsync($"/api/invoices/{id}");
        var refused = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{id}/waiver", new { reason = "no means" });
        var list = await team.GetAsync($"/api/clients/{invoice.Json.GetProperty("clientId").GetString()}/invoices");

        Assert.Equal(invoice.Body, JsonSerializer.Serialize(JsonSerializer.Deserialize(invoice.Body, StaffApiJson.Default.InvoiceDetails)!, StaffApiJson.Default.InvoiceDetails));
        Assert.Equal(refused.Body, JsonSerializer.Serialize(JsonSerializer.Deserialize(refused.Body, StaffApiJson.Default.Problem)!, StaffApiJson.Default.Problem));
        Assert.Equal(list.Body, JsonSerializer.Serialize(JsonSerializer.Deserialize(list.Body, StaffApiJson.Default.PageInvoiceListItem)!, StaffApiJson.Default.PageInvoiceListItem));
        Assert.Equal(2, JsonSerializer.Deserialize(invoice.Body, StaffApiJson.Default.InvoiceDetails)!.Timeline.Count);
    }

    [Theory]
    [InlineData(typeof(DeferralBody), "newDueDate,reason")]
    [InlineData(typeof(PaymentBody), "amount,paidOn,reference")]
    [InlineData(typeof(FeeReductionApplicationBody), "applicationDate,monthsApplied,household,livingArrangement,incomes,expenses,savings,fees,reason")]
    public void GivenARequestRecord_ThenItsMembersAreTheBodyFieldsInOrder(Type record, string members)
    {
        var names = StaffApiJson.Default.GetTypeInfo(record)!.Properties.Select(p => p.Name);

        Assert.Equal(members, string.Join(',', names));
    }
}

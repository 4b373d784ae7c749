using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>POST /api/invoices/{id}/payment-plans.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class PaymentPlanTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTwoInstallmentsSummingToTheBalance_WhenATeamMemberAgrees_ThenAppliedWithTheFirstInstallmentCheckNext()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payment-plans", new
        {
            installments = new object[] { new { dueDate = "2026-04-17", amount = "30.00" }, new { dueDate = "2026-05-15", amount = 30 } },
            reason = "client asked to pay in two parts",
        });

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal("applied", reply["outcome"]);
        // The installment counts as missed 2 bank days after its due date: Fri 17.4. → Tue 21.4.2026.
        Assert.Equal("2026-04-21", reply.State.GetProperty("nextStepDate").GetString());
        Assert.Contains(id, fixture.Api.Workflows.Changed);
        Assert.Contains(await fixture.NoticesForAsync(id), n => n.Kind == NoticeKind.PaymentPlanConfirmation);
    }

    [Fact]
    public async Task GivenInstallmentsNotSummingToTheBalance_WhenAgreed_Then400NamingInstallmentsWithBothSums()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payment-plans", new
        {
            installments = new object[] { new { dueDate = "2026-04-17", amount = "30.00" }, new { dueDate = "2026-05-15", amount = "20.00" } },
            reason = "two parts",
        });

        ProblemAssert.Is(400, reply, "installments");
        Assert.Equal("the installments sum to 50.00 € but the balance with interest to 2026-03-05 is 60.00 €", reply.Detail);
    }

    [Theory]
    [InlineData("""[{"dueDate":"2026-04-17","amount":"30.001"},{"dueDate":"2026-05-15","amount":"29.999"}]""", "installments[0].amount")]
    [InlineData("""[{"dueDate":"2026-04-17","amount":"30.00"},{"dueDate":"2026-02-30","amount":"30.00"}]""", "installments[1].dueDate")]
    [InlineData("""[{"dueDate":"2026-04-17","amount":"-30.00"}]""", "installments[0].amount")]
    [InlineData("""[{"dueDate":"2026-04-17"}]""", "installments[0].amount")]
    [InlineData("""[{"dueDate":"2026-04-17","amount":"60.00","note":"x"}]""", "installments[0].note")]
    [InlineData("""[]""", "installments")]
    [InlineData("""{"dueDate":"2026-04-17","amount":"60.00"}""", "installments")]
    [InlineData("""["2026-04-17"]""", "installments[0]")]
    public async Task GivenAMalformedInstallment_WhenAgreed_Then400NamingItsPath(string installments, string field)
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostRawAsync($"/api/invoices/{id}/payment-plans", $$"""{"installments":{{installments}},"reason":"plan"}""");

        ProblemAssert.Is(400, reply, field);
        Assert.Single((await fixture.StoredAsync(id)).History);
    }

    [Fact]
    public async Task GivenAnInstallmentOnMidsummerEve_WhenAgreed_Then400SayingWhichInstallment()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/invoices/{id}/payment-plans", new
        {
            installments = new object[] { new { dueDate = "2026-04-17", amount = "30.00" }, new { dueDate = "2026-06-19", amount = "30.00" } },
            reason = "two parts",
        });

        ProblemAssert.Is(400, reply, "installments");
        Assert.Equal("installment 2: 2026-06-19 is not a bank day; the next bank day is 2026-06-22", reply.Detail);
    }
}

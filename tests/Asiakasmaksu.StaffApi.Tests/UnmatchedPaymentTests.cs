using System.Text.Json;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/payments/unmatched and POST /api/payments/unmatched/{id}/allocate (docs/payments.md).</summary>
[Collection(StaffApiCollection.Name)]
public sealed class UnmatchedPaymentTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAnUnmatchedBankPayment_WhenTeamAllocatesIt_ThenTheInvoiceIsPaidAndTheEntryAllocatedOnce()
    {
        fixture.SetDay();
        var invoice = await fixture.SeedOneAsync();
        var entry = await AddUnmatchedAsync(60.00m);
        var team = fixture.As(StaffKeys.Team);

        var open = await fixture.As(StaffKeys.Auditor).GetAllAsync("/api/payments/unmatched?status=open");
        var allocated = await team.PostAsync($"/api/payments/unmatched/{entry.Id}/allocate", new { invoiceId = invoice.Value, reason = "reference mistyped by the payer" });
        var again = await team.PostAsync($"/api/payments/unmatched/{entry.Id}/allocate", new { invoiceId = invoice.Value });

        Assert.Contains(open, e => e.GetProperty("id").GetString() == entry.Id && e.GetProperty("amount").GetString() == "60.00");
        Assert.True(allocated.Status == 200, allocated.ToString());
        Assert.Equal("allocated", allocated["outcome"]);
        Assert.True(again.Status == 200, again.ToString());
        Assert.Equal("already_allocated", again["outcome"]);
        Assert.Equal("paid", (await fixture.StoredAsync(invoice)).State.Status);
        var stored = await Store.GetAsync(entry.Id, CancellationToken.None);
        Assert.Equal((UnmatchedPayment.Allocated, invoice), (stored!.Status, stored.AllocatedTo!.Value));
        Assert.DoesNotContain(
            await fixture.As(StaffKeys.Team).GetAllAsync("/api/payments/unmatched?status=open"),
            e => e.GetProperty("id").GetString() == entry.Id);
    }

    [Fact]
    public async Task GivenAnAuditor_WhenAllocating_Then403AndNothingChanges()
    {
        fixture.SetDay();
        var invoice = await fixture.SeedOneAsync();
        var entry = await AddUnmatchedAsync(10.00m);

        var reply = await fixture.As(StaffKeys.Auditor).PostAsync($"/api/payments/unmatched/{entry.Id}/allocate", new { invoiceId = invoice.Value });

        ProblemAssert.Is(403, reply);
        Assert.Equal(UnmatchedPayment.Open, (await Store.GetAsync(entry.Id, CancellationToken.None))!.Status);
        Assert.Equal("open", (await fixture.StoredAsync(invoice)).State.Status);
    }

    [Theory]
    [InlineData("no-such-payment", "{\"invoiceId\":\"INVOICE\"}", 404, null)]
    [InlineData("ENTRY", "{\"invoiceId\":\"nosuch-invoice000000\"}", 404, null)]
    [InlineData("ENTRY", "{}", 400, "invoiceId")]
    [InlineData("ENTRY", "{\"invoiceId\":42}", 400, "invoiceId")]
    public async Task GivenAnUnknownPaymentOrInvoiceOrABadBody_WhenAllocating_ThenAProblem(string which, string body, int status, string? field)
    {
        fixture.SetDay();
        var invoice = await fixture.SeedOneAsync();
        var entry = await AddUnmatchedAsync(5.00m);
        var id = which == "ENTRY" ? entry.Id : which;

        var reply = await fixture.As(StaffKeys.Team).PostAsync($"/api/payments/unmatched/{id}/allocate", JsonDocument.Parse(body.Replace("INVOICE", invoice.Value, StringComparison.Ordinal)).RootElement);

        ProblemAssert.Is(status, reply, field);
        Assert.Equal(UnmatchedPayment.Open, (await Store.GetAsync(entry.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task GivenABadStatusFilter_WhenListing_Then400NamingStatus()
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync("/api/payments/unmatched?status=lost");

        ProblemAssert.Is(400, reply, "status");
    }

    private IUnmatchedPaymentStore Store => fixture.Api.Services.GetRequiredService<IUnmatchedPaymentStore>();

    private async Task<UnmatchedPayment> AddUnmatchedAsync(decimal euros)
    {
        var paymentId = $"bank:{Guid.NewGuid():N}";
        var entry = new UnmatchedPayment(
            UnmatchedPayment.IdFor(paymentId), paymentId, "ktl-2026-03-05.txt", Money.Of(euros), false,
            StaffApiFixture.Today, StaffApiFixture.Today, "99999999999999999996", "no invoice has this reference",
            fixture.Clock.GetUtcNow(), UnmatchedPayment.Open, null, null, null);
        Assert.True(await Store.AddAsync(entry, CancellationToken.None));
        return entry;
    }
}

using System.Text.Json;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Domain;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// Every list endpoint pages (issue 17, item 9; docs/staff-api.md "Lists"): <c>limit</c> 1–1000,
/// default 100, and a continuation token bound to its list and filters, on the loopback host with
/// the Azure Table stores on Azurite.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class ListPagingTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenMoreThanAThousandUnmatchedPayments_WhenListed_ThenAHundredByDefaultAThousandAtMostAndEveryEntryOnceOverThePages()
    {
        var booked = new DateOnly(2001, 1, 1);
        var mine = Enumerable.Range(0, 1005).Select(i => Unmatched($"bank:paging-{i:D4}", booked.AddDays(i % 7))).ToList();
        await Parallel.ForEachAsync(mine, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (e, ct) => Assert.True(await Store.AddAsync(e, ct)));
        var auditor = fixture.As(StaffKeys.Auditor);

        var first = await auditor.GetAsync("/api/payments/unmatched");
        var largest = await auditor.GetAsync("/api/payments/unmatched?limit=1000");
        var tooLarge = await auditor.GetAsync("/api/payments/unmatched?limit=1001");
        var all = await auditor.GetAllAsync("/api/payments/unmatched?limit=250");

        Assert.True(first.Status == 200, first.ToString());
        Assert.Equal(100, first.Items.GetArrayLength());
        Assert.Equal(1000, largest.Items.GetArrayLength());
        Assert.NotNull(largest["continuation"]);
        ProblemAssert.Is(400, tooLarge, "limit");
        var ids = all.Select(e => e.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var expected = mine.OrderBy(e => e.BookingDate).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();
        Assert.Equal(expected, ids.Take(expected.Count));
        Assert.Equal(all.Select(e => e.GetProperty("bookingDate").GetString()).Order(StringComparer.Ordinal), all.Select(e => e.GetProperty("bookingDate").GetString()));
    }

    [Fact]
    public async Task GivenAContinuation_WhenSentWithAnotherFilterOrTampered_Then400NamingContinuation()
    {
        foreach (var id in new[] { "bank:token-1", "bank:token-2" })
        {
            await Store.AddAsync(Unmatched(id, new DateOnly(2001, 1, 1)), CancellationToken.None);
        }

        var team = fixture.As(StaffKeys.Team);
        var page = await team.GetAsync("/api/payments/unmatched?status=open&limit=1");
        var token = page["continuation"]!;

        var next = await team.GetAsync($"/api/payments/unmatched?status=open&limit=1&continuation={Uri.EscapeDataString(token)}");
        var otherFilter = await team.GetAsync($"/api/payments/unmatched?status=allocated&continuation={Uri.EscapeDataString(token)}");
        var otherList = await team.GetAsync($"/api/deferral-requests?continuation={Uri.EscapeDataString(token)}");
        var tampered = await team.GetAsync($"/api/payments/unmatched?status=open&continuation={Uri.EscapeDataString(token[..^2])}");

        Assert.True(next.Status == 200, next.ToString());
        Assert.NotEqual(page.Items[0].GetProperty("id").GetString(), next.Items[0].GetProperty("id").GetString());
        ProblemAssert.Is(400, otherFilter, "continuation");
        ProblemAssert.Is(400, otherList, "continuation");
        ProblemAssert.Is(400, tampered, "continuation");
    }

    [Fact]
    public async Task GivenAClientWithFiveInvoices_WhenListedTwoAtATime_ThenThreePagesByInvoiceIdAndTheLastHasNoContinuation()
    {
        fixture.SetDay();
        var client = $"pager-{Guid.NewGuid():N}"[..20];
        var seeded = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            seeded.Add((await fixture.SeedAsync(client))[0].Value);
        }

        var team = fixture.As(StaffKeys.Team);
        var pages = new List<ApiReply>();
        string? token = null;
        do
        {
            var reply = await team.GetAsync($"/api/clients/{client}/invoices?limit=2{(token is null ? string.Empty : "&continuation=" + Uri.EscapeDataString(token))}");
            Assert.True(reply.Status == 200, reply.ToString());
            pages.Add(reply);
            token = reply["continuation"];
        }
        while (token is not null);

        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.GetArrayLength()));
        Assert.Equal(seeded.Order(StringComparer.Ordinal), pages.SelectMany(p => p.Items.EnumerateArray()).Select(i => i.GetProperty("invoiceId").GetString()));
        Assert.Equal(JsonValueKind.Null, pages[^1].Json.GetProperty("continuation").ValueKind);
    }

    [Fact]
    public async Task GivenThreeChangesToAnInvoice_WhenItsAuditIsPagedByTwo_ThenTwoPagesOldestFirst()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);
        foreach (var due in new[] { "2026-04-17", "2026-04-20", "2026-04-21" })
        {
            Assert.Equal(200, (await team.PostAsync($"/api/invoices/{id}/deferrals", new { newDueDate = due, reason = "client in hospital" })).Status);
        }

        var auditor = fixture.As(StaffKeys.Auditor);
        var first = await auditor.GetAsync($"/api/audit?invoiceId={id}&limit=2");
        var second = await auditor.GetAsync($"/api/audit?invoiceId={id}&limit=2&continuation={Uri.EscapeDataString(first["continuation"]!)}");

        Assert.Equal(
            ["newDueDate=2026-04-17", "newDueDate=2026-04-20", "newDueDate=2026-04-21"],
            first.Items.EnumerateArray().Concat(second.Items.EnumerateArray()).Select(r => r.GetProperty("details").GetString()));
        Assert.Null(second["continuation"]);
    }

    [Fact]
    public async Task GivenPendingDeferralRequests_WhenPagedByOne_ThenEachOnceOldestFirst()
    {
        fixture.SetDay();
        var team = fixture.As(StaffKeys.Team);
        var made = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var id = await fixture.SeedOneAsync();
            var reply = await team.PostAsync($"/api/invoices/{id}/deferral-requests", new { newDueDate = "2026-09-18", reason = "long hospital stay" });
            Assert.True(reply.Status == 202, reply.ToString());
            made.Add(reply["requestId"]!);
            fixture.Clock.SetDay(StaffApiFixture.Today, new TimeOnly(9, i + 1));
        }

        var listed = await fixture.As(StaffKeys.Supervisor).GetAllAsync("/api/deferral-requests?status=pending&limit=1");

        var ids = listed.Select(r => r.GetProperty("requestId").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(made, ids.Where(made.Contains));
    }

    private IUnmatchedPaymentStore Store => fixture.Api.Services.GetRequiredService<IUnmatchedPaymentStore>();

    private UnmatchedPayment Unmatched(string paymentId, DateOnly booked) => new(
        UnmatchedPayment.IdFor(paymentId), paymentId, "viitteet.txt", Money.Of(12.40m), false, booked, booked,
        "12345614", "no invoice has this reference", fixture.Clock.GetUtcNow(), UnmatchedPayment.Open, null, null, null);
}

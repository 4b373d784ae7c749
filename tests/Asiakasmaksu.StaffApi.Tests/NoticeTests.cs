using System.Text.Json;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Rendering;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/invoices/{id}/notices and …/notices/{noticeId}/file: an invoice's notices and their rendered files, as the outbox kept them.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class NoticeTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAnInvoiceWhoseLetterWasDelivered_WhenItsNoticesAreListedAndTheFileOpened_ThenTheLetterIsThePdfTheOutboxKept()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var auditor = fixture.As(StaffKeys.Auditor);
        var before = await auditor.GetAsync($"/api/invoices/{id}/notices");
        var notYet = await auditor.GetAsync($"/api/invoices/{id}/notices/{id}-0001/file");

        var delivered = await DispatchAsync(id);
        var list = await auditor.GetAsync($"/api/invoices/{id}/notices");
        var file = await auditor.GetAsync($"/api/invoices/{id}/notices/{id}-0001/file");

        Assert.True(before.Status == 200, before.ToString());
        var pending = Assert.Single(before.Json.GetProperty("notices").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, pending.GetProperty("channel").ValueKind);
        Assert.False(pending.GetProperty("hasFile").GetBoolean());
        ProblemAssert.Is(404, notYet);
        Assert.Contains("not been sent yet", notYet.Detail, StringComparison.Ordinal);

        Assert.Single(delivered);
        Assert.True(list.Status == 200, list.ToString());
        var notice = Assert.Single(list.Json.GetProperty("notices").EnumerateArray());
        Assert.Equal($"{id}-0001", notice.GetProperty("noticeId").GetString());
        Assert.Equal("invoice", notice.GetProperty("kind").GetString());
        Assert.Equal("2026-03-02", notice.GetProperty("date").GetString());
        Assert.Equal("2026-03-19", notice.GetProperty("dueDate").GetString());
        Assert.Equal("letter", notice.GetProperty("channel").GetString());
        Assert.Equal(JsonValueKind.String, notice.GetProperty("sentAt").ValueKind);
        Assert.True(notice.GetProperty("hasFile").GetBoolean());
        Assert.True(file.Status == 200, file.ToString());
        Assert.Equal("application/pdf", file.MediaType);
        Assert.StartsWith("%PDF-", file.Body, StringComparison.Ordinal);
        Assert.Equal("X-Content-Type-Options: nosniff", file.SecurityHeaders); // no sandbox: it would block the browser's PDF viewer
    }

    [Fact]
    public async Task GivenAnInvoice_WhenANoticeItNeverCausedOrAnUnknownInvoiceIsAsked_Then404AndABadNoticeId400()
    {
        fixture.SetDay();
        var id = await fixture.SeedOneAsync();
        var team = fixture.As(StaffKeys.Team);

        var other = await team.GetAsync($"/api/invoices/{id}/notices/{id}-0009/file");
        var unknown = await team.GetAsync("/api/invoices/aaaaaaaa-bbbbbbbbbbbbbbbb/notices");
        var bad = await team.GetAsync($"/api/invoices/{id}/notices/not%20an%20id/file");

        ProblemAssert.Is(404, other);
        ProblemAssert.Is(404, unknown);
        ProblemAssert.Is(400, bad, "noticeId");
    }

    [Fact]
    public async Task GivenNoIdentity_WhenNoticesAreRead_Then401()
    {
        var id = await fixture.SeedOneAsync();

        ProblemAssert.Is(401, await fixture.As(null).GetAsync($"/api/invoices/{id}/notices"));
    }

    /// <summary>Delivers the invoice's pending notices as the hosts' dispatcher does, into the archive the API reads (PDF letters).</summary>
    private async Task<IReadOnlyList<DispatchedNotice>> DispatchAsync(Domain.Invoices.InvoiceId id)
    {
        var archive = fixture.Api.Services.GetRequiredService<INoticeArchive>();
        var emails = Path.Combine(Path.GetTempPath(), $"staff-notices-{Guid.NewGuid():N}");
        var dispatcher = new OutboxDispatcher(fixture.Api.Outbox, new NoticeRenderer(IssuerProfile.Example), IssuerProfile.Example, new EmlFolderSender(emails), archive, fixture.Clock, new DispatchOptions());
        return await dispatcher.DispatchForInvoiceAsync(id, CancellationToken.None);
    }
}

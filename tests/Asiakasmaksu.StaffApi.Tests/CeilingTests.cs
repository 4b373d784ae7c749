using System.Globalization;
using System.Text;
using System.Text.Json;
using Asiakasmaksu.Testing;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// GET /api/clients/{clientId}/ceiling and POST /api/clients/{clientId}/ceiling/statement on the
/// real host, the accounts made by a real billing import (2024: ceiling 762 €).
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class CeilingTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenAClientPastTheCeiling_WhenAnyRoleReadsIt_ThenAccruedRemainingFreeCardAndLinesWithBilledAndCharged()
    {
        fixture.SetDay();
        var client = await ImportAsync();

        var reply = await fixture.As(StaffKeys.Auditor).GetAsync($"/api/clients/{client}/ceiling?year=2024");

        Assert.True(reply.Status == 200, reply.ToString());
        Assert.Equal(("762.00", "762.00", "0.00"), (reply["ceiling"], reply["accrued"], reply["remaining"]));
        Assert.Equal("2024-02-03", reply.Json.GetProperty("freeCard").GetProperty("from").GetString());
        var lines = reply.Json.GetProperty("lines").EnumerateArray().Select(l => (
            l.GetProperty("serviceDate").GetString(), l.GetProperty("billed").GetString(), l.GetProperty("charged").GetString(), l.GetProperty("towardCeiling").GetString(), l.GetProperty("clientId").GetString())).ToList();
        Assert.Equal(
            [("2024-01-10", "400.00", "400.00", "400.00", client), ("2024-02-03", "500.00", "362.00", "362.00", client), ("2024-02-05", "80.00", "0.00", "0.00", client)],
            lines);
        Assert.EndsWith("/J1", reply.Json.GetProperty("lines")[0].GetProperty("key").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GivenTheInvoiceThatReachedTheCeiling_WhenCancelledThroughTheApi_ThenTheFreeCardIsRevokedWithANotice()
    {
        fixture.SetDay();
        var client = await ImportAsync();
        var february = (await fixture.Api.Invoices.ListForClientAsync(client, CancellationToken.None).ToListAsync()).Single(s => s.Amount.Euros == 362m).Id;

        var cancel = await fixture.As(StaffKeys.Supervisor).PostAsync($"/api/invoices/{february}/cancellation", new { reason = "erroneous_invoice", note = "billed twice" });
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/clients/{client}/ceiling?year=2024");

        Assert.True(cancel.Status == 200, cancel.ToString());
        Assert.Equal(("400.00", "362.00"), (reply["accrued"], reply["remaining"]));
        Assert.Equal(JsonValueKind.Null, reply.Json.GetProperty("freeCard").ValueKind);
        var revoked = Assert.Single(await NoticesAsync(client, NoticeKind.FreeCardRevoked));
        Assert.Equal(new DateOnly(2024, 2, 3), revoked.Details.Ceiling!.RevokedFrom);
    }

    [Fact]
    public async Task GivenATeamMember_WhenAskingForTheStatementTwice_ThenOneNoticeIsQueuedWithEveryLineAndBothAreAudited()
    {
        fixture.SetDay();
        var client = await ImportAsync();
        var team = fixture.As(StaffKeys.Team);

        var first = await team.PostAsync($"/api/clients/{client}/ceiling/statement", new { year = 2024 });
        var retry = await team.PostAsync($"/api/clients/{client}/ceiling/statement", new { year = 2024, note = "client asked again by phone" });

        Assert.True(first.Status == 200, first.ToString());
        Assert.Equal(("queued", first["noticeId"]), (retry["outcome"], retry["noticeId"]));
        var statement = Assert.Single(await NoticesAsync(client, NoticeKind.CeilingStatement));
        Assert.Equal(first["noticeId"], statement.Id);
        Assert.Equal(3, statement.Details.Ceiling!.Lines.Count);
        Assert.Equal(new DateOnly(2024, 2, 3), statement.Details.Ceiling.FreeCardFrom);
        var audit = await fixture.Api.Audit.QueryAsync(new Application.Audit.AuditQuery(null, client, null, null), CancellationToken.None).ToListAsync();
        Assert.Equal(2, audit.Count(a => a.Action == "ceiling_statement" && a.Outcome == "applied"));
    }

    [Fact]
    public async Task GivenAnAuditor_WhenAskingForTheStatement_Then403AndNothingQueued()
    {
        fixture.SetDay();
        var client = await ImportAsync();

        var reply = await fixture.As(StaffKeys.Auditor).PostAsync($"/api/clients/{client}/ceiling/statement", new { year = 2024 });

        ProblemAssert.Is(403, reply);
        Assert.Empty(await NoticesAsync(client, NoticeKind.CeilingStatement));
    }

    [Theory]
    [InlineData("/ceiling?year=1999", 400, "year")]
    [InlineData("/ceiling?year=twenty", 400, "year")]
    public async Task GivenABadYear_WhenReading_Then400NamingYear(string path, int status, string field)
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync($"/api/clients/someone{path}");

        ProblemAssert.Is(status, reply, field);
    }

    [Fact]
    public async Task GivenAClientWithNoCeilingFees_WhenAskingForTheStatement_Then404AndTheEmptyAccountReads()
    {
        fixture.SetDay();
        var client = $"nobody-{Guid.NewGuid():N}"[..20];

        var statement = await fixture.As(StaffKeys.Team).PostAsync($"/api/clients/{client}/ceiling/statement", new { year = 2024 });
        var read = await fixture.As(StaffKeys.Team).GetAsync($"/api/clients/{client}/ceiling?year=2024");

        ProblemAssert.Is(404, statement);
        Assert.Equal(("0.00", "762.00"), (read["accrued"], read["remaining"]));
        Assert.Empty(read.Json.GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public async Task GivenABadStatementBody_Then400NamingYear()
    {
        var reply = await fixture.As(StaffKeys.Team).PostAsync("/api/clients/someone/ceiling/statement", new { year = "2024" });

        ProblemAssert.Is(400, reply, "year");
    }

    /// <summary>
    /// Imports a fresh client's 2024 fees: JAN 400 € on 10.1. (invoice 1.2.), FEB 500 € on 3.2., which
    /// reaches 762 (charged 362), and 80 € on 5.2., free (invoice 1.3.). Returns the client id.
    /// </summary>
    private async Task<string> ImportAsync()
    {
        var client = $"ceil-{Guid.NewGuid():N}"[..20];
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder("batch_id,line_id,client_id,name,street,postal_code,city,language,service_code,service_date,amount,ceiling,invoice_date\n");
        foreach (var (batch, line, date, amount, invoiceDate) in new[]
        {
            ("JAN", "J1", "2024-01-10", 400m, "2024-02-01"), ("FEB", "F1", "2024-02-03", 500m, "2024-03-01"), ("FEB", "F2", "2024-02-05", 80m, "2024-03-01"),
        })
        {
            csv.Append(CultureInfo.InvariantCulture, $"{batch}-{suffix},{line},{client},Aino Asiakas,Kauppakatu 1,00100,Helsinki,fi,TK-VASTAANOTTO,{date},{amount:0.00},1,{invoiceDate}\n");
        }

        var import = new BillingImport(fixture.Api.Invoices, SeedInvoices.Rules, fixture.Clock, fixture.Api.Services.GetRequiredService<ICeilingStore>(), fixture.Api.Outbox);
        var report = await import.RunAsync("ceiling.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), new CsvRejectionSink(Stream.Null), null, null, CancellationToken.None);
        Assert.Equal((3, 0, 2), (report.Accepted, report.Rejected, report.InvoicesCreated));
        return client;
    }

    private async Task<List<Notice>> NoticesAsync(string client, NoticeKind kind) =>
        await fixture.Api.Outbox.PendingAsync(new DateTimeOffset(2100, 1, 1, 0, 0, 0, TimeSpan.Zero), 100_000, CancellationToken.None)
            .Select(e => e.Notice).Where(n => n.ClientId == client && n.Kind == kind).ToListAsync();
}

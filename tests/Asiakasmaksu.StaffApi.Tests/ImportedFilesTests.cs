using Asiakasmaksu.Application.Files;
using Asiakasmaksu.Application.Import;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;
using Asiakasmaksu.Testing.Docs;
using Microsoft.Extensions.DependencyInjection;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>GET /api/billing-files (with the rejected lines as CSV) and GET /api/payment-files, filled by the hosts' import use cases on Azurite.</summary>
[Collection(StaffApiCollection.Name)]
public sealed class ImportedFilesTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenTwoBillingFiles_WhenListedAPageAtATime_ThenNewestFirstWithTheirCountsAndTheRejectedLinesAsCsv()
    {
        fixture.SetDay();
        var (older, newer) = (TestBillingFile.NewBatch(), TestBillingFile.NewBatch());
        await fixture.Api.ImportBillingFileAsync($"{older}.csv", TestBillingFile.Of(older, [("C-" + older, "Vanha Veikko", null)]), TestBillingFile.ImportClock(60));
        await fixture.Api.ImportBillingFileAsync($"{newer}.csv", TestBillingFile.Of(newer, [("C-" + newer, "Uusi Ulla", null), ("D-" + newer, "Uusi Uolevi", null)], rejected: 1), TestBillingFile.ImportClock(61));
        var office = fixture.As(StaffKeys.Auditor);

        var files = await office.GetAllAsync("/api/billing-files?limit=1");

        var names = files.Select(f => f.GetProperty("fileName").GetString()).ToList();
        Assert.True(names.IndexOf($"{newer}.csv") is >= 0 and var i && i < names.IndexOf($"{older}.csv"), string.Join(", ", names));
        var file = files.Single(f => f.GetProperty("fileName").GetString() == $"{newer}.csv");
        Assert.Equal(3, file.GetProperty("lines").GetInt32());
        Assert.Equal(2, file.GetProperty("accepted").GetInt32());
        Assert.Equal(1, file.GetProperty("rejected").GetInt32());
        Assert.Equal(2, file.GetProperty("invoicesCreated").GetInt32());
        Assert.Equal("80.00", file.GetProperty("amount").GetString());
        Assert.True(file.GetProperty("hasRejectedLines").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("refusal").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("stopped").ValueKind);
        Assert.Equal("2026-03-02T07:01:00.0000000+00:00", file.GetProperty("readAt").GetString());
        var quiet = files.Single(f => f.GetProperty("fileName").GetString() == $"{older}.csv");
        Assert.False(quiet.GetProperty("hasRejectedLines").GetBoolean());

        var csv = await office.GetAsync($"/api/billing-files/{file.GetProperty("id").GetString()}/rejected-lines");
        var none = await office.GetAsync($"/api/billing-files/{quiet.GetProperty("id").GetString()}/rejected-lines");

        Assert.True(csv.Status == 200, csv.ToString());
        Assert.Equal("text/csv", csv.MediaType);
        Assert.Contains("amount", csv.Body, StringComparison.Ordinal);
        Assert.Contains($"R-{newer}-0", csv.Body, StringComparison.Ordinal);
        Assert.Equal(2, csv.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        ProblemAssert.Is(404, none);
    }

    [Fact]
    public async Task GivenAFileRefusedWhole_WhenListed_ThenItsRefusalIsShownAndItsReportDownloadable()
    {
        fixture.SetDay();
        var batch = TestBillingFile.NewBatch();
        await fixture.Api.ImportBillingFileAsync($"{batch}.csv", "this is not;a billing file\n1;2\n", TestBillingFile.ImportClock(90));

        var file = (await fixture.As(StaffKeys.Team).GetAllAsync("/api/billing-files")).Single(f => f.GetProperty("fileName").GetString() == $"{batch}.csv");
        var report = await fixture.As(StaffKeys.Team).GetAsync($"/api/billing-files/{file.GetProperty("id").GetString()}/rejected-lines");

        Assert.False(string.IsNullOrEmpty(file.GetProperty("refusal").GetString()));
        Assert.Equal(0, file.GetProperty("invoicesCreated").GetInt32());
        Assert.True(report.Status == 200, report.ToString());
    }

    /// <summary>An import stopped by a slice that failed on every retry (logged as the import orchestration logs it, docs/billing-file.md): the reason and the counts until then.</summary>
    [Fact]
    public async Task GivenAnImportThatStopped_WhenListed_ThenWhyItStoppedIsShownBesideWhatWasImportedAndItIsNoRefusal()
    {
        var batch = TestBillingFile.NewBatch();
        var counts = new ImportCounts(Lines: 40, Accepted: 39, Rejected: 1, Duplicates: 0, Warnings: 0, InvoicesCreated: 20, InvoicesAlreadyImported: 0, AmountCreated: 812.40m);
        var outcome = new ImportOutcome($"{batch}.csv", counts.Report($"{batch}.csv", "hash", []), null, null, BillingFileImportSteps.StoppedReason(20));
        await fixture.Api.Services.GetRequiredService<ImportBookkeeping>().LogBillingFileAsync(outcome, fixture.Clock.GetUtcNow(), CancellationToken.None);

        var file = (await fixture.As(StaffKeys.Team).GetAllAsync("/api/billing-files")).Single(f => f.GetProperty("fileName").GetString() == $"{batch}.csv");

        Assert.Equal(BillingFileImportSteps.StoppedReason(20), file.GetProperty("stopped").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, file.GetProperty("refusal").ValueKind);
        Assert.Equal((40, 20, "812.40"), (file.GetProperty("lines").GetInt32(), file.GetProperty("invoicesCreated").GetInt32(), file.GetProperty("amount").GetString()));
    }

    [Theory]
    [InlineData("/api/billing-files/..%2F..%2Fetc/rejected-lines", 400, "fileId")]
    [InlineData("/api/billing-files/0000000000000000000-000000000000/rejected-lines", 404, null)]
    [InlineData("/api/billing-files?limit=0", 400, "limit")]
    [InlineData("/api/payment-files?limit=1001", 400, "limit")]
    [InlineData("/api/billing-files?continuation=not-ours", 400, "continuation")]
    public async Task GivenABadRequest_WhenReadingFiles_ThenAProblemNamingTheField(string path, int status, string? field)
    {
        var reply = await fixture.As(StaffKeys.Team).GetAsync(path);

        ProblemAssert.Is(status, reply, field);
    }

    [Theory]
    [InlineData("/api/billing-files")]
    [InlineData("/api/payment-files")]
    [InlineData("/api/billing-files/0000000000000000000-000000000000/rejected-lines")]
    [InlineData("/api/work/enforcement")]
    [InlineData("/api/work/rectification-claims")]
    public async Task GivenNoIdentity_WhenReadingTheOfficesLists_Then401(string path)
    {
        var reply = await fixture.As(null).GetAsync(path);

        ProblemAssert.Is(401, reply);
    }

    [Fact]
    public async Task GivenTheBanksFileOfTheExample_WhenApplied_ThenThePaymentFileIsListedWithItsUnmatchedCount()
    {
        fixture.SetDay();
        var name = $"ktl-{Guid.NewGuid():N}.txt";
        var outcome = await fixture.Api.ImportPaymentFileAsync(name, DocPages.Example("payments.md", "payments.ktl").Text + "\n");
        Assert.NotNull(outcome.Report);

        var files = await fixture.As(StaffKeys.Auditor).GetAllAsync("/api/payment-files?limit=2");

        var file = files.Single(f => f.GetProperty("fileName").GetString() == name);
        Assert.Equal("ktl", file.GetProperty("format").GetString());
        Assert.Equal(2, file.GetProperty("payments").GetInt32());
        Assert.Equal(outcome.Report!.Applied, file.GetProperty("applied").GetInt32());
        Assert.Equal(outcome.Report.Unmatched, file.GetProperty("unmatched").GetInt32());
        Assert.Equal(outcome.Report.UnmatchedAmount.ToString(), file.GetProperty("unmatchedAmount").GetString());
        Assert.False(file.GetProperty("hasRejectedLines").GetBoolean());
    }
}

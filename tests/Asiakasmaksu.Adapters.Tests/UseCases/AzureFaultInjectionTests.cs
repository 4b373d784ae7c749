using Asiakasmaksu.Adapters.AzureTables;
using Asiakasmaksu.Adapters.Files;
using Asiakasmaksu.Adapters.SendGridMail;
using Asiakasmaksu.Adapters.Tests.Azurite;
using Asiakasmaksu.Adapters.Tests.Store;
using Asiakasmaksu.Testing;
using Asiakasmaksu.Testing.Faults;
using Azure.Data.Tables;
using Xunit.Abstractions;

namespace Asiakasmaksu.Adapters.Tests.UseCases;

/// <summary>
/// Issue 17, proof, on Azure Tables in Azurite: the fault-injection table's cases whose safety rests
/// on what the Azure stores promise (the invoice, its outbox notices and its pending audit record in
/// one transaction; the audit log keeping the first of a record id; the deferral-request, fee-reduction
/// and unmatched-payment stores' conditional writes; the outbox's claims), each with the stores
/// failing at the k-th call for every k, then retried. The in-memory run of every case is in
/// Asiakasmaksu.Application.Tests (StaffChangeFaultTests, DeliveryFaultTests).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureFaultInjectionTests(AzuriteFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] OnAzurite =
    [
        "deferral",
        "deferral request",
        "deferral request decision (approval)",
        "deferral request expiry (5 bank days undecided)",
        "payment recording",
        "cancellation (erroneous invoice)",
        "unmatched payment allocation",
        "fee-reduction decision",
    ];

    public static TheoryData<string> Cases => [.. OnAzurite];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GivenAStaffChangeOnAzure_WhenEachCallFailsInTurnThenTheRequestIsRetried_ThenNothingIsLostOrDoubled(string name)
    {
        var result = await CrashRerun.RunAsync(StaffChangeCases.All.Single(c => c.Name == name), PortsAsync);

        output.WriteLine($"{name} (Azurite): {result.CrashPoints} crash points tried; {result.Problems.Count} lost or doubled");
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.Equal((result.CrashPoints, true), (CrashPointsTable.Row(name).CrashPoints, CrashPointsTable.Row(name).OnAzurite));
    }

    [Fact]
    public void GivenTheCrashPointsTable_ThenTheOperationsMarkedAzuriteAreTheOnesRunHere()
    {
        Assert.Equal([.. OnAzurite.Append("delivery").Order(StringComparer.Ordinal)], CrashPointsTable.Rows().Where(r => r.OnAzurite).Select(r => r.Operation).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GivenPendingNoticesOnAzure_WhenEachCallOfAPassFailsInTurnThenTheSweeperPassesAgain_ThenEachNoticeIsReceivedOnce()
    {
        // SendGrid's lost answer sends twice (docs/notices.md); the crash points are those of the in-memory run.
        string[] known =
        [
            "crash point 5 (IEmailSender.SendAsync answered): doubled: notice lokq454u-6xpitqaztf7g724u-0001 received ×2",
            "crash point 17 (IEmailSender.SendAsync answered): doubled: notice lokq454u-6xpitqaztf7g724u-0002 received ×2",
        ];

        var result = await DeliveryCrashRerun.RunAsync(PortsAsync, Sinks, known);

        output.WriteLine($"delivery (Azurite): {result.CrashPoints} crash points tried; {result.Problems.Count} lost or doubled");
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.Equal(result.CrashPoints, CrashPointsTable.Row("delivery").CrashPoints);
    }

    /// <summary>New Azure stores, each with tables of its own.</summary>
    private async Task<Ports> PortsAsync()
    {
        var store = await AzureStores.NewAsync(fixture, "faults");
        return new Ports(
            store,
            store,
            new AzureAuditLog(await TableAsync("faultaudit")),
            new AzureDeferralRequestStore(await TableAsync("faultrequests")),
            new AzureUnmatchedPaymentStore(await TableAsync("faultunmatched")),
            new AzureFeeReductionStore(await TableAsync("faultreductions")),
            new AzureCeilingStore(await TableAsync("faultceilings")),
            new AzureIdempotencyStore(await TableAsync("faultkeys")));
    }

    private async Task<TableClient> TableAsync(string prefix)
    {
        var table = new TableClient(fixture.ConnectionString, TestNames.Table(prefix));
        await table.CreateIfNotExistsAsync();
        return table;
    }

    /// <summary>SendGrid's stand-in (every request a mail the client gets) and a letter folder (a rewritten letter replaces the file).</summary>
    private static DeliverySinks Sinks()
    {
        var sendGrid = new SendGridStub();
        var letters = Directory.CreateTempSubdirectory("fault-letters-").FullName;
        return new DeliverySinks(
            new SendGridEmailSender(new SendGridOptions { ApiKey = "SG.test-key-not-real", Host = sendGrid.Host }),
            new FolderNoticeArchive(letters),
            () => sendGrid.NoticeIds
                .Concat(Directory.EnumerateFiles(letters, "*", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).OfType<string>())
                .GroupBy(id => id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            async () =>
            {
                await sendGrid.DisposeAsync();
                Directory.Delete(letters, recursive: true);
            });
    }
}

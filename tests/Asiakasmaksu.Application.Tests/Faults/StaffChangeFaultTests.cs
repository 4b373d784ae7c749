using Asiakasmaksu.Adapters.InMemory;
using Asiakasmaksu.Testing.Faults;
using Xunit.Abstractions;

namespace Asiakasmaksu.Application.Tests.Faults;

/// <summary>
/// Issue 17, proof: each staff change the staff API offers, with the stores failing at the k-th
/// call for every k of a clean run, then the same request retried (same Idempotency-Key) and the
/// invoices woken: nothing lost or doubled (<see cref="CrashRerun"/>, table <see cref="StaffChangeCases"/>).
/// </summary>
public sealed class StaffChangeFaultTests(ITestOutputHelper output)
{
    public static TheoryData<string> Cases => [.. StaffChangeCases.All.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task GivenAStaffChange_WhenEachCallFailsInTurnThenTheRequestIsRetried_ThenNothingIsLostOrDoubled(string name)
    {
        var result = await CrashRerun.RunAsync(StaffChangeCases.All.Single(c => c.Name == name), InMemoryPortsAsync);

        output.WriteLine($"{name}: {result.CrashPoints} crash points tried; {result.Problems.Count} lost or doubled; known: {string.Join("; ", result.Known)}");
        Assert.True(result.Problems.Count == 0, string.Join('\n', result.Problems));
        Assert.True(result.CrashPoints >= 3, $"only {result.CrashPoints} crash points");
        Assert.Equal(result.CrashPoints, CrashPointsTable.Row(name).CrashPoints);
    }

    [Fact]
    public void GivenTheCrashPointsTable_ThenItHasARowForEachOperationTried_AndItsTotalsAreTheSumOfItsRows()
    {
        var rows = CrashPointsTable.Rows();
        var text = Testing.Docs.DocPages.Text("storage.md");

        Assert.Equal([.. StaffChangeCases.All.Select(c => c.Name), "delivery"], rows.Select(r => r.Operation));
        Assert.Contains($"| {rows.Sum(r => r.CrashPoints)} in memory, {rows.Where(r => r.OnAzurite).Sum(r => r.CrashPoints)} of them again on Azurite (table below) |", text, StringComparison.Ordinal);
    }

    /// <summary>New in-memory stores (one for invoices and their outbox, as in the hosts).</summary>
    internal static Task<Ports> InMemoryPortsAsync()
    {
        var store = new InMemoryStore();
        return Task.FromResult(new Ports(
            store,
            store,
            new InMemoryAuditLog(),
            new InMemoryDeferralRequestStore(),
            new InMemoryUnmatchedPaymentStore(),
            new InMemoryFeeReductionStore(),
            new InMemoryCeilingStore(),
            new InMemoryIdempotencyStore()));
    }
}

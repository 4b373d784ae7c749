using Asiakasmaksu.Application.Tests.Payments;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Application.Tests.Corpus;

/// <summary>
/// The bank payment file corpus (<c>Corpus/payments</c>, issue 21): KTL and camt.054 files that are
/// broken, hostile (a DTD with an external entity) or name payments no invoice may take (a payment
/// dated before the invoice existed, an unknown or broken reference). Each is refused whole naming
/// where, or its payment goes to the unmatched list with the reason; no invoice changes, nothing
/// crashes, and no refusal quotes the payer's name.
/// </summary>
public sealed class PaymentCorpusTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Corpus", "payments");

    public static TheoryData<string> Files => [.. Directory.EnumerateFiles(Folder).Where(f => !f.EndsWith(".expected", StringComparison.Ordinal)).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task EveryBadPaymentFile_IsRefusedOrListedUnmatched_AndNoInvoiceChanges(string name)
    {
        var expected = File.ReadAllText(Path.Combine(Folder, name + ".expected")).Trim();
        var kit = await PaymentKit.CreateAsync();

        var outcome = await kit.RunAsync(await File.ReadAllBytesAsync(Path.Combine(Folder, name)), name);

        if (expected.StartsWith("refused", StringComparison.Ordinal))
        {
            var refusal = Assert.IsType<Domain.Payments.PaymentFileResult.Refused>(outcome.Refusal);
            Assert.Contains(expected["refused".Length..].Trim(), $"{refusal.Location} {refusal.Reason}", StringComparison.Ordinal);
            Assert.DoesNotContain("KELÄ", $"{refusal.Location} {refusal.Reason}".ToUpperInvariant(), StringComparison.Ordinal);
            Assert.Empty(await kit.UnmatchedAsync());
        }
        else
        {
            var parts = expected.Split(' ', 3);
            Assert.Equal("unmatched", parts[0]);
            Assert.Equal((0, 1), (outcome.Report!.Applied, outcome.Report.Unmatched));
            var entry = Assert.Single(await kit.UnmatchedAsync());
            Assert.Equal($"bank:{parts[1]}", entry.PaymentId);
            Assert.Contains(parts[2], entry.Reason, StringComparison.Ordinal);
        }

        foreach (var id in kit.Invoices)
        {
            var state = await kit.StateAsync(id);
            Assert.Equal((1, Domain.Money.Of(20.90m)), (state.Version, state.Ledger.Principal));
            Assert.IsType<OpenInvoice>(state);
        }
    }
}

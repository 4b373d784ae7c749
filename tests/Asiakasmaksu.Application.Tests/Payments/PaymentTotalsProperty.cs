using Asiakasmaksu.Domain;
using Asiakasmaksu.Testing;
using CsCheck;
using L = Asiakasmaksu.Testing.KtlFileBuilder.Line;

namespace Asiakasmaksu.Application.Tests.Payments;

public sealed class PaymentTotalsProperty
{
    /// <summary>Where a generated payment points: one of three invoices, an unknown reference, none.</summary>
    private static readonly Gen<(int Target, int Cents, bool Correction)> Payment =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 5_000], Gen.Int[0, 9].Select(n => n == 0));

    [Fact]
    public async Task Property_AppliedPlusUnmatched_IsTheFileTotal_AndARereadOnlyFindsDuplicates()
    {
        var kit = await PaymentKit.CreateAsync(3);
        var references = kit.Invoices.Select(PaymentKit.Reference).Append("12345672").Append("0").ToArray();
        var run = 0;

        await Payment.List[0, 12].SampleAsync(async generated =>
        {
            // Fresh archive ids per sample; invoices carry over, so later samples also meet closed invoices and credits.
            var sample = Interlocked.Increment(ref run);
            var lines = generated.Select((g, i) => new L($"R{sample}P{i}", references[g.Target], g.Cents, PaymentKit.PaidDay, g.Correction)).ToList();
            var file = KtlFileBuilder.Bytes(lines);

            var report = (await kit.RunAsync(file)).Report!;
            var again = (await kit.RunAsync(file)).Report!;

            var total = lines.Aggregate(Money.Zero, (s, l) => s + (l.Correction ? -Money.FromCents(l.Cents) : Money.FromCents(l.Cents)));
            Assert.Equal(total, report.FileTotal);
            Assert.Equal(report.FileTotal, report.AppliedAmount + report.UnmatchedAmount);
            Assert.Equal(0, report.Duplicates);
            Assert.Equal(lines.Count, report.Applied + report.Unmatched + (2 * report.Cancelled));
            Assert.Equal((0, 0), (again.Applied, again.Unmatched));
            Assert.Equal(report.FileTotal, again.DuplicateAmount);
        }, iter: 40, threads: 1); // one at a time: samples share the invoices, and a file's totals are only its own when no other file runs meanwhile
    }
}

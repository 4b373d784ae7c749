using Asiakasmaksu.Domain.Payments;
using CsCheck;
using static Asiakasmaksu.Domain.Tests.Payments.KtlBuilder;

namespace Asiakasmaksu.Domain.Tests.Payments;

public class KtlProperties
{
    private static readonly Gen<(long Cents, bool Correction)[]> Payments =
        Gen.Select(Gen.Long[1, 99_999_999], Gen.Int[0, 5].Select(n => n == 0)).Array[0, 20];

    [Fact]
    public void AnyWellFormedBatch_ReadsBackEveryAmount_AndItsNetTotal() => Payments.Sample(payments =>
    {
        var read = Assert.IsType<PaymentFileResult.Read>(KtlReferenceFile.Parse(File(Build(payments))));

        Assert.Equal(payments.Select(p => (Money.FromCents(p.Cents), p.Correction)), read.Payments.Select(p => (p.Amount, p.IsReversal)));
        Assert.Equal(Money.FromCents(payments.Sum(p => p.Correction ? -p.Cents : p.Cents)), read.Total);
    });

    [Fact]
    public void AnyRecordCutOrLengthened_RefusesTheWholeFileAtThatLine() => Gen.Select(Payments.Where(p => p.Length > 0), Gen.Int[0, 100], Gen.Bool).Sample((payments, pick, cut) =>
    {
        var records = Build(payments);
        var index = pick % records.Length;
        records[index] = cut ? records[index][..89] : records[index] + " ";

        var refused = Assert.IsType<PaymentFileResult.Refused>(KtlReferenceFile.Parse(File(records)));

        Assert.StartsWith($"line {index + 1} ", refused.Location, StringComparison.Ordinal);
    });

    private static string[] Build((long Cents, bool Correction)[] payments) =>
    [
        Header(),
        .. payments.Select((p, i) => Payment($"ARCH{i:D6}", "12345672", p.Cents, correction: p.Correction)),
        Totals(payments.Count(p => !p.Correction), payments.Where(p => !p.Correction).Sum(p => p.Cents), payments.Count(p => p.Correction), payments.Where(p => p.Correction).Sum(p => p.Cents)),
    ];
}

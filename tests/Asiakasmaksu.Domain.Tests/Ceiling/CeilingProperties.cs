using Asiakasmaksu.Domain.Ceiling;
using CsCheck;
using static Asiakasmaksu.Domain.Tests.Ceiling.CeilingScenario;

namespace Asiakasmaksu.Domain.Tests.Ceiling;

/// <summary>Invariants of the ceiling account over random lines, billed in random batches with random cancellations (2024).</summary>
public class CeilingProperties
{
    private static readonly Money Ceiling = M(762m);
    private static readonly Money Daily = M(25.10m);

    private static readonly Gen<CeilingLine> Lines = Gen.Select(
        Gen.Int[0, 364],
        Gen.Int[1, 40000],
        Gen.Int[0, 9],
        Gen.Int[1, 14],
        (day, cents, kind, days) =>
        {
            var date = D(2024, 1, 1).AddDays(day);
            return kind switch
            {
                0 when date.AddDays(days - 1).Year == 2024 => new CeilingLine("k", "client-1", date, Money.FromCents(cents * days / 4 + 1), true, ServiceCategory.ShortTermInstitutionalCare, days),
                1 => new CeilingLine("k", "client-1", date, Money.FromCents(cents), false),
                _ => new CeilingLine("k", "client-1", date, Money.FromCents(cents), true),
            };
        });

    /// <summary>Lines with unique keys, each tagged with the batch it is billed in and whether it is later cancelled.</summary>
    private static readonly Gen<(CeilingLine Line, int Batch, bool Cancel)[]> Histories = Gen.Select(Lines, Gen.Int[0, 4], Gen.Int[0, 5], (l, b, c) => (l, b, c == 0)).Array[1, 40]
        .Select(xs => xs.Select((x, i) => (x.l with { LineKey = $"line-{i:D3}" }, x.b, x.Item3)).ToArray());

    [Fact]
    public void AfterEveryCommand_ChargesRespectTheCeiling_AndTheAccrualIsTheSumChargedTowardIt() => Histories.Sample(
        history =>
        {
            var account = CeilingAccount.Open("holder-1", 2024);
            foreach (var batch in history.GroupBy(h => h.Batch).OrderBy(g => g.Key))
            {
                account = Accept(account, Charge(D(2024, 12, 31), [.. batch.Select(h => h.Line)])).Account;
                Check(account);
            }

            var cancel = history.Where(h => h.Cancel).Select(h => h.Line.LineKey).ToArray();
            if (cancel.Length > 0)
            {
                account = Accept(account, new CeilingCommand.CancelLines(D(2024, 12, 31), [.. cancel])).Account;
                Check(account);
            }
        },
        iter: 500);

    [Fact]
    public void TheResult_DoesNotDependOnTheOrderLinesAreBilledIn() => Histories.Sample(
        history =>
        {
            var inBatches = CeilingAccount.Open("holder-1", 2024);
            foreach (var batch in history.GroupBy(h => h.Batch).OrderByDescending(g => g.Key))
            {
                inBatches = Accept(inBatches, Charge(D(2024, 12, 31), [.. batch.Select(h => h.Line)])).Account;
            }

            var atOnce = Given(2024, [.. history.Select(h => h.Line)]);
            Assert.Equal(atOnce.Lines, inBatches.Lines);
            Assert.Equal(atOnce.FreeCard, inBatches.FreeCard);
        },
        iter: 300);

    [Fact]
    public void CancellingLines_GivesTheSameAccountAsNeverBillingThem() => Histories.Sample(
        history =>
        {
            var cancel = history.Where(h => h.Cancel).Select(h => h.Line.LineKey).ToArray();
            var all = Given(2024, [.. history.Select(h => h.Line)]);
            var cancelled = cancel.Length == 0 ? all : Accept(all, new CeilingCommand.CancelLines(D(2024, 12, 31), [.. cancel])).Account;
            var kept = history.Where(h => !h.Cancel).Select(h => h.Line).ToArray();
            var never = kept.Length == 0 ? CeilingAccount.Open("holder-1", 2024) : Given(2024, kept);
            Assert.Equal(never.Lines, cancelled.Lines);
            Assert.Equal(never.FreeCard, cancelled.FreeCard);
        },
        iter: 300);

    private static void Check(CeilingAccount account)
    {
        var ceilingLines = account.Lines.Where(l => l.Line.CountsTowardCeiling).ToList();
        var towardCeiling = ceilingLines.Aggregate(Money.Zero, (s, l) => s + l.Charge.TowardCeiling);
        var charged = ceilingLines.Aggregate(Money.Zero, (s, l) => s + l.Charge.Total);
        var reducedDays = ceilingLines.Sum(l => l.Charge.ReducedDays);

        Assert.Equal(towardCeiling, account.Accrued);
        Assert.True(account.Accrued <= Ceiling, $"accrued {account.Accrued} above the ceiling");
        Assert.True(charged <= Ceiling + Money.FromCents(Daily.Cents * reducedDays), $"charged {charged} above ceiling + reduced fees");
        Assert.All(account.Lines, l => Assert.True(l.Charge.Total <= l.Line.Billed && !l.Charge.Total.IsNegative));
        Assert.All(account.Lines.Where(l => !l.Line.CountsTowardCeiling), l => Assert.Equal(l.Line.Billed, l.Charge.Total));
        Assert.Equal(account.Accrued == Ceiling, account.FreeCard is not null);
        if (account.FreeCard is { } card)
        {
            // Nothing after the card day accrues; nothing before the card day is reduced.
            Assert.All(ceilingLines.Where(l => l.Line.ServiceDate > card.From), l => Assert.True(l.Charge.TowardCeiling.IsZero));
            Assert.All(ceilingLines.Where(l => l.Line.LastDay < card.From), l => Assert.Equal(0, l.Charge.ReducedDays));
        }

        var fresh = CeilingCalculator.Compute(account.Lines.Select(l => l.Line), 2024, Ceiling, Daily);
        Assert.Equal(fresh.Lines, account.Lines);
        Assert.Equal(fresh.FreeCard, account.FreeCard);
    }
}

using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Domain;
using CsCheck;
using static Asiakasmaksu.Application.Tests.Import.ImportKit;

namespace Asiakasmaksu.Application.Tests.Import;

/// <summary>
/// The ceiling over imports in any split of the year's lines into billing files (in date order, as
/// files arrive month by month) and in any order within a file: what each line is charged does not
/// depend on the split, the accrual is what the invoices charged toward the ceiling, and the year's
/// charged ceiling fees never exceed the ceiling (762 € in 2024) plus reduced daily fees (25.10 €).
/// </summary>
public class CeilingImportProperties
{
    private static readonly string[] Clients = ["P1", "P2", "P3", "K1"];

    private static readonly Gen<Generated> GenLine =
        Gen.Select(Gen.Int[0, 3], Gen.Int[0, 330], Gen.Int[1, 30_000], Gen.Int[0, 9], Gen.Int[1, 10])
            .Select(t =>
            {
                var (client, day, cents, kind, days) = t;
                var care = kind >= 8;
                var amount = care ? days * Math.Max(20m, cents / 200m) : cents / 100m;
                return new Generated(Clients[client], new DateOnly(2024, 1, 1).AddDays(day), Math.Round(amount, 2), kind != 0, care ? days : 0);
            });

    [Fact]
    public async Task Property_AnySplitIntoFiles_ChargesTheSameAndNeverMoreThanTheCeilingPlusReducedFees()
    {
        var gen = Gen.Select(GenLine.List[1, 30], Gen.Int.List[0, 4], Gen.Int);
        await gen.SampleAsync(async t =>
        {
            var (raw, cuts, shuffleSeed) = t;

            // Distinct service dates per ceiling holder (K1 counts toward P1), so the charging order is the date order.
            var lines = raw
                .DistinctBy(l => (Holder(l.Client), l.Date))
                .OrderBy(l => l.Date)
                .Select((l, i) => (Id: $"L{i:D3}", Line: l))
                .ToList();
            var files = Split(lines, cuts, shuffleSeed);

            var single = NewStore();
            await RunAsync(NewImport(single), Csv([.. lines.Select(l => Row("ONE", l.Id, l.Line))]));
            var split = NewStore();
            for (var f = 0; f < files.Count; f++)
            {
                var (_, rejections) = await RunAsync(NewImport(split), Csv([.. files[f].Select(l => Row($"F{f}", l.Id, l.Line))]));
                Assert.Empty(rejections);
            }

            var charged = await ChargedByLineAsync(split);
            Assert.Equal(await ChargedByLineAsync(single), charged);

            foreach (var holder in new[] { "P1", "P2", "P3" })
            {
                var key = new CeilingKey(holder, 2024);
                var account = (await CeilingsOf(split).LoadAsync([key], CancellationToken.None))[key].Account;
                var ceilingLines = lines.Where(l => Holder(l.Line.Client) == holder && l.Line.Ceiling).ToList();
                var invoiced = ceilingLines.Aggregate(Money.Zero, (sum, l) => sum + charged.GetValueOrDefault(l.Id, Money.Zero));

                Assert.Equal(account.Accrued + account.ReducedFees, invoiced);
                Assert.True(account.Accrued <= Money.Of(762m));
                if (account.FreeCard is not null)
                {
                    var careDays = ceilingLines.Sum(l => l.Line.Days);
                    Assert.Equal(Money.Of(762m), account.Accrued);
                    Assert.True(invoiced <= Money.Of(762m + (25.10m * careDays)));
                }
                else
                {
                    Assert.Equal(ceilingLines.Aggregate(Money.Zero, (sum, l) => sum + Money.Of(l.Line.Amount)), invoiced);
                }
            }
        }, iter: 60);
    }

    private static string Holder(string client) => client == "K1" ? "P1" : client;

    /// <summary>Cuts the date-ordered lines into consecutive files at <paramref name="cuts"/>, each file in a shuffled order.</summary>
    private static List<List<(string Id, Generated Line)>> Split(List<(string Id, Generated Line)> lines, List<int> cuts, int seed)
    {
        var points = cuts.Select(c => Math.Abs(c % (lines.Count + 1))).Append(0).Append(lines.Count).Distinct().Order().ToList();
        var random = new Random(seed);
        return [.. points.Zip(points.Skip(1)).Select(p => lines[p.First..p.Second].OrderBy(_ => random.Next()).ToList())];
    }

    private static Dictionary<string, string> Row(string batch, string id, Generated l)
    {
        var changes = new List<(string, string)>
        {
            ("batch_id", batch), ("service_date", l.Date.ToString("yyyy-MM-dd")), ("invoice_date", "2024-12-31"), ("ceiling", l.Ceiling ? "1" : "0"),
        };
        if (l.Days > 0)
        {
            changes.Add(("service_category", "short_term_institutional_care"));
            changes.Add(("days", l.Days.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (l.Client == "K1")
        {
            changes.Add(("ceiling_holder_id", "P1"));
        }

        return Line(id, l.Client, l.Amount, [.. changes]);
    }

    /// <summary>What the invoices charge for each line id (a line free under a free card may be on no invoice: absent).</summary>
    private static async Task<Dictionary<string, Money>> ChargedByLineAsync(Store.IInvoiceStore store) =>
        (await AllAsync(store)).SelectMany(i => i.State.Facts.Lines).Where(l => l.Amount.IsPositive).ToDictionary(l => l.LineId, l => l.Amount);

    private sealed record Generated(string Client, DateOnly Date, decimal Amount, bool Ceiling, int Days);
}

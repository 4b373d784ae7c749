using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Rendering.Templating;

namespace Asiakasmaksu.Rendering.Model;

/// <summary>
/// Builds the <see cref="FeeReductionView"/> of a decision notice. The calculator's lines carry stable
/// codes (docs/ceiling.md); each code is worded from the string table (<c>calc.*</c>), and a code the
/// table does not know (a later calculator's) falls back to the calculator's English label, so a
/// notice never fails to render over a new line.
/// </summary>
internal static class FeeReductionViewBuilder
{
    private static readonly HashSet<string> Totals = new(StringComparer.Ordinal) { "income.total", "expenses.total", "capacity", "fees.total" };

    public static FeeReductionView? Build(Notice notice, StringTable strings)
    {
        if (notice.Details.FeeReduction is not { } d)
        {
            return null;
        }

        var language = notice.Language;
        string Amount(Money m) => m.Format(language);
        var known = new HashSet<string>(strings.Keys, StringComparer.Ordinal);
        return new FeeReductionView(
            d.Outcome switch { FeeReductionOutcome.Reduced => "reduced", FeeReductionOutcome.Waived => "waived", _ => "refused" },
            d.Outcome == FeeReductionOutcome.Reduced,
            d.Outcome == FeeReductionOutcome.Waived,
            d.Outcome == FeeReductionOutcome.Refused,
            NoticeFormat.Date(d.ApplicationDate, language),
            NoticeFormat.Date(d.Period?.From, language),
            NoticeFormat.Date(d.Period?.Through, language),
            [.. d.Fees.Select(f => new FeeChangeView(f.Service, Amount(f.Was), Amount(f.Now)))],
            [.. d.Calculation.Select(l => new CalculationLineView(Label(l, d, strings, known), Amount(l.Amount), Totals.Contains(l.Code)))],
            d.Outcome == FeeReductionOutcome.Refused ? RefusalText(d, strings, language) : null,
            Amount(notice.Amounts.Total));
    }

    /// <summary>The line's label in the language, from its code.</summary>
    private static string Label(CalculationLine line, FeeReductionDecision d, StringTable strings, HashSet<string> known)
    {
        var parts = line.Code.Split('.');
        string? Get(string key) => known.Contains(key) ? strings.Get(key) : null;
        string? Member(string who) => Get($"calc.member.{who}");
        string? label = parts switch
        {
            ["income" or "expense", var kind, var who] when Get($"calc.{parts[0]}.{kind}") is { } text && Member(who) is { } member => $"{text} ({member})",
            ["protected"] => Get($"calc.protected.{Protected(d)}"),
            ["fee", var n] when Service(d.FeesApplied.Select(f => f.Service), n) is { } service => strings.Format("calc.fee", [new("service", service)]),
            ["fee", var n, "not_reducible"] when Service(d.FeesApplied.Select(f => f.Service), n) is { } service => strings.Format("calc.fee_not_reducible", [new("service", service)]),
            ["decided", var n] when Service(d.Fees.Select(f => f.Service), n) is { } service => strings.Format("calc.decided", [new("service", service)]),
            _ => Get($"calc.{line.Code}"),
        };
        return label ?? line.Label;
    }

    private static string? Service(IEnumerable<string> services, string number) =>
        int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= 1
            ? services.ElementAtOrDefault(n - 1)
            : null;

    private static string Protected(FeeReductionDecision d) => (d.Arrangement, d.Household) switch
    {
        (LivingArrangement.Home, Household.Single) => "home_single",
        (LivingArrangement.Home, _) => "home_couple",
        (LivingArrangement.ServiceHousing, Household.Single) => "service_housing",
        (LivingArrangement.ServiceHousing, _) => "service_housing_couple",
        (_, Household.Single) => "institution",
        _ => "institution_couple",
    };

    /// <summary>
    /// Why a refusal refused, in the language, read from the calculation the calculator stopped at:
    /// no fee lines (it stopped at the savings check), only fees that cannot be reduced, or enough left.
    /// </summary>
    private static string RefusalText(FeeReductionDecision d, StringTable strings, Language language)
    {
        var byCode = d.Calculation.GroupBy(l => l.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Amount, StringComparer.Ordinal);
        if (!d.Calculation.Any(l => l.Code.StartsWith("fee.", StringComparison.Ordinal)))
        {
            return strings.Format("fee_reduction.refused.savings", [new("savings", byCode.GetValueOrDefault("savings").Format(language))]);
        }

        return byCode.TryGetValue("fees.total", out var total)
            ? strings.Format("fee_reduction.refused.enough", [new("capacity", byCode.GetValueOrDefault("capacity").Format(language)), new("fees", total.Format(language))])
            : strings.Get("fee_reduction.refused.not_reducible");
    }
}

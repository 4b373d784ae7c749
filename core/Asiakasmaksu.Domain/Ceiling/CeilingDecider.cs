using System.Globalization;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Tariffs;
using C = Asiakasmaksu.Domain.Ceiling.CeilingCommand;
using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>
/// The annual payment ceiling (maksukatto) account as a decider: <c>Decide(account, command) → events</c>,
/// <c>Evolve(account, event) → account</c>. Every command recomputes the whole year with
/// <see cref="CeilingCalculator"/>; what changes for lines already charged comes out as
/// <see cref="E.ChargeAdjusted"/> differences (never re-billed by the decider itself).
/// </summary>
public static partial class CeilingDecider
{
    /// <summary>
    /// Decides <paramref name="command"/> for <paramref name="account"/> with the year's ceiling and
    /// reduced daily fee from <paramref name="tariffs"/>. Pure and deterministic.
    /// </summary>
    public static CeilingDecision Decide(CeilingAccount account, CeilingCommand command, TariffBook tariffs) => command switch
    {
        C.ChargeLines c => DecideCharge(account, c, tariffs),
        C.CancelLines c => DecideCancel(account, c, tariffs),
        C.CorrectLine c => DecideCorrect(account, c, tariffs),
        _ => throw new InvalidOperationException($"Unknown command {command.GetType().Name}."),
    };

    private static CeilingDecision DecideCharge(CeilingAccount account, C.ChargeLines c, TariffBook tariffs)
    {
        var fresh = new List<CeilingLine>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in c.Lines)
        {
            if (Invalid(account, line) is { } problem)
            {
                return Refuse(RefusalKind.Invalid, problem);
            }

            if (!seen.Add(line.LineKey))
            {
                return Refuse(RefusalKind.Invalid, $"line {line.LineKey} is given twice");
            }

            if (account.Cancelled.Contains(line.LineKey))
            {
                return Refuse(RefusalKind.WrongState, $"line {line.LineKey} was cancelled; bill a correction under a new line key");
            }

            if (account.Find(line.LineKey) is { } existing)
            {
                if (existing.Line != line)
                {
                    return Refuse(RefusalKind.WrongState, $"line {line.LineKey} is already charged with other content; correct it instead");
                }

                continue;
            }

            fresh.Add(line);
        }

        if (fresh.Count == 0)
        {
            return CeilingDecision.Unchanged;
        }

        var lines = account.Lines.Select(l => l.Line).Concat(fresh);
        return Recompute(account, lines, tariffs, c.On, computed =>
            fresh.Select(f => (E)new E.LineCharged(c.On, f, computed[f.LineKey])));
    }

    private static CeilingDecision DecideCancel(CeilingAccount account, C.CancelLines c, TariffBook tariffs)
    {
        var keys = new List<string>();
        foreach (var key in c.LineKeys.Distinct(StringComparer.Ordinal))
        {
            if (account.Cancelled.Contains(key))
            {
                continue;
            }

            if (account.Find(key) is null)
            {
                return Refuse(RefusalKind.NotFound, $"line {key} is not in the {account.Year.ToString(CultureInfo.InvariantCulture)} ceiling account");
            }

            keys.Add(key);
        }

        if (keys.Count == 0)
        {
            return CeilingDecision.Unchanged;
        }

        var lines = account.Lines.Select(l => l.Line).Where(l => !keys.Contains(l.LineKey, StringComparer.Ordinal));
        return Recompute(account, lines, tariffs, c.On, _ =>
            keys.Select(k => (E)new E.LineCancelled(c.On, k, account.Find(k)!.Charge)));
    }

    private static CeilingDecision DecideCorrect(CeilingAccount account, C.CorrectLine c, TariffBook tariffs)
    {
        var corrected = c.Corrected;
        if (Invalid(account, corrected) is { } problem)
        {
            return Refuse(RefusalKind.Invalid, problem);
        }

        if (account.Cancelled.Contains(corrected.LineKey))
        {
            return Refuse(RefusalKind.WrongState, $"line {corrected.LineKey} was cancelled and cannot be corrected");
        }

        if (account.Find(corrected.LineKey) is not { } existing)
        {
            return Refuse(RefusalKind.NotFound, $"line {corrected.LineKey} is not in the {account.Year.ToString(CultureInfo.InvariantCulture)} ceiling account");
        }

        if (existing.Line == corrected)
        {
            return CeilingDecision.Unchanged;
        }

        var lines = account.Lines.Select(l => l.Line.LineKey == corrected.LineKey ? corrected : l.Line);
        return Recompute(account, lines, tariffs, c.On, computed =>
            [new E.LineCorrected(c.On, corrected, existing.Charge, computed[corrected.LineKey])]);
    }

    /// <summary>The reason a line cannot enter this account, or null when it can.</summary>
    private static string? Invalid(CeilingAccount account, CeilingLine line)
    {
        var key = line.LineKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            return "a line needs a line key";
        }

        if (line.ServiceDate.Year != account.Year)
        {
            return $"line {key} has its service date in {line.ServiceDate.Year.ToString(CultureInfo.InvariantCulture)}, not in the account's year {account.Year.ToString(CultureInfo.InvariantCulture)}";
        }

        if (!line.Billed.IsPositive)
        {
            return $"line {key} must bill more than zero";
        }

        return line.Category switch
        {
            ServiceCategory.ShortTermInstitutionalCare when line.Days < 1 =>
                $"line {key} is short-term institutional care and needs its care days (at least 1)",
            ServiceCategory.ShortTermInstitutionalCare when line.LastDay.Year != account.Year =>
                $"line {key} has care days past the end of {account.Year.ToString(CultureInfo.InvariantCulture)}; split a stay at the year's end",
            ServiceCategory.Ordinary when line.Days != 0 =>
                $"line {key} gives care days but is not short-term institutional care",
            _ => null,
        };
    }

    private static CeilingDecision.Refused Refuse(RefusalKind kind, string reason) => new(kind, reason);
}

using E = Asiakasmaksu.Domain.Ceiling.CeilingEvent;

namespace Asiakasmaksu.Domain.Ceiling;

public static partial class CeilingDecider
{
    /// <summary>The account after <paramref name="e"/>. Pure; events carry every computed amount.</summary>
    public static CeilingAccount Evolve(CeilingAccount account, CeilingEvent e)
    {
        var next = e switch
        {
            E.LineCharged c => account with { Lines = Ordered(account.Lines.Append(new ChargedLine(c.Line, c.Charge))) },
            E.ChargeAdjusted a => account with { Lines = Replace(account.Lines, a.LineKey, l => l with { Charge = a.Now }) },
            E.LineCorrected c => account with { Lines = Ordered(Replace(account.Lines, c.Corrected.LineKey, _ => new ChargedLine(c.Corrected, c.Now))) },
            E.LineCancelled c => account with
            {
                Lines = [.. account.Lines.Where(l => !string.Equals(l.Line.LineKey, c.LineKey, StringComparison.Ordinal))],
                Cancelled = [.. account.Cancelled.Append(c.LineKey).Order(StringComparer.Ordinal)],
            },
            E.FreeCardIssued i => account with { FreeCard = i.Card },
            E.FreeCardRevoked => account with { FreeCard = null },
            _ => throw new InvalidOperationException($"Unknown ceiling event {e.GetType().Name}."),
        };
        return next with { EventCount = account.EventCount + 1 };
    }

    /// <summary>Folds <paramref name="events"/> over <paramref name="account"/>.</summary>
    public static CeilingAccount Replay(CeilingAccount account, IEnumerable<CeilingEvent> events) => events.Aggregate(account, Evolve);

    private static ValueList<ChargedLine> Ordered(IEnumerable<ChargedLine> lines) =>
        [.. lines.OrderBy(l => l.Line.ServiceDate).ThenBy(l => l.Line.LineKey, StringComparer.Ordinal)];

    private static ValueList<ChargedLine> Replace(IEnumerable<ChargedLine> lines, string key, Func<ChargedLine, ChargedLine> change) =>
        [.. lines.Select(l => string.Equals(l.Line.LineKey, key, StringComparison.Ordinal) ? change(l) : l)];
}

using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Domain.Ceiling;

/// <summary>The ceiling decider's answer: accepted with its events (none when nothing changes), or refused with a reason.</summary>
public abstract record CeilingDecision
{
    private CeilingDecision()
    {
    }

    /// <summary>An acceptance with no events.</summary>
    public static Accepted Unchanged { get; } = new([]);

    /// <summary>Accepted; <paramref name="Events"/> is empty when nothing needed to change.</summary>
    public sealed record Accepted(IReadOnlyList<CeilingEvent> Events) : CeilingDecision;

    /// <summary>Refused; nothing changes.</summary>
    /// <param name="Kind">What kind of refusal (for HTTP status codes).</param>
    /// <param name="Reason">The reason in words; it names the year when the tariff is missing or unconfirmed.</param>
    public sealed record Refused(RefusalKind Kind, string Reason) : CeilingDecision;
}

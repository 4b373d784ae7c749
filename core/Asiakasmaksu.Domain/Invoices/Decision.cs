namespace Asiakasmaksu.Domain.Invoices;

/// <summary>The decider's answer: accepted with the events that follow (none when the command was already applied), or refused with a reason a person understands.</summary>
public abstract record Decision
{
    private Decision()
    {
    }

    /// <summary>Accepted; <paramref name="Events"/> is empty when nothing needed to change.</summary>
    public sealed record Accepted(IReadOnlyList<InvoiceEvent> Events) : Decision;

    /// <summary>Refused; nothing changes.</summary>
    /// <param name="Kind">What kind of refusal (for HTTP status codes).</param>
    /// <param name="Reason">The reason in words.</param>
    public sealed record Refused(RefusalKind Kind, string Reason) : Decision;

    /// <summary>An acceptance with no events.</summary>
    public static Accepted Unchanged { get; } = new([]);
}

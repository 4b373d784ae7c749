using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;

namespace Asiakasmaksu.Application.Invoices;

/// <summary>What became of a command given to an invoice.</summary>
public abstract record CommandOutcome
{
    private CommandOutcome()
    {
    }

    /// <summary>Applied: the new events are stored with their notices.</summary>
    public sealed record Applied(IssuedInvoice Before, IssuedInvoice After, IReadOnlyList<InvoiceEvent> Events, IReadOnlyList<Notice> Notices, DateOnly? NextWakeUp) : CommandOutcome;

    /// <summary>Nothing needed to change (already applied, or nothing due).</summary>
    public sealed record Unchanged(IssuedInvoice State, DateOnly? NextWakeUp) : CommandOutcome;

    /// <summary>Refused with a reason; nothing changed.</summary>
    public sealed record Refused(IssuedInvoice State, RefusalKind Kind, string Reason) : CommandOutcome;

    /// <summary>No such invoice.</summary>
    public sealed record NotFound(InvoiceId Id) : CommandOutcome;

    /// <summary>Another change won the race; this one was not applied. <paramref name="Current"/> is the state that won.</summary>
    public sealed record Conflict(IssuedInvoice Current) : CommandOutcome;
}

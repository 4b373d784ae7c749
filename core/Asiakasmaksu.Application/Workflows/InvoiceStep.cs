namespace Asiakasmaksu.Application.Workflows;

/// <summary>What one wake-up of an invoice did and when it must wake next.</summary>
/// <param name="Status">open, paid, written_off, waived, cancelled, or not_found.</param>
/// <param name="WakeAt">The business instant of the next wake-up (18:00 Helsinki time on its day), or null when none.</param>
/// <param name="EngineWakeAt">The engine instant the orchestration's timer is set for (<see cref="WakeAt"/> through the business clock), or null.</param>
/// <param name="Events">Events the invoice took now.</param>
/// <param name="Notices">Notices those events queued.</param>
/// <param name="Delivered">Notices of the invoice delivered now (queued by these events or earlier, e.g. by a staff change).</param>
public sealed record InvoiceStep(string Status, DateTimeOffset? WakeAt, DateTimeOffset? EngineWakeAt, int Events, int Notices, int Delivered)
{
    /// <summary>The status in which an invoice is still followed.</summary>
    public const string Open = "open";

    /// <summary>True while the invoice is open and its orchestration goes on.</summary>
    public bool IsOpen => Status == Open;
}

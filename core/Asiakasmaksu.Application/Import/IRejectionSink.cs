using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>
/// Where an import's rejected lines, and the warnings about lines it imported, go: a CSV error report
/// (line_number, column, reason, client_id; nothing else personal).
/// </summary>
public interface IRejectionSink
{
    /// <summary>Records one rejected line.</summary>
    Task AddAsync(LineRejection rejection, CancellationToken cancellationToken);

    /// <summary>
    /// Records a warning about a line that was imported (a service billed in advance, an address that
    /// differs from the client's first line, an invoice that arrived after its due date): the same
    /// fields as a rejection, the reason saying what to check. A sink that keeps no warnings ignores it.
    /// </summary>
    Task AddWarningAsync(LineRejection warning, CancellationToken cancellationToken) => Task.CompletedTask;
}

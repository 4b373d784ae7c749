using Asiakasmaksu.Domain.Billing;

namespace Asiakasmaksu.Application.Import;

/// <summary>Where an import's rejected lines go: a CSV error report (line_number, column, reason, client_id; nothing else personal).</summary>
public interface IRejectionSink
{
    /// <summary>Records one rejected line.</summary>
    Task AddAsync(LineRejection rejection, CancellationToken cancellationToken);
}

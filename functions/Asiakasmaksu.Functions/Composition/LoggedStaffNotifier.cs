using System.Globalization;
using Asiakasmaksu.Application.Deferrals;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Composition;

/// <summary>
/// Tells staff about deferral requests through the app's telemetry: one structured log event per
/// notification (ids, dates and statuses only, no client data), on which an Azure Monitor alert
/// rule can email the approvers. Supervisors also see the waiting requests in
/// <c>GET /api/deferral-requests?status=pending</c>. Assumption: there is no staff mail adapter
/// yet; the local host writes the same notifications to a folder.
/// </summary>
public sealed partial class LoggedStaffNotifier(ILogger<LoggedStaffNotifier> logger) : IStaffNotifier
{
    /// <inheritdoc/>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogWaiting(logger, request.Id, request.InvoiceId.Value, Iso(request.NewDueDate), Iso(request.ExpiresOn));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        LogDecided(logger, request.Id, request.InvoiceId.Value, request.Requester.StaffId, request.Status);
        return Task.CompletedTask;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [LoggerMessage(EventId = 700, Level = LogLevel.Warning, Message = "Deferral request {RequestId} for invoice {InvoiceId} to {NewDueDate} waits for a supervisor until {ExpiresOn}")]
    private static partial void LogWaiting(ILogger logger, string requestId, string invoiceId, string newDueDate, string expiresOn);

    [LoggerMessage(EventId = 701, Level = LogLevel.Information, Message = "Deferral request {RequestId} for invoice {InvoiceId} by {Requester} was {Status}")]
    private static partial void LogDecided(ILogger logger, string requestId, string invoiceId, string requester, string status);
}

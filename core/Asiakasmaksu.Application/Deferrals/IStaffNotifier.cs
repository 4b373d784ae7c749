namespace Asiakasmaksu.Application.Deferrals;

/// <summary>Tells staff about deferral requests: approvers of a new one, the requester of its outcome. Carries ids and dates, no client personal data.</summary>
public interface IStaffNotifier
{
    /// <summary>A request waits for a supervisor.</summary>
    Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken);

    /// <summary>The request was approved, rejected or expired.</summary>
    Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken);
}

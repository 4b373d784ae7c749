using System.Collections.Concurrent;
using Asiakasmaksu.Application.Deferrals;

namespace Asiakasmaksu.StaffApi.Loopback;

/// <summary>The staff notifier of the loopback host: keeps every notification in memory, in order.</summary>
public sealed class RecordingNotifier : IStaffNotifier
{
    private readonly ConcurrentQueue<StaffNotification> sent = new();

    /// <summary>Every notification so far.</summary>
    public IReadOnlyList<StaffNotification> Sent => [.. sent];

    /// <inheritdoc/>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        sent.Enqueue(new StaffNotification("approvers", request.Id, request.Status));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        sent.Enqueue(new StaffNotification(request.Requester.StaffId, request.Id, request.Status));
        return Task.CompletedTask;
    }
}

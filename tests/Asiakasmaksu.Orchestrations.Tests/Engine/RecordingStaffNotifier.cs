using System.Collections.Concurrent;
using Asiakasmaksu.Application.Deferrals;

namespace Asiakasmaksu.Orchestrations.Tests.Engine;

/// <summary>Keeps who was told what about deferral requests: ("approvers" or the requester, request id, status).</summary>
public sealed class RecordingStaffNotifier : IStaffNotifier
{
    private readonly ConcurrentQueue<(string To, string RequestId, string Status)> sent = new();

    /// <summary>Everything told so far.</summary>
    public IReadOnlyList<(string To, string RequestId, string Status)> Sent => [.. sent];

    /// <inheritdoc/>
    public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        sent.Enqueue(("approvers", request.Id, request.Status));
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken)
    {
        sent.Enqueue((request.Requester.StaffId, request.Id, request.Status));
        return Task.CompletedTask;
    }
}

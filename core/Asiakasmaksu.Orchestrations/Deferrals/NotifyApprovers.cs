using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Deferrals;

/// <summary>Activity: tells the approvers a request waits; gives its status and deadline (<see cref="DeferralApprovalSteps.NotifyApproversAsync"/>).</summary>
public sealed class NotifyApprovers(DeferralApprovalSteps steps) : TaskActivity<string, DeferralWait>
{
    /// <inheritdoc/>
    public override Task<DeferralWait> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<DeferralWait> RunAsync(string requestId, CancellationToken cancellationToken) => steps.NotifyApproversAsync(requestId, cancellationToken);
}

using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Deferrals;

/// <summary>Activity: the deadline's timer fired; expires the request when its deadline has come (<see cref="DeferralApprovalSteps.ExpireAsync"/>).</summary>
public sealed class ExpireDeferral(DeferralApprovalSteps steps) : TaskActivity<string, DeferralWait>
{
    /// <inheritdoc/>
    public override Task<DeferralWait> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<DeferralWait> RunAsync(string requestId, CancellationToken cancellationToken) => steps.ExpireAsync(requestId, cancellationToken);
}

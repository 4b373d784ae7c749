using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Deferrals;

/// <summary>Activity: applies or rejects a supervisor's decision (<see cref="DeferralApprovalSteps.DecideAsync"/>); returns the request's status.</summary>
public sealed class DecideDeferral(DeferralApprovalSteps steps) : TaskActivity<DeferralVerdict, string>
{
    /// <inheritdoc/>
    public override Task<string> RunAsync(TaskActivityContext context, DeferralVerdict input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<string> RunAsync(DeferralVerdict verdict, CancellationToken cancellationToken) => steps.DecideAsync(verdict, cancellationToken);
}

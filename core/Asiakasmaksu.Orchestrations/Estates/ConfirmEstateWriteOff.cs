using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Estates;

/// <summary>Activity: queues and delivers the one confirmation to the estate (<see cref="EstateWriteOffSteps.ConfirmAsync"/>).</summary>
public sealed class ConfirmEstateWriteOff(EstateWriteOffSteps steps) : TaskActivity<EstateConfirmation, string?>
{
    /// <inheritdoc/>
    public override Task<string?> RunAsync(TaskActivityContext context, EstateConfirmation input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<string?> RunAsync(EstateConfirmation confirmation, CancellationToken cancellationToken) => steps.ConfirmAsync(confirmation, cancellationToken);
}

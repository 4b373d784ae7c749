using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Estates;

/// <summary>Activity: writes off one invoice for the estate (<see cref="EstateWriteOffSteps.WriteOffAsync"/>).</summary>
public sealed class WriteOffInvoice(EstateWriteOffSteps steps) : TaskActivity<EstateInvoice, EstateInvoiceOutcome>
{
    /// <inheritdoc/>
    public override Task<EstateInvoiceOutcome> RunAsync(TaskActivityContext context, EstateInvoice input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<EstateInvoiceOutcome> RunAsync(EstateInvoice item, CancellationToken cancellationToken) => steps.WriteOffAsync(item, cancellationToken);
}

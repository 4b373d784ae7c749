using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Estates;

/// <summary>Activity: the client's open invoices (<see cref="EstateWriteOffSteps.OpenInvoicesAsync"/>).</summary>
public sealed class ListOpenInvoices(EstateWriteOffSteps steps) : TaskActivity<string, IReadOnlyList<string>>
{
    /// <inheritdoc/>
    public override Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<IReadOnlyList<string>> RunAsync(string clientId, CancellationToken cancellationToken) => steps.OpenInvoicesAsync(clientId, cancellationToken);
}

using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Orchestrations.Invoices;

/// <summary>The invoice orchestration's one activity: wakes the invoice through <see cref="InvoiceAlarm"/>.</summary>
public sealed class AdvanceInvoice(InvoiceAlarm alarm) : TaskActivity<InvoiceWake, InvoiceStep>
{
    /// <inheritdoc/>
    public override Task<InvoiceStep> RunAsync(TaskActivityContext context, InvoiceWake input) => RunAsync(input, CancellationToken.None);

    /// <summary>The activity's work, also called by the Functions app's activity trigger.</summary>
    public Task<InvoiceStep> RunAsync(InvoiceWake input, CancellationToken cancellationToken) => alarm.WakeAsync(input, cancellationToken);
}

namespace Asiakasmaksu.Application.Workflows;

/// <summary>Why an invoice's orchestration runs an episode: the input of the invoice orchestration and of its activity.</summary>
/// <param name="InvoiceId">The invoice (also the orchestration's instance id).</param>
/// <param name="WokenFor">The business instant its timer was set for, or null when it was started or woken by a change.</param>
public sealed record InvoiceWake(string InvoiceId, DateTimeOffset? WokenFor = null);

using Asiakasmaksu.Application.Staff;

namespace Asiakasmaksu.Application.Workflows;

/// <summary>The estate write-off workflow's last step: the one confirmation to the estate.</summary>
/// <param name="WorkflowId">The workflow's instance id.</param>
/// <param name="Order">What was asked.</param>
public sealed record EstateConfirmation(string WorkflowId, EstateWriteOffOrder Order);

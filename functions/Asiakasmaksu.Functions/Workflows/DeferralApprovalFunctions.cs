using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Orchestrations.Deferrals;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;

namespace Asiakasmaksu.Functions.Workflows;

/// <summary>The deferral approval workflow as Durable Functions, written once in core (<see cref="DeferralApprovalOrchestrator"/>).</summary>
public sealed class DeferralApprovalFunctions(NotifyApprovers notify, DecideDeferral decide, ExpireDeferral expire)
{
    /// <summary>The orchestrator trigger.</summary>
    [Function(nameof(DeferralApprovalOrchestrator))]
    public static Task<string> RunDeferralApprovalOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context, DeferralApprovalInput input) =>
        new DeferralApprovalOrchestrator().RunAsync(context, input);

    /// <summary>Activity trigger: tell the approvers.</summary>
    [Function(nameof(NotifyApprovers))]
    public Task<DeferralWait> RunNotifyApprovers([ActivityTrigger] string requestId, CancellationToken cancellationToken) =>
        notify.RunAsync(requestId, cancellationToken);

    /// <summary>Activity trigger: apply or reject the decision.</summary>
    [Function(nameof(DecideDeferral))]
    public Task<string> RunDecideDeferral([ActivityTrigger] DeferralVerdict verdict, CancellationToken cancellationToken) =>
        decide.RunAsync(verdict, cancellationToken);

    /// <summary>Activity trigger: the deadline came.</summary>
    [Function(nameof(ExpireDeferral))]
    public Task<DeferralWait> RunExpireDeferral([ActivityTrigger] string requestId, CancellationToken cancellationToken) =>
        expire.RunAsync(requestId, cancellationToken);
}

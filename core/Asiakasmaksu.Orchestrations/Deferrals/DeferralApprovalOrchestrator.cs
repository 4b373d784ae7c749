using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Workflows;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Orchestrations.Deferrals;

/// <summary>
/// A deferral beyond the requester's authority (the human-interaction pattern), instance id
/// <c>deferral-{requestId}</c>: the approvers are told; then the supervisor's
/// <see cref="WorkflowEvents.DeferralDecision"/> or the 5-bank-day deadline, whichever comes first;
/// then the deferral is applied or the request rejected or expired, and the invoice's orchestration
/// is woken (it delivers the outcome notice). Returns the request's final status.
/// </summary>
public sealed partial class DeferralApprovalOrchestrator : TaskOrchestrator<DeferralApprovalInput, string>
{
    /// <inheritdoc/>
    public override async Task<string> RunAsync(TaskOrchestrationContext context, DeferralApprovalInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var wait = await context.CallActivityAsync<DeferralWait>(nameof(NotifyApprovers), input.RequestId, Retries.Transient);
        var decision = context.WaitForExternalEvent<DeferralDecision>(WorkflowEvents.DeferralDecision);
        while (wait.IsPending)
        {
            using var timerCancel = new CancellationTokenSource();
            var deadline = context.CreateTimer(wait.EngineDeadline!.Value.UtcDateTime, timerCancel.Token);
            if (await Task.WhenAny(decision, deadline) == decision)
            {
                timerCancel.Cancel();
                var decided = await decision;
                var verdict = new DeferralVerdict(input.RequestId, decided.Approve, decided.Decider, decided.DecidedAt, decided.Note);
                wait = new DeferralWait(await context.CallActivityAsync<string>(nameof(DecideDeferral), verdict, Retries.Transient), null);
            }
            else
            {
                // Still pending only when the timer fired before the deadline in business time.
                wait = await context.CallActivityAsync<DeferralWait>(nameof(ExpireDeferral), input.RequestId, Retries.Transient);
            }
        }

        context.SendEvent(input.InvoiceId, WorkflowEvents.InvoiceChanged, $"deferral request {input.RequestId} {wait.Status}");
        LogDecided(context.CreateReplaySafeLogger<DeferralApprovalOrchestrator>(), input.RequestId, wait.Status);
        return wait.Status;
    }

    /// <summary>The instance id of request <paramref name="requestId"/>'s approval.</summary>
    public static string InstanceId(string requestId) => LedgeredWorkflowEngine.DeferralKey(requestId);

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Deferral request {RequestId} is {Status}")]
    private static partial void LogDecided(ILogger logger, string requestId, string status);
}

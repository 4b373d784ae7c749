using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Domain.Staff;
using Asiakasmaksu.Functions.Durable;
using Asiakasmaksu.Functions.Invoices;
using Asiakasmaksu.Functions.Notices;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Deferrals;

/// <summary>
/// A deferral beyond the requester's authority (the human-interaction pattern): the approvers are
/// told; the orchestration waits for the supervisor's <see cref="DeferralDecisionEvent"/> or for
/// the 5-bank-day deadline, whichever comes first; then the deferral is applied or the request is
/// rejected (or expires), the invoice's orchestration is woken, and requester and client are told.
/// </summary>
public sealed partial class DeferralApprovalWorkflow(DeferralApprovals approvals)
{
    /// <summary>The external event that carries the supervisor's decision.</summary>
    public const string DeferralDecisionEvent = "DeferralDecision";

    /// <summary>The orchestration instance of request <paramref name="requestId"/>.</summary>
    public static string InstanceId(string requestId) => $"deferral-{requestId}";

    /// <summary>The orchestrator; returns the request's final status (approved, rejected or expired).</summary>
    [Function(nameof(DeferralApproval))]
    public static async Task<string> DeferralApproval([OrchestrationTrigger] TaskOrchestrationContext context, DeferralApprovalInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var logger = context.CreateReplaySafeLogger(typeof(DeferralApprovalWorkflow));
        await context.CallActivityAsync<bool>(nameof(NotifyApprovers), input.RequestId, Retries.Transient);

        using var timerCancel = new CancellationTokenSource();
        var decision = context.WaitForExternalEvent<DeferralDecision>(DeferralDecisionEvent, CancellationToken.None);
        var deadline = context.CreateTimer(input.ExpiresAt.UtcDateTime, timerCancel.Token);
        string status;
        if (await Task.WhenAny(decision, deadline) == decision)
        {
            timerCancel.Cancel();
            var decided = await decision;
            var verdict = new DeferralVerdict(input.RequestId, decided.Decider, decided.DecidedAt, decided.Note);
            status = decided.Approve
                ? await context.CallActivityAsync<string>(nameof(ApplyDeferral), verdict, Retries.Transient)
                : await context.CallActivityAsync<string>(nameof(RejectDeferral), verdict, Retries.Transient);
        }
        else
        {
            var expiry = new DeferralVerdict(input.RequestId, Actor.System, new DateTimeOffset(DateTime.SpecifyKind(context.CurrentUtcDateTime, DateTimeKind.Utc)), null);
            status = await context.CallActivityAsync<string>(nameof(RejectDeferral), expiry, Retries.Transient);
        }

        context.SendEvent(input.InvoiceId, InvoiceOrchestration.InvoiceChanged, $"deferral request {input.RequestId} {status}");
        await context.CallActivityAsync<int>(nameof(OutboxDelivery.SendNotice), InstanceId(input.RequestId), Retries.Transient);
        LogDecided(logger, input.RequestId, status);
        return status;
    }

    /// <summary>Activity: tells the approvers that a request waits (not when it was already decided). Returns whether they were told.</summary>
    [Function(nameof(NotifyApprovers))]
    public async Task<bool> NotifyApprovers([ActivityTrigger] string requestId, CancellationToken cancellationToken)
    {
        if (await approvals.GetAsync(requestId, cancellationToken).ConfigureAwait(false) is not { IsPending: true } request)
        {
            return false;
        }

        await approvals.NotifyApproversAsync(request, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Activity: applies an approved request as the supervisor's deferral (a deferral the invoice no
    /// longer allows rejects the request with the reason). A request no longer pending is left as it
    /// is, so that a retried activity never defers twice. Returns the request's status.
    /// </summary>
    [Function(nameof(ApplyDeferral))]
    public async Task<string> ApplyDeferral([ActivityTrigger] DeferralVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var request = await RequestAsync(verdict.RequestId, cancellationToken).ConfigureAwait(false);
        if (!request.IsPending)
        {
            return request.Status;
        }

        var decider = new Stamp(verdict.Decider, verdict.At, verdict.Note ?? string.Empty);
        return (await approvals.ApplyAsync(request, decider, verdict.Note, cancellationToken).ConfigureAwait(false)).Status;
    }

    /// <summary>
    /// Activity: rejects the request (a supervisor's decision) or, when the decider is the system,
    /// expires it. Returns the request's status.
    /// </summary>
    [Function(nameof(RejectDeferral))]
    public async Task<string> RejectDeferral([ActivityTrigger] DeferralVerdict verdict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var request = await RequestAsync(verdict.RequestId, cancellationToken).ConfigureAwait(false);
        var decided = verdict.Decider.IsStaff
            ? await approvals.RejectAsync(request, new Stamp(verdict.Decider, verdict.At, verdict.Note ?? string.Empty), verdict.Note, cancellationToken).ConfigureAwait(false)
            : await approvals.ExpireAsync(request, verdict.At, cancellationToken).ConfigureAwait(false);
        return decided.Status;
    }

    /// <summary>
    /// Starts the approval of <paramref name="request"/> (the staff API's deferral-request hook);
    /// the deadline comes from core. An existing instance is left alone. Returns whether it started.
    /// </summary>
    public static Task<bool> StartAsync(DurableTaskClient client, DeferralRequest request, CancellationToken cancellationToken) =>
        Orchestrations.StartIfAbsentAsync(client, nameof(DeferralApproval), InstanceId(request.Id), Input(request), cancellationToken);

    /// <summary>
    /// Starts the approval of a pending request again when its orchestration is not running (the
    /// nightly self-healing): the approvers are told again, and a deadline already past expires the
    /// request at once. Returns whether it started.
    /// </summary>
    public static Task<bool> RestartAsync(DurableTaskClient client, DeferralRequest request, CancellationToken cancellationToken) =>
        Orchestrations.StartUnlessActiveAsync(client, nameof(DeferralApproval), InstanceId(request.Id), Input(request), cancellationToken);

    /// <summary>Hands a supervisor's decision to the request's orchestration (the staff API's decision hook).</summary>
    public static Task DecideAsync(DurableTaskClient client, DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return client.RaiseEventAsync(InstanceId(request.Id), DeferralDecisionEvent, decision, cancellationToken);
    }

    private static DeferralApprovalInput Input(DeferralRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new DeferralApprovalInput(request.Id, request.InvoiceId.Value, DeferralApprovals.DecisionDeadline(request));
    }

    private async Task<DeferralRequest> RequestAsync(string requestId, CancellationToken cancellationToken) =>
        await approvals.GetAsync(requestId, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException($"Deferral request {requestId} does not exist, but its approval orchestration runs.");

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Deferral request {RequestId} is {Status}")]
    private static partial void LogDecided(ILogger logger, string requestId, string status);
}

/// <summary>The approval orchestration's input.</summary>
/// <param name="RequestId">The deferral request.</param>
/// <param name="InvoiceId">Its invoice (whose orchestration is woken afterwards).</param>
/// <param name="ExpiresAt">When it expires undecided (<see cref="DeferralApprovals.DecisionDeadline"/>).</param>
public sealed record DeferralApprovalInput(string RequestId, string InvoiceId, DateTimeOffset ExpiresAt);

/// <summary>The supervisor's decision, raised as <see cref="DeferralApprovalWorkflow.DeferralDecisionEvent"/>.</summary>
/// <param name="Approve">Approve or reject.</param>
/// <param name="Note">The supervisor's note.</param>
/// <param name="Decider">Who decided (a supervisor or director; the staff API checked).</param>
/// <param name="DecidedAt">When.</param>
public sealed record DeferralDecision(bool Approve, string? Note, Actor Decider, DateTimeOffset DecidedAt);

/// <summary>What the apply and reject activities act on.</summary>
/// <param name="RequestId">The deferral request.</param>
/// <param name="Decider">The supervisor, or <see cref="Actor.System"/> when the request expired.</param>
/// <param name="At">When it was decided or expired.</param>
/// <param name="Note">The supervisor's note, if any.</param>
public sealed record DeferralVerdict(string RequestId, Actor Decider, DateTimeOffset At, string? Note);

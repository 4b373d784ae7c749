using System.Diagnostics;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;

namespace Asiakasmaksu.Benchmarks.Durable;

/// <summary>
/// The host's engine, noting when an import asks for its first orchestration (on <paramref name="clock"/>):
/// how much of the durable path's creation is the import's own work before any start.
/// </summary>
internal sealed class FirstStartClock(IWorkflowEngine inner, Stopwatch clock) : IWorkflowEngine
{
    private long firstStartTicks = -1;

    /// <summary>When the first start was asked for, or null when none was.</summary>
    public TimeSpan? FirstStart => Interlocked.Read(ref firstStartTicks) is var ticks and >= 0 ? TimeSpan.FromTicks(ticks) : null;

    public Task<bool> FollowInvoiceAsync(InvoiceId id, CancellationToken cancellationToken)
    {
        Interlocked.CompareExchange(ref firstStartTicks, clock.Elapsed.Ticks, -1);
        return inner.FollowInvoiceAsync(id, cancellationToken);
    }

    public Task InvoiceChangedAsync(InvoiceId id, string reason, CancellationToken cancellationToken) => inner.InvoiceChangedAsync(id, reason, cancellationToken);

    public Task<bool> StartDeferralApprovalAsync(DeferralRequest request, CancellationToken cancellationToken) => inner.StartDeferralApprovalAsync(request, cancellationToken);

    public Task DecideDeferralAsync(DeferralRequest request, DeferralDecision decision, CancellationToken cancellationToken) => inner.DecideDeferralAsync(request, decision, cancellationToken);

    public Task<bool> StartEstateWriteOffAsync(string workflowId, EstateWriteOffOrder order, CancellationToken cancellationToken) => inner.StartEstateWriteOffAsync(workflowId, order, cancellationToken);
}

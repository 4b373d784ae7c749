using System.Security.Cryptography;
using System.Text;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Application.Workflows;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>
/// One attempt at a staff request: the use cases built on <paramref name="ports"/> (faulty or not)
/// at the instant <paramref name="at"/> the request arrives, and the staff API's handling of its
/// Idempotency-Key around them.
/// </summary>
public sealed class StaffRun(Ports ports, DateTimeOffset at)
{
    /// <summary>The staff API lets another request take over a claim this old that never got its answer (its process died).</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    /// <summary>The rules.</summary>
    public static InvoiceRules Rules => SeedInvoices.Rules;

    /// <summary>The stores.</summary>
    public Ports Ports => ports;

    /// <summary>When the request arrives.</summary>
    public DateTimeOffset At => at;

    /// <summary>The Helsinki business day of <see cref="At"/>.</summary>
    public DateOnly Today => BusinessTime.DateOf(at);

    /// <summary>The one path to an invoice.</summary>
    public InvoiceWorkflow Workflow => new(ports.Invoices, Rules, new ManualClock(at), ports.Ceilings, ports.Outbox, ports.Audit);

    /// <summary>The staff actions on one invoice.</summary>
    public StaffActions Staff => new(Workflow, ports.Audit);

    /// <summary>Deferral requests and their decisions.</summary>
    public DeferralApprovals Approvals => new(ports.Requests, ports.Invoices, Staff, ports.Outbox, SilentStaffNotifier.Instance, Rules);

    /// <summary>The deferral approval workflow's steps, run at <see cref="At"/>.</summary>
    public DeferralApprovalSteps ApprovalSteps => new(Approvals, new FixedBusinessClock(at), NoDueWorkLedger.Instance);

    /// <summary>The estate write-off.</summary>
    public EstateWriteOff Estate => new(ports.Invoices, Staff, ports.Outbox);

    /// <summary>Allocation of unmatched payments.</summary>
    public AllocateUnmatchedPayment Allocate => new(ports.Unmatched, Staff);

    /// <summary>Fee-reduction decisions.</summary>
    public FeeReductionDecisions FeeReductions => new(ports.FeeReductions, ports.Invoices, ports.Outbox, Staff, Rules);

    /// <summary>Ceiling statements.</summary>
    public CeilingStatements Ceiling => new(ports.Ceilings, Rules, ports.Outbox, Staff);

    /// <summary>A stamp of <paramref name="actor"/> at <see cref="At"/>.</summary>
    public Stamp Stamp(Actor actor, string why) => new(actor, at, why);

    /// <summary>
    /// The staff API's handling of a change (StaffApiHandlers.ChangeAsync): claims
    /// <paramref name="key"/> of <paramref name="actor"/>, runs <paramref name="handler"/> with the
    /// short id derived from the key (claim, request, payment and decision ids), stores the answer.
    /// A retry of an answered request is replayed and runs nothing.
    /// </summary>
    public async Task ApiAsync(Actor actor, string key, Func<string, Task> handler)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(handler);
        var scope = $"{actor.StaffId}|{key}";
        switch (await ports.Idempotency.ClaimAsync(scope, "request-hash", at, StaleClaim, CancellationToken.None).ConfigureAwait(false))
        {
            case IdempotencyClaim.Replay:
                return;
            case IdempotencyClaim.Claimed:
                break;
            case var other:
                throw new InvalidOperationException($"The retry could not claim its Idempotency-Key: {other}");
        }

        await handler(Short(scope)).ConfigureAwait(false);
        await ports.Idempotency.CompleteAsync(scope, new StoredResponse(200, "application/json", "{}"u8.ToArray()), CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>The staff API's short id of an idempotency scope.</summary>
    private static string Short(string scope) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(scope)).AsSpan(0, 8));

    /// <summary>Tells no staff member anything (staff notifications are not notices to clients).</summary>
    private sealed class SilentStaffNotifier : IStaffNotifier
    {
        public static readonly SilentStaffNotifier Instance = new();

        public Task NotifyApproversAsync(DeferralRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task NotifyRequesterAsync(DeferralRequest request, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}

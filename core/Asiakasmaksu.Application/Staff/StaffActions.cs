using System.Globalization;
using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Invoices;
using Asiakasmaksu.Application.Time;
using Asiakasmaksu.Domain;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Staff;
using C = Asiakasmaksu.Domain.Invoices.InvoiceCommand;

namespace Asiakasmaksu.Application.Staff;

/// <summary>
/// The staff's changes to one invoice, as one set of use cases for the staff API (local and
/// Azure) and the simulator. Each takes who, when and why (<see cref="Stamp"/>), decides on the
/// Helsinki day of the stamp, and leaves an audit record whatever the outcome. A change that
/// loses a race is reported as a conflict, never applied on top of a state nobody saw.
/// </summary>
public sealed class StaffActions(InvoiceWorkflow workflow, IAuditLog audit)
{
    private int? expectedVersion;

    /// <summary>
    /// The same actions, applied only while the invoice is still at <paramref name="version"/> (the
    /// version the caller read, sent as If-Match); otherwise they report a conflict. Null: no check.
    /// </summary>
    public StaffActions ExpectingVersion(int? version) => version is null ? this : new StaffActions(workflow, audit) { expectedVersion = version };

    /// <summary>Moves the due date.</summary>
    public Task<StaffResult> DeferAsync(InvoiceId id, DateOnly newDueDate, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "deferral", $"newDueDate={Iso(newDueDate)}", new C.Defer(Day(stamp), newDueDate, stamp), stamp, cancellationToken);

    /// <summary>Agrees a payment plan.</summary>
    public Task<StaffResult> AgreePaymentPlanAsync(InvoiceId id, IReadOnlyList<Installment> installments, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "payment_plan", "installments=" + string.Join(',', installments.Select(i => $"{Iso(i.DueDate)}:{i.Amount}")), new C.AgreePaymentPlan(Day(stamp), ValueList.From(installments), stamp), stamp, cancellationToken);

    /// <summary>Records a payment; <paramref name="paymentId"/> makes it idempotent.</summary>
    public Task<StaffResult> RecordPaymentAsync(InvoiceId id, string paymentId, Money amount, DateOnly paidOn, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "payment", $"amount={amount};paidOn={Iso(paidOn)};paymentId={paymentId}", new C.RecordPayment(Day(stamp), paymentId, paidOn, amount, stamp), stamp, cancellationToken);

    /// <summary>Gives up collecting the invoice.</summary>
    public Task<StaffResult> WaiveAsync(InvoiceId id, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "waiver", string.Empty, new C.Waive(Day(stamp), stamp), stamp, cancellationToken);

    /// <summary>Cancels an erroneous invoice or undoes an erroneous transfer.</summary>
    public Task<StaffResult> CancelAsync(InvoiceId id, CancellationReason reason, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "cancellation", $"reason={(reason == CancellationReason.ErroneousInvoice ? "erroneous_invoice" : "erroneous_transfer")}", new C.Cancel(Day(stamp), reason, stamp), stamp, cancellationToken);

    /// <summary>Records a rectification claim.</summary>
    public Task<StaffResult> ReceiveClaimAsync(InvoiceId id, string claimId, DateOnly receivedOn, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "rectification_claim", $"claimId={claimId};receivedOn={Iso(receivedOn)}", new C.ReceiveRectificationClaim(Day(stamp), claimId, receivedOn, stamp), stamp, cancellationToken);

    /// <summary>Decides a rectification claim.</summary>
    public Task<StaffResult> DecideClaimAsync(InvoiceId id, string claimId, bool accepted, Money? newAmount, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "rectification_decision", $"claimId={claimId};accepted={accepted};newAmount={newAmount?.ToString() ?? "-"}", new C.DecideRectificationClaim(Day(stamp), claimId, accepted, newAmount, stamp), stamp, cancellationToken);

    /// <summary>Writes off one invoice of a deceased client's estate (the estate use case calls this for each).</summary>
    public Task<StaffResult> WriteOffForEstateAsync(InvoiceId id, DateOnly inventoryDate, Stamp stamp, CancellationToken cancellationToken) =>
        RunAsync(id, "estate_write_off", $"inventoryDate={Iso(inventoryDate)}", new C.WriteOffForEstate(Day(stamp), inventoryDate, stamp), stamp, cancellationToken);

    /// <summary>The Helsinki business day of a stamp.</summary>
    public static DateOnly Day(Stamp stamp) => BusinessTime.DateOf(stamp.At);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Records a staff request refused before it reached an invoice's decision (an auditor's
    /// change, an estate write-off for a client with no open invoices); returns the audit record's id.
    /// </summary>
    public Task<string> RecordRefusalAsync(string action, string? invoiceId, string? clientId, Stamp stamp, string refusal, CancellationToken cancellationToken) =>
        AppendAuditAsync(action, invoiceId, clientId, "refused", stamp, refusal, null, null, string.Empty, cancellationToken);

    /// <summary>Appends one audit record (also for the deferral-request use case); returns its id.</summary>
    internal Task<string> AppendAuditAsync(
        string action, string? invoiceId, string? clientId, string outcome, Stamp stamp, string? refusal, IssuedInvoice? before, IssuedInvoice? after, string details, CancellationToken cancellationToken) =>
        AppendAuditAsync(AuditIds.Next(stamp.At), action, invoiceId, clientId, outcome, stamp, refusal, before, after, details, cancellationToken);

    /// <summary>
    /// Appends the audit record <paramref name="recordId"/> (<see cref="AuditIds.For"/>: a step that
    /// may run again after a crash appends the same record, kept once); returns its id.
    /// </summary>
    internal async Task<string> AppendAuditAsync(
        string recordId, string action, string? invoiceId, string? clientId, string outcome, Stamp stamp, string? refusal, IssuedInvoice? before, IssuedInvoice? after, string details, CancellationToken cancellationToken)
    {
        var record = Record(recordId, action, invoiceId, clientId, outcome, stamp, refusal, before, after, details);
        await audit.AppendAsync(record, cancellationToken).ConfigureAwait(false);
        return record.Id;
    }

    /// <summary>
    /// The id of the record this caller already left for the same request (same action, outcome,
    /// details and reason) on client <paramref name="clientId"/> since <paramref name="from"/>, or
    /// null: a request with no invoice commit to carry its record (a ceiling statement) appends it
    /// only when none is there, so a retry after a crash between the append and the answer leaves one.
    /// </summary>
    internal async Task<string?> FindAuditAsync(string clientId, string action, string outcome, Stamp stamp, string details, DateTimeOffset from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stamp);
        await foreach (var record in audit.QueryAsync(new AuditQuery(null, clientId, from, null, int.MaxValue), cancellationToken).ConfigureAwait(false))
        {
            if (record.Action == action && record.Outcome == outcome && record.Details == details && record.StaffId == stamp.Actor.StaffId && record.Why == stamp.Reason)
            {
                return record.Id;
            }
        }

        return null;
    }

    /// <summary>True when invoice <paramref name="invoiceId"/>'s audit holds record <paramref name="recordId"/>, written at <paramref name="at"/> (read within a second of it).</summary>
    internal async Task<bool> HasAuditAsync(string invoiceId, string recordId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await foreach (var record in audit.QueryAsync(new AuditQuery(invoiceId, null, at.AddSeconds(-1), at.AddSeconds(1), int.MaxValue), cancellationToken).ConfigureAwait(false))
        {
            if (record.Id == recordId)
            {
                return true;
            }
        }

        return false;
    }

    private static AuditRecord Record(
        string id, string action, string? invoiceId, string? clientId, string outcome, Stamp stamp, string? refusal, IssuedInvoice? before, IssuedInvoice? after, string details) =>
        new(
            id,
            stamp.At,
            stamp.Actor.StaffId,
            stamp.Actor.Role.Name(),
            action,
            invoiceId,
            clientId ?? before?.Facts.ClientId,
            outcome,
            stamp.Reason,
            refusal,
            AuditSummary.Of(before),
            AuditSummary.Of(after),
            details);

    /// <summary>
    /// Runs the command and audits it. An applied change's record is committed with the change (one
    /// unit: a crash before the append below leaves it pending with the invoice, and the workflow's
    /// next run on the invoice appends it), then appended here and forgotten by the invoice.
    /// </summary>
    private async Task<StaffResult> RunAsync(InvoiceId id, string action, string details, InvoiceCommand command, Stamp stamp, CancellationToken cancellationToken)
    {
        var appliedId = AuditIds.Next(stamp.At);
        AuditRecord Applied(IssuedInvoice before, IssuedInvoice after) => Record(appliedId, action, id.Value, null, "applied", stamp, null, before, after, details);
        var outcome = await workflow.ExecuteAsync(id, command, ConflictPolicy.Report, expectedVersion, Applied, cancellationToken).ConfigureAwait(false);
        if (outcome is CommandOutcome.Applied applied)
        {
            await audit.AppendAsync(Applied(applied.Before, applied.After), cancellationToken).ConfigureAwait(false);
            await workflow.AuditedAsync(id, [appliedId], cancellationToken).ConfigureAwait(false);
            return new StaffResult(outcome, appliedId);
        }

        var (name, before, after, refusal) = outcome switch
        {
            CommandOutcome.Applied a => ("applied", a.Before, a.After, (string?)null),
            CommandOutcome.Unchanged u => ("unchanged", u.State, null, null),
            CommandOutcome.Refused r => ("refused", r.State, null, r.Reason),
            CommandOutcome.Conflict c when expectedVersion is { } v && c.Current.Version != v => ("conflict", c.Current, null, $"the invoice is at version {c.Current.Version}, not the version {v} the change was based on"),
            CommandOutcome.Conflict c => ("conflict", c.Current, null, "another change was made to the invoice at the same time"),
            _ => ("not_found", (IssuedInvoice?)null, (IssuedInvoice?)null, "no such invoice"),
        };
        var auditId = await AppendAuditAsync(action, id.Value, null, name, stamp, refusal, before, after, details, cancellationToken).ConfigureAwait(false);
        return new StaffResult(outcome, auditId);
    }
}

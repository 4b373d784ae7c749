using System.Globalization;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Paging;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.FeeReductions;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Domain.Notices;
using Asiakasmaksu.Domain.Staff;

namespace Asiakasmaksu.Application.FeeReductions;

/// <summary>
/// Deciding applications to reduce or waive client fees (asiakasmaksun alentaminen, Act 734/1992
/// 11 §), for the staff API: a supervisor or director enters the application; the calculator decides
/// with the application month's tariff amounts; the decision (a refusal too) is recorded, its notice
/// with rectification instructions queued in the outbox, and the request audited. Idempotent by
/// decision id: a retry records nothing twice and queues the notice once.
/// </summary>
public sealed class FeeReductionDecisions(IFeeReductionStore store, IInvoiceStore invoices, IOutboxStore outbox, StaffActions staff, InvoiceRules rules)
{
    /// <summary>The audit action of a fee-reduction decision.</summary>
    public const string AuditAction = "fee_reduction";

    /// <summary>
    /// Decides <paramref name="application"/> of <paramref name="clientId"/> as <paramref name="stamp"/>,
    /// recording it under <paramref name="decisionId"/>.
    /// </summary>
    public async Task<FeeReductionDecisionResult> DecideAsync(string decisionId, string clientId, FeeReductionApplication application, Stamp stamp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(stamp);
        if (!stamp.Actor.IsSupervisorOrAbove)
        {
            var refusal = $"only a supervisor or director may decide a fee reduction; a {stamp.Actor.Role.Name()} asked";
            await staff.RecordRefusalAsync(AuditAction, null, clientId, stamp, refusal, cancellationToken).ConfigureAwait(false);
            return new FeeReductionDecisionResult(FeeReductionDecisionStatus.NotAllowed, null, null, refusal);
        }

        if (await store.GetAsync(clientId, decisionId, cancellationToken).ConfigureAwait(false) is { } earlier)
        {
            // A retry of a request that recorded the decision but may not have queued its notice or audit.
            var again = await QueueNoticeAsync(earlier, stamp, cancellationToken).ConfigureAwait(false);
            await AuditDecidedAsync(earlier, cancellationToken).ConfigureAwait(false);
            await AuditAsync(earlier, "unchanged", stamp, cancellationToken).ConfigureAwait(false);
            return new FeeReductionDecisionResult(FeeReductionDecisionStatus.AlreadyDecided, earlier, again, null);
        }

        var result = FeeReductionCalculator.Calculate(application, rules.Tariffs);
        if (result is FeeReductionResult.CannotCalculate cannot)
        {
            await staff.RecordRefusalAsync(AuditAction, null, clientId, stamp, cannot.Reason, cancellationToken).ConfigureAwait(false);
            return new FeeReductionDecisionResult(FeeReductionDecisionStatus.CannotCalculate, null, null, cannot.Reason);
        }

        if (await LatestFactsAsync(clientId, cancellationToken).ConfigureAwait(false) is null)
        {
            const string Unknown = "the client has no invoice to take the address and language of the decision notice from";
            await staff.RecordRefusalAsync(AuditAction, null, clientId, stamp, Unknown, cancellationToken).ConfigureAwait(false);
            return new FeeReductionDecisionResult(FeeReductionDecisionStatus.UnknownClient, null, null, Unknown);
        }

        var decision = FeeReductionDecision.Of(decisionId, clientId, application, result, stamp);
        var recorded = await store.RecordAsync(decision, cancellationToken).ConfigureAwait(false);
        var kept = recorded ? decision : await store.GetAsync(clientId, decisionId, cancellationToken).ConfigureAwait(false) ?? decision;
        var notice = await QueueNoticeAsync(kept, stamp, cancellationToken).ConfigureAwait(false);
        await AuditDecidedAsync(kept, cancellationToken).ConfigureAwait(false);
        if (!recorded)
        {
            await AuditAsync(kept, "unchanged", stamp, cancellationToken).ConfigureAwait(false);
        }

        return new FeeReductionDecisionResult(recorded ? FeeReductionDecisionStatus.Decided : FeeReductionDecisionStatus.AlreadyDecided, kept, notice, null);
    }

    /// <summary>The client's decisions, oldest decided first.</summary>
    public IAsyncEnumerable<FeeReductionDecision> ListAsync(string clientId, CancellationToken cancellationToken) =>
        store.ListForClientAsync(clientId, cancellationToken);

    /// <summary>A page of the client's decisions, oldest decided first.</summary>
    public Task<ListPage<FeeReductionDecision>> ListPageAsync(string clientId, PageRequest page, CancellationToken cancellationToken) =>
        store.ListPageForClientAsync(clientId, page, cancellationToken);

    /// <summary>
    /// Queues the decision notice (id from the decision, so once) to whoever receives the client's
    /// mail, in the client's language. Assumption: the address, language and representative come from
    /// the client's latest invoice, as the billing file is where the system learns them (an estate
    /// confirmation does the same); the notice is dated on the Helsinki day of the decision.
    /// </summary>
    private async Task<Notice?> QueueNoticeAsync(FeeReductionDecision decision, Stamp stamp, CancellationToken cancellationToken)
    {
        if (await LatestFactsAsync(decision.ClientId, cancellationToken).ConfigureAwait(false) is not { } facts)
        {
            return null;
        }

        var notice = FeeReductionNoticeComposer.For(decision, StaffActions.Day(stamp), facts.Language, facts.Recipient, facts.Client.Name);
        await outbox.AddAsync(notice, stamp.At, cancellationToken).ConfigureAwait(false);
        return notice;
    }

    /// <summary>The facts of the client's latest invoice (by invoice date, then id), or null when the client has none.</summary>
    private async Task<InvoiceFacts?> LatestFactsAsync(string clientId, CancellationToken cancellationToken)
    {
        InvoiceSummary? latest = null;
        await foreach (var summary in invoices.ListForClientAsync(clientId, cancellationToken).ConfigureAwait(false))
        {
            if (latest is null || summary.InvoiceDate > latest.InvoiceDate || (summary.InvoiceDate == latest.InvoiceDate && string.CompareOrdinal(summary.Id.Value, latest.Id.Value) > 0))
            {
                latest = summary;
            }
        }

        return latest is null ? null : (await invoices.LoadAsync(latest.Id, cancellationToken).ConfigureAwait(false))?.State.Facts;
    }

    /// <summary>The audit record: who, when, why, and what was decided (no incomes, savings, names or addresses: a refusal's reason stays in the decision).</summary>
    private Task<string> AuditAsync(FeeReductionDecision d, string outcome, Stamp stamp, CancellationToken cancellationToken) =>
        staff.AppendAuditAsync(AuditAction, null, d.ClientId, outcome, stamp, null, null, null, Details(d), cancellationToken);

    /// <summary>
    /// The decision's own "applied" record, as its decider made it, under an id of its own: a retry
    /// whose first attempt recorded the decision but died before auditing it appends it (kept once).
    /// </summary>
    private Task<string> AuditDecidedAsync(FeeReductionDecision d, CancellationToken cancellationToken) =>
        staff.AppendAuditAsync(
            AuditIds.For(d.DecidedAt, $"{AuditAction}|{d.ClientId}|{d.Id}"), AuditAction, null, d.ClientId, "applied", new Stamp(d.DecidedBy, d.DecidedAt, d.Reason), null, null, null, Details(d), cancellationToken);

    private static string Details(FeeReductionDecision d)
    {
        var period = d.Period is { } p ? $"{Iso(p.From)}..{Iso(p.Through)}" : "-";
        var fees = string.Join(',', d.Fees.Select(f => $"{f.Service}:{f.Was}->{f.Now}"));
        return $"decisionId={d.Id};result={d.Outcome.ToString().ToLowerInvariant()};applicationDate={Iso(d.ApplicationDate)};period={period};fees={fees}";
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Store;

namespace Asiakasmaksu.Testing.Faults;

/// <summary>Every store a staff change touches, in-memory or on Azurite: what a crash-and-rerun run is made of.</summary>
/// <param name="Invoices">Invoices (their events, pending audit records and wake-ups).</param>
/// <param name="Outbox">The notices' outbox.</param>
/// <param name="Audit">The audit log.</param>
/// <param name="Requests">Deferral requests.</param>
/// <param name="Unmatched">Unmatched bank payments.</param>
/// <param name="FeeReductions">Fee-reduction decisions.</param>
/// <param name="Ceilings">Payment ceiling accounts.</param>
/// <param name="Idempotency">The staff API's Idempotency-Keys.</param>
public sealed record Ports(
    IInvoiceStore Invoices,
    IOutboxStore Outbox,
    IAuditLog Audit,
    IDeferralRequestStore Requests,
    IUnmatchedPaymentStore Unmatched,
    IFeeReductionStore FeeReductions,
    ICeilingStore Ceilings,
    IIdempotencyStore Idempotency)
{
    /// <summary>The same stores, each call of each a crash point of <paramref name="points"/>.</summary>
    public Ports Through(CrashPoints points) => new(
        FaultyPort<IInvoiceStore>.Wrap(Invoices, points),
        FaultyPort<IOutboxStore>.Wrap(Outbox, points),
        FaultyPort<IAuditLog>.Wrap(Audit, points),
        FaultyPort<IDeferralRequestStore>.Wrap(Requests, points),
        FaultyPort<IUnmatchedPaymentStore>.Wrap(Unmatched, points),
        FaultyPort<IFeeReductionStore>.Wrap(FeeReductions, points),
        FaultyPort<ICeilingStore>.Wrap(Ceilings, points),
        FaultyPort<IIdempotencyStore>.Wrap(Idempotency, points));
}

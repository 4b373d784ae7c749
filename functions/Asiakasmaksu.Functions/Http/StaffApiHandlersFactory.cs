using Asiakasmaksu.Application.Audit;
using Asiakasmaksu.Application.Ceiling;
using Asiakasmaksu.Application.Deferrals;
using Asiakasmaksu.Application.FeeReductions;
using Asiakasmaksu.Application.Idempotency;
using Asiakasmaksu.Application.Outbox;
using Asiakasmaksu.Application.Payments;
using Asiakasmaksu.Application.Staff;
using Asiakasmaksu.Application.Store;
using Asiakasmaksu.Domain.Invoices;
using Asiakasmaksu.Functions.Deferrals;
using Asiakasmaksu.StaffApi.Endpoints;
using Asiakasmaksu.StaffApi.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Logging;

namespace Asiakasmaksu.Functions.Http;

/// <summary>
/// Builds the shared staff API handlers for one HTTP invocation: the same
/// <see cref="StaffApiHandlers"/> the local host maps, with the invocation's Durable client as the
/// change listener (the Durable client is bound per invocation, not registered in DI). The fee-reduction
/// store and the outbox are optional: without them the fee-reduction endpoints answer 503.
/// </summary>
public sealed class StaffApiHandlersFactory(
    ICallerAuthenticator authenticator,
    IInvoiceStore store,
    StaffActions staff,
    EstateWriteOff estate,
    DeferralApprovals deferrals,
    IAuditLog audit,
    IIdempotencyStore idempotency,
    InvoiceRules rules,
    TimeProvider clock,
    IUnmatchedPaymentStore unmatchedPayments,
    CeilingStatements ceilings,
    ILogger<StaffApiHandlers> logger,
    IFeeReductionStore? feeReductions = null,
    IOutboxStore? outbox = null)
{
    /// <summary>The handlers, raising InvoiceChanged through <paramref name="client"/>.</summary>
    public StaffApiHandlers For(DurableTaskClient client) =>
        new(new StaffApiServices(authenticator, store, staff, estate, deferrals, audit, idempotency, new DurableInvoiceChangeListener(client), rules, clock, unmatchedPayments, feeReductions, outbox, ceilings), logger);

    /// <summary>
    /// A supervisor's decision on a deferral request, for the approval orchestration. The handler
    /// has authenticated the caller and checked the role before it calls the decision hook.
    /// </summary>
    public DeferralDecision Decision(HttpContext context, bool approve, string? note) =>
        new(approve, note, authenticator.Authenticate(context) ?? throw new InvalidOperationException("The deferral decision hook ran for an unauthenticated request."), clock.GetUtcNow());
}

using Asiakasmaksu.StaffApi.Contract.Answers;
using Asiakasmaksu.StaffApi.Contract.Requests;

namespace Asiakasmaksu.StaffWeb.Services;

/// <summary>
/// The calls of the second set of forms: rectification claims and their decisions, the estate write-off,
/// allocating an unmatched bank payment, the fee-reduction decision and the ceiling statement. Each change
/// sends the Idempotency-Key its form keeps for retries of the same change; the changes of one invoice also
/// send If-Match with the version the person saw (the others change no single invoice, and the API ignores it).
/// </summary>
public sealed partial class StaffApiClient
{
    /// <summary>A page of a client's open invoices.</summary>
    public Task<ApiResult<Page<InvoiceListItem>>> OpenInvoicesAsync(string clientId, string? continuation = null) =>
        GetAsync($"api/clients/{Uri.EscapeDataString(clientId)}/invoices?status=open&limit=100{Continue(continuation)}", Json.PageInvoiceListItem);

    /// <summary>A page of the unmatched bank payments, open and allocated, by booking date.</summary>
    public Task<ApiResult<Page<UnmatchedPaymentView>>> UnmatchedPaymentPageAsync(string? continuation = null) =>
        GetAsync($"api/payments/unmatched?limit=100{Continue(continuation)}", Json.PageUnmatchedPaymentView);

    /// <summary>Records a rectification claim, if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ClaimChangeAnswer>> ReceiveClaimAsync(string invoiceId, RectificationClaimBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/rectification-claims", body, Json.RectificationClaimBody, Json.ClaimChangeAnswer, idempotencyKey, version);

    /// <summary>Decides a pending rectification claim, if the invoice is still at <paramref name="version"/>.</summary>
    public Task<ApiResult<ChangeAnswer>> DecideClaimAsync(string invoiceId, string claimId, RectificationDecisionBody body, int version, string idempotencyKey) =>
        PostAsync($"api/invoices/{Uri.EscapeDataString(invoiceId)}/rectification-claims/{Uri.EscapeDataString(claimId)}/decision", body, Json.RectificationDecisionBody, Json.ChangeAnswer, idempotencyKey, version);

    /// <summary>Starts the estate write-off of every open invoice of a client (202).</summary>
    public Task<ApiResult<EstateWriteOffStarted>> WriteOffEstateAsync(string clientId, EstateWriteOffBody body, string idempotencyKey) =>
        PostAsync($"api/clients/{Uri.EscapeDataString(clientId)}/estate-write-off", body, Json.EstateWriteOffBody, Json.EstateWriteOffStarted, idempotencyKey, null);

    /// <summary>Allocates an unmatched bank payment (by its entry id) to an invoice.</summary>
    public Task<ApiResult<UnmatchedPaymentView>> AllocateAsync(string entryId, AllocationBody body, string idempotencyKey) =>
        PostAsync($"api/payments/unmatched/{Uri.EscapeDataString(entryId)}/allocate", body, Json.AllocationBody, Json.UnmatchedPaymentView, idempotencyKey, null);

    /// <summary>Decides a fee-reduction application (734/1992 11 §); a supervisor or director.</summary>
    public Task<ApiResult<FeeReductionDecisionView>> DecideFeeReductionAsync(string clientId, FeeReductionApplicationBody body, string idempotencyKey) =>
        PostAsync($"api/clients/{Uri.EscapeDataString(clientId)}/fee-reductions", body, Json.FeeReductionApplicationBody, Json.FeeReductionDecisionView, idempotencyKey, null);

    /// <summary>Queues the payment ceiling statement notice of a year.</summary>
    public Task<ApiResult<CeilingStatementQueued>> RequestCeilingStatementAsync(string clientId, CeilingStatementBody body, string idempotencyKey) =>
        PostAsync($"api/clients/{Uri.EscapeDataString(clientId)}/ceiling/statement", body, Json.CeilingStatementBody, Json.CeilingStatementQueued, idempotencyKey, null);
}

using System.Text.Json;

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>
/// The answers, for the OpenAPI document only (the handlers write the JSON themselves; a test
/// compares these with what they write). Dates are "yyyy-mm-dd", amounts strings with two decimals,
/// instants ISO 8601.
/// </summary>
public static class ResponseBodies
{
    /// <summary>A page of a list: at most <c>limit</c> items; <c>continuation</c> asks for the next page, null on the last.</summary>
    /// <typeparam name="T">The items.</typeparam>
    public sealed record Page<T>(IReadOnlyList<T> Items, string? Continuation);

    /// <summary>An invoice as GET /api/invoices/{invoiceId} answers it: dueDate is the invoice's own, noticeDueDate what the next step counts from.</summary>
    public sealed record Invoice(
        string BatchId,
        string ClientId,
        string InvoiceId,
        string InvoiceDate,
        string DueDate,
        string? NoticeDueDate,
        string Amount,
        string Reference,
        string Status,
        string Stage,
        Balance Balance,
        string Credit,
        Owed BalanceToday,
        NextStep? NextStep,
        PendingClaim? PendingClaim,
        int Version,
        IReadOnlyList<JsonElement> Timeline);

    /// <summary>What an invoice owes.</summary>
    public sealed record Balance(string Principal, string Fees, string Interest);

    /// <summary>What an invoice owes with late interest charged to today.</summary>
    public sealed record Owed(string Principal, string Fees, string Interest, string Total);

    /// <summary>The invoice's next step and the day it is taken.</summary>
    public sealed record NextStep(string Step, string Date);

    /// <summary>A rectification claim awaiting decision.</summary>
    public sealed record PendingClaim(string ClaimId, string ReceivedOn, bool WithinTimeLimit);

    /// <summary>An invoice of a client's list.</summary>
    public sealed record InvoiceListItem(string InvoiceId, string BatchId, string InvoiceDate, string? DueDate, string? NoticeDueDate, string Amount, string Status, string Stage, string Balance);

    /// <summary>A change to one invoice: outcome applied or unchanged, and the invoice after it.</summary>
    public sealed record Change(string Outcome, InvoiceState Invoice);

    /// <summary>A rectification claim recorded: its id, and the invoice after it.</summary>
    public sealed record ClaimChange(string Outcome, string ClaimId, InvoiceState Invoice);

    /// <summary>An invoice's state after a change (also <c>current</c> in a 409 problem).</summary>
    public sealed record InvoiceState(
        string InvoiceId,
        string Status,
        string Stage,
        string DueDate,
        string? NoticeDueDate,
        string Principal,
        string Fees,
        string Interest,
        string Total,
        string Credit,
        string? NextStepDate,
        int Version);

    /// <summary>A deferral request (pending, approved, rejected or expired).</summary>
    public sealed record DeferralRequest(
        string RequestId,
        string InvoiceId,
        string NewDueDate,
        string Status,
        string Reason,
        string RequestedBy,
        string RequestedAt,
        string ExpiresOn,
        string? DecidedBy,
        string? DecidedAt,
        string? Note);

    /// <summary>An estate write-off handed to its workflow.</summary>
    public sealed record EstateWriteOffStarted(string Status, int OpenInvoices);

    /// <summary>A bank payment no invoice took; <c>outcome</c> only in the allocation's answer (allocated, already_allocated).</summary>
    public sealed record UnmatchedPayment(
        string? Outcome,
        string Id,
        string PaymentId,
        string FileName,
        string Amount,
        bool IsReversal,
        string BookingDate,
        string PaidOn,
        string? Reference,
        string Reason,
        string ReceivedAt,
        string Status,
        string? AllocatedTo,
        string? AllocatedBy,
        string? AllocatedAt);

    /// <summary>One audit record; before and after summarise the invoice.</summary>
    public sealed record AuditRecord(
        string Id,
        string At,
        string StaffId,
        string Role,
        string Action,
        string? InvoiceId,
        string? ClientId,
        string Outcome,
        string Reason,
        string? Refusal,
        string? Before,
        string? After,
        string Details);

    /// <summary>A holder's payment ceiling account of a year.</summary>
    public sealed record CeilingAccount(string ClientId, int Year, string? Ceiling, string Accrued, string? Remaining, string ReducedFees, FreeCard? FreeCard, IReadOnlyList<CeilingLine> Lines);

    /// <summary>A free card's first day.</summary>
    public sealed record FreeCard(string From);

    /// <summary>A ceiling line: whose service, billed by the price list, charged, and what of it accrued.</summary>
    public sealed record CeilingLine(string Key, string ClientId, string ServiceDate, string ServiceCode, string Billed, string Charged, string TowardCeiling);

    /// <summary>A ceiling statement queued in the outbox.</summary>
    public sealed record CeilingStatementQueued(string Outcome, string NoticeId, string Kind, int Year, string AuditId);

    /// <summary>A fee-reduction decision; <c>outcome</c> (decided, already_decided) only in the answer to the application.</summary>
    public sealed record FeeReductionDecision(
        string? Outcome,
        string DecisionId,
        string ClientId,
        string Result,
        string ApplicationDate,
        string Household,
        string LivingArrangement,
        Period? Period,
        IReadOnlyList<DecidedFee> Fees,
        string? RefusalReason,
        IReadOnlyList<CalculationLine> Calculation,
        string DecidedBy,
        string DecidedAt,
        string Reason,
        string? NoticeId);

    /// <summary>The months a fee-reduction decision holds.</summary>
    public sealed record Period(string From, string Through);

    /// <summary>A decided monthly fee: was and now.</summary>
    public sealed record DecidedFee(string ServiceCode, string Was, string Now);

    /// <summary>A line of the income and expense calculation.</summary>
    public sealed record CalculationLine(string Code, string Label, string Amount);
}

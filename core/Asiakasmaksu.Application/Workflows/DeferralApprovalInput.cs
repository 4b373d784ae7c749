namespace Asiakasmaksu.Application.Workflows;

/// <summary>The deferral approval workflow's input.</summary>
/// <param name="RequestId">The deferral request.</param>
/// <param name="InvoiceId">Its invoice, whose orchestration is woken once the request is decided.</param>
public sealed record DeferralApprovalInput(string RequestId, string InvoiceId);

namespace Asiakasmaksu.StaffApi.Endpoints;

/// <summary>The bank-payment request bodies, for the OpenAPI document only (the handlers read and check the JSON themselves).</summary>
public static class PaymentRequestBodies
{
    /// <summary>An allocation of an unmatched payment to an invoice, with an optional note for the audit trail.</summary>
    public sealed record Allocation(string InvoiceId, string? Reason);
}

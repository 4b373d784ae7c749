using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>An unmatched bank payment allocated to an invoice.</summary>
/// <param name="InvoiceId">The invoice that takes it.</param>
/// <param name="Reason">A note for the audit (optional).</param>
public sealed record AllocationBody(
    string InvoiceId,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null);

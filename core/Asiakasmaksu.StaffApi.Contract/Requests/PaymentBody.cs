using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A payment recorded by staff (cash desk, a transfer the bank file missed).</summary>
/// <param name="Amount">Euros, at most two decimals.</param>
/// <param name="PaidOn">The day it was paid.</param>
/// <param name="Reference">Where it came from, for the audit (optional).</param>
public sealed record PaymentBody(
    decimal Amount,
    DateOnly PaidOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reference = null);

using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Answers;

/// <summary>
/// Every error of the API: an RFC 7807 problem (<c>application/problem+json</c>) with
/// <see cref="Type"/>, <see cref="Title"/>, <see cref="Status"/> and <see cref="Detail"/> (the reason in
/// words), and at most one of <see cref="Field"/> (the field at fault), <see cref="Current"/> (a 409's
/// invoice as it now is), <see cref="TraceId"/> (a 500) and <see cref="Reason"/> with <see cref="Values"/>
/// (a 403's stable code, so a client can say it in its own language). Never personal data.
/// </summary>
/// <param name="Type">https://httpstatuses.io/{status}.</param>
/// <param name="Title">The kind of problem.</param>
/// <param name="Status">The HTTP status.</param>
/// <param name="Detail">The reason in words.</param>
/// <param name="Field">The field, query parameter or header at fault.</param>
/// <param name="Current">The invoice's current state (409 on an invoice change).</param>
/// <param name="TraceId">The trace id of a fault of ours.</param>
/// <param name="Reason">A refusal's stable code (403), e.g. <c>waiver_director_only</c>; null for a refusal without one.</param>
/// <param name="Values">The refusal's values by name (<c>role</c>, dates <c>yyyy-mm-dd</c>, numbers), with <see cref="Reason"/>.</param>
public sealed record Problem(
    string Type,
    string Title,
    int Status,
    string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Field = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] InvoiceStateView? Current = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? TraceId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string>? Values = null);

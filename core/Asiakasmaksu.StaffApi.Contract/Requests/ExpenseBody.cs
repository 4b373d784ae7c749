using System.Text.Json.Serialization;

namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A monthly expense of a fee-reduction application.</summary>
/// <param name="Kind">rent, electricity, water, mortgage_interest, …, not_accepted.</param>
/// <param name="Member">applicant or spouse.</param>
/// <param name="Monthly">Euros a month, 0 or more.</param>
/// <param name="Description">What it is (for not_accepted).</param>
public sealed record ExpenseBody(
    string Kind,
    string Member,
    decimal Monthly,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description = null);

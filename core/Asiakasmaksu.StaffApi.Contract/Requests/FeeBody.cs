namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A monthly fee in question in a fee-reduction application.</summary>
/// <param name="ServiceCode">The billing file's service code.</param>
/// <param name="Kind">social_care, income_based_health_care, flat_health_care or service_voucher_co_payment.</param>
/// <param name="Monthly">Euros a month, above zero.</param>
public sealed record FeeBody(string ServiceCode, string Kind, decimal Monthly);

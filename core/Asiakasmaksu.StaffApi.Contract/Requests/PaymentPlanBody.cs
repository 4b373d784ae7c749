namespace Asiakasmaksu.StaffApi.Contract.Requests;

/// <summary>A payment plan: installments that sum exactly to the balance, and why.</summary>
/// <param name="Installments">1–36 installments, in date order.</param>
/// <param name="Reason">Why.</param>
public sealed record PaymentPlanBody(IReadOnlyList<InstallmentBody> Installments, string Reason);

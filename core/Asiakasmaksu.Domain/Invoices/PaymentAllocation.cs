namespace Asiakasmaksu.Domain.Invoices;

/// <summary>How one payment was split.</summary>
/// <param name="ToFees">Paid toward collection fees.</param>
/// <param name="ToInterest">Paid toward late interest.</param>
/// <param name="ToPrincipal">Paid toward the principal.</param>
/// <param name="ToCredit">Beyond what was owed: kept as credit.</param>
public sealed record PaymentAllocation(Money ToFees, Money ToInterest, Money ToPrincipal, Money ToCredit);

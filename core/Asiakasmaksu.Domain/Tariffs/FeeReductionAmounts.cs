namespace Asiakasmaksu.Domain.Tariffs;

/// <summary>
/// The per-year amounts of the fee-reduction calculation (Act 734/1992 11 §; seeds 001 and 002).
/// Null means unconfirmed: a calculation that needs the value is refused naming the year.
/// </summary>
/// <param name="BasicAmountSingle">Basic amount of social assistance for a person living alone (toimeentulotuen perusosa; 2020: 502.21 €).</param>
/// <param name="BasicAmountSpouse">Basic amount for each spouse of a couple living together.</param>
/// <param name="MinimumDisposableServiceHousing">Minimum disposable amount in service housing (palveluasumisen minimikäyttövara; 2020: 254.00 €).</param>
/// <param name="MinimumDisposableInstitution">Minimum disposable amount in an institution (laitosasumisen minimikäyttövara; 2020: 110.00 €).</param>
/// <param name="AnnualMedicineCeiling">Kela's annual medicine ceiling (lääkekatto): prescription medicines count at most a twelfth of it a month.</param>
/// <param name="SavingsLimitSingle">Savings above this refuse a single applicant (seed 002: 4 000 €).</param>
/// <param name="SavingsLimitCouple">Savings above this refuse a couple (seed 002: 8 000 €).</param>
public sealed record FeeReductionAmounts(
    Money? BasicAmountSingle,
    Money? BasicAmountSpouse,
    Money? MinimumDisposableServiceHousing,
    Money? MinimumDisposableInstitution,
    Money? AnnualMedicineCeiling,
    Money SavingsLimitSingle,
    Money SavingsLimitCouple)
{
    /// <summary>Seed 002's savings limits and nothing else confirmed.</summary>
    public static FeeReductionAmounts Unconfirmed { get; } = new(null, null, null, null, null, Money.Of(4000m), Money.Of(8000m));
}

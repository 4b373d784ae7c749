namespace Asiakasmaksu.Domain.Notices;

/// <summary>The amounts a notice shows.</summary>
/// <param name="Principal">Principal owed.</param>
/// <param name="Fees">Collection fees owed.</param>
/// <param name="Interest">Late interest owed, to the notice's date.</param>
/// <param name="Total">Everything owed.</param>
public sealed record NoticeAmounts(Money Principal, Money Fees, Money Interest, Money Total)
{
    /// <summary>No amounts (e.g. a write-off confirmation of nothing).</summary>
    public static NoticeAmounts None { get; } = new(Money.Zero, Money.Zero, Money.Zero, Money.Zero);
}

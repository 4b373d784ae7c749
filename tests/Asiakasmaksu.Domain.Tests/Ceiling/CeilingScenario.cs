using Asiakasmaksu.Domain.Ceiling;
using Asiakasmaksu.Domain.Tariffs;

namespace Asiakasmaksu.Domain.Tests.Ceiling;

/// <summary>Builders for ceiling-account tests: fixed data, the embedded default tariffs.</summary>
internal static class CeilingScenario
{
    public static readonly TariffBook Book = DefaultTariffs.Load();

    public static DateOnly D(int year, int month, int day) => new(year, month, day);

    public static CeilingLine Visit(string key, DateOnly date, decimal euros, bool ceiling = true) =>
        new(key, "client-1", date, Money.Of(euros), ceiling);

    public static CeilingLine Stay(string key, DateOnly firstDay, int days, decimal dailyFee) =>
        new(key, "client-1", firstDay, Money.Of(dailyFee * days), true, ServiceCategory.ShortTermInstitutionalCare, days);

    public static CeilingCommand.ChargeLines Charge(DateOnly on, params CeilingLine[] lines) => new(on, [.. lines]);

    /// <summary>Decides, asserts acceptance, and returns the events and the account after them.</summary>
    public static (IReadOnlyList<CeilingEvent> Events, CeilingAccount Account) Accept(CeilingAccount account, CeilingCommand command, TariffBook? tariffs = null)
    {
        var decision = CeilingDecider.Decide(account, command, tariffs ?? Book);
        var accepted = Assert.IsType<CeilingDecision.Accepted>(decision);
        return (accepted.Events, CeilingDecider.Replay(account, accepted.Events));
    }

    public static CeilingDecision.Refused Refuse(CeilingAccount account, CeilingCommand command, TariffBook? tariffs = null) =>
        Assert.IsType<CeilingDecision.Refused>(CeilingDecider.Decide(account, command, tariffs ?? Book));

    public static CeilingAccount Given(int year, params CeilingLine[] lines) =>
        Accept(CeilingAccount.Open("holder-1", year), Charge(D(year, 12, 31), lines)).Account;

    public static Money Charged(CeilingAccount account, string key) => account.Find(key)!.Charge.Total;

    public static Money M(decimal euros) => Money.Of(euros);
}

using Asiakasmaksu.StaffApi.Loopback;
using Asiakasmaksu.StaffApi.Tests.Host;

namespace Asiakasmaksu.StaffApi.Tests;

/// <summary>
/// <c>GET /api/me</c> carries the tariff warning the staff app shows (issue 21.14): 90 days before a
/// year the tariff configuration lacks (with the embedded tariffs, 2028), and none before.
/// </summary>
[Collection(StaffApiCollection.Name)]
public sealed class MeTests(StaffApiFixture fixture)
{
    [Fact]
    public async Task GivenBusinessTime90DaysBefore2028_WhenAskedWhoIAm_ThenTheAnswerWarnsThat2028HasNoTariff()
    {
        fixture.SetDay(new DateOnly(2027, 10, 3));
        try
        {
            var me = await fixture.As(StaffKeys.Team).GetAsync("/api/me");

            Assert.True(me.Status == 200, me.ToString());
            Assert.Equal("2027-10-03", me["today"]);
            Assert.StartsWith("No tariff is configured for 2028 (from 2028-01-01, in 90 days)", me["tariffWarning"], StringComparison.Ordinal);
        }
        finally
        {
            fixture.SetDay();
        }
    }

    [Fact]
    public async Task GivenTheFixturesDay_WhenAskedWhoIAm_ThenNoTariffWarning()
    {
        fixture.SetDay();

        var me = await fixture.As(StaffKeys.Supervisor).GetAsync("/api/me");

        Assert.True(me.Status == 200, me.ToString());
        Assert.Equal(("sup-kari", "supervisor"), (me["staffId"], me["role"]));
        Assert.Null(me["tariffWarning"]);
    }
}
